#pragma once

#include "git/mappingdiff.h"

#include <QIcon>
#include <QAbstractTableModel>

namespace ReleaseDeck {

// The rows of a mapping diff: per component, both sides and the commits
// between them.
class MappingDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Component, LeftTag, LeftCommit, LeftVersion, LeftImage, RightTag, RightCommit, RightVersion,
                  RightImage, Ahead, Behind, Notes, ColumnCount };
    enum Role { FlaggedRole = Qt::UserRole + 1 };

    explicit MappingDiffModel(QObject *parent = nullptr);

    void setRows(const QList<DiffRow> &rows);
    const QList<DiffRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A cell's text, and a row's notes in full.
    QString text(const DiffRow &row, int column) const;
    QString notes(const DiffRow &row) const;

private:

    QList<DiffRow> m_rows;
    QIcon m_driftIcon;
};

// The commits of one range, newest first.
class CommitListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Subject, Author, Date, ColumnCount };

    explicit CommitListModel(QObject *parent = nullptr);

    void setCommits(const QList<CommitLine> &commits);
    const QList<CommitLine> &commits() const { return m_commits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CommitLine> m_commits;
};

} // namespace ReleaseDeck
