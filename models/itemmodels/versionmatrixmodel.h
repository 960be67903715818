#pragma once

#include "domain/overview.h"
#include "domain/verdict.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>

namespace ReleaseDeck {

// The version matrix as a table: one row per release in release order,
// the release's verdict in the second column.
class VersionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StateRole = Qt::UserRole + 1, // MatrixCell::State as int
        RowHasProblemRole,            // bool: the verdict finds a problem
        ReleaseIndexRole,             // int, index in ReleaseTrain::releases()
    };

    explicit VersionMatrixModel(QObject *parent = nullptr);

    static constexpr int kVerdictColumn = 1;

    void setOverview(const OverviewPtr &overview);
    // The verdicts of the current overview; until they come, the matrix's own.
    void setVerdicts(const VerdictsPtr &verdicts);
    OverviewPtr overview() const { return m_overview; }
    // The verdict column tells why each row is listed among the problems:
    // the columns that drift or miss, and what else the verdict finds.
    void setExplainProblems(bool on);
    QString whyListed(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A verdict cell, shared with the registry view: its one line, the
    // problems as a tooltip, the icon and colours of its state. `v` null:
    // not judged yet, shown in `fallback`'s look.
    static QVariant verdictData(const ReleaseVerdict *v, MatrixCell::State fallback, int role, const QIcon *icons);

private:
    const ReleaseVerdict *verdict(int row) const;

    OverviewPtr m_overview;
    VerdictsPtr m_verdicts;
    QIcon m_icons[3];
    bool m_explain = false;
};

// Filters matrix rows by text (any cell) and, optionally, to rows with a
// drift or a missing cell.
class VersionMatrixFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit VersionMatrixFilter(QObject *parent = nullptr);

    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
    QString m_text;
};

} // namespace ReleaseDeck
