#include "versionmatrixmodel.h"

#include "stateicons.h"

#include <QBrush>
#include <QFont>

namespace ReleaseDeck {

VersionMatrixModel::VersionMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_icons[0] = StateIcons::icon(MatrixCell::State::Consistent);
    m_icons[1] = StateIcons::icon(MatrixCell::State::Drift);
    m_icons[2] = StateIcons::icon(MatrixCell::State::Missing);
}

void VersionMatrixModel::setOverview(const OverviewPtr &overview)
{
    beginResetModel();
    m_overview = overview;
    endResetModel();
}

int VersionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_overview ? 0 : m_overview->matrix.rowCount();
}

int VersionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_overview ? 0 : int(m_overview->matrix.columns().size());
}

QVariant VersionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_overview)
        return {};
    const VersionMatrix &m = m_overview->matrix;
    const MatrixCell &cell = m.cell(index.row(), index.column());
    const QString state = VersionMatrix::stateName(cell.state);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cell.text;
    case Qt::ToolTipRole:
        if (cell.reason.isEmpty())
            return state.isEmpty() ? QVariant() : QVariant(state);
        return state.isEmpty() ? cell.reason : tr("%1: %2").arg(state, cell.reason);
    case Qt::AccessibleTextRole:
        return state.isEmpty() ? cell.text : tr("%1, %2").arg(cell.text, state);
    case Qt::DecorationRole:
        switch (cell.state) {
        case MatrixCell::State::Consistent:
            return m_icons[0];
        case MatrixCell::State::Drift:
            return m_icons[1];
        case MatrixCell::State::Missing:
            return m_icons[2];
        case MatrixCell::State::None:
            return {};
        }
        return {};
    case Qt::BackgroundRole: {
        const QColor c = StateIcons::background(cell.state);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ForegroundRole: {
        const QColor c = StateIcons::foreground(cell.state);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::FontRole:
        if (m.columns()[index.column()].kind == MatrixColumn::Kind::Version) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case StateRole:
        return int(cell.state);
    case RowHasProblemRole:
        return m.rowHasProblem(index.row());
    case ReleaseIndexRole:
        return m.releaseIndex(index.row());
    }
    return {};
}

QVariant VersionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_overview || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_overview->matrix.columns()[section].title;
    return {};
}

VersionMatrixFilter::VersionMatrixFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void VersionMatrixFilter::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidateFilter();
}

void VersionMatrixFilter::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

bool VersionMatrixFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_problemsOnly && !m->index(sourceRow, 0, sourceParent).data(VersionMatrixModel::RowHasProblemRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c) {
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ReleaseDeck
