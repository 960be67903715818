#pragma once

#include "domain/snapshot.h"

#include <QAbstractTableModel>

namespace ReleaseDeck {

// One of the snapshot's lists (release tags, chart releases, image
// references) as a flat table. Fed whole snapshots; never does I/O.
class SnapshotTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Table { Releases, Charts, ImageRefs, Problems };

    explicit SnapshotTableModel(Table table, QObject *parent = nullptr);

    void setSnapshot(const WorkspaceSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    bool hasProblem(int row) const;

    Table m_table;
    WorkspaceSnapshot m_snapshot;
};

} // namespace ReleaseDeck
