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
    if (m_verdicts && m_verdicts->overview() != overview)
        m_verdicts.reset();
    endResetModel();
}

void VersionMatrixModel::setVerdicts(const VerdictsPtr &verdicts)
{
    if (!verdicts || verdicts->overview() != m_overview)
        return;
    m_verdicts = verdicts;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void VersionMatrixModel::setExplainProblems(bool on)
{
    if (on == m_explain)
        return;
    m_explain = on;
    emit headerDataChanged(Qt::Horizontal, kVerdictColumn, kVerdictColumn);
    if (rowCount() > 0)
        emit dataChanged(index(0, kVerdictColumn), index(rowCount() - 1, kVerdictColumn), {Qt::DisplayRole});
}

QString VersionMatrixModel::whyListed(int row) const
{
    if (!m_overview || row < 0 || row >= rowCount())
        return QString();
    const VersionMatrix &m = m_overview->matrix;
    QStringList why;
    QStringList titles;
    for (int c = 0; c < m.columns().size(); ++c) {
        const MatrixCell &cell = m.cell(row, c);
        titles.append(m.columns()[c].title);
        if (cell.state == MatrixCell::State::Drift || cell.state == MatrixCell::State::Missing)
            why.append(tr("%1 (%2)").arg(m.columns()[c].title, VersionMatrix::stateName(cell.state)));
    }
    // What the verdict finds beyond the cells: the registry, the manifest.
    if (const ReleaseVerdict *v = verdict(row)) {
        for (const QString &problem : v->problems) {
            const QString subject = problem.section(QLatin1String(": "), 0, 0);
            const QString shown = subject.size() < 40 && subject != problem ? subject : problem.left(60);
            if (!titles.contains(subject) && !why.contains(shown))
                why.append(shown);
        }
    }
    return why.isEmpty() ? tr("nothing now") : why.join(QLatin1String(", "));
}

const ReleaseVerdict *VersionMatrixModel::verdict(int row) const
{
    return m_verdicts && row < m_verdicts->size() ? &m_verdicts->at(row) : nullptr;
}

QVariant VersionMatrixModel::verdictData(const ReleaseVerdict *v, MatrixCell::State fallback, int role, const QIcon *icons)
{
    const MatrixCell::State state = v ? v->state : fallback;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return v ? v->summary() : tr("judging…");
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        if (!v)
            return tr("Not judged yet");
        QStringList lines{v->stage + (v->due.isEmpty() ? QString() : QStringLiteral(", ") + v->due)};
        if (v->registryChecked && v->registry.required > 0)
            lines.append(tr("registry: %1 of %2 present").arg(v->registry.present).arg(v->registry.required));
        else if (!v->registryChecked)
            lines.append(tr("registry: not checked"));
        lines.append(v->problems);
        return lines.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    case Qt::DecorationRole:
        return state == MatrixCell::State::None ? QVariant() : QVariant(icons[int(state)]);
    case Qt::BackgroundRole: {
        const QColor c = StateIcons::background(state);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ForegroundRole: {
        const QColor c = StateIcons::foreground(state);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case StateRole:
        return int(state);
    }
    return {};
}

int VersionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_overview ? 0 : m_overview->matrix.rowCount();
}

int VersionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_overview || m_overview->matrix.columns().isEmpty()
               ? 0
               : int(m_overview->matrix.columns().size()) + 1;
}

QVariant VersionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_overview)
        return {};
    const VersionMatrix &m = m_overview->matrix;
    if (role == RowHasProblemRole) {
        const ReleaseVerdict *v = verdict(index.row());
        return v ? v->state == MatrixCell::State::Drift || v->state == MatrixCell::State::Missing
                 : m.rowHasProblem(index.row());
    }
    if (role == ReleaseIndexRole)
        return m.releaseIndex(index.row());
    if (index.column() == kVerdictColumn && m_explain && (role == Qt::DisplayRole || role == Qt::EditRole))
        return whyListed(index.row());
    if (index.column() == kVerdictColumn)
        return verdictData(verdict(index.row()),
                           m.rowHasProblem(index.row()) ? MatrixCell::State::Drift : MatrixCell::State::None, role, m_icons);
    const int column = index.column() > kVerdictColumn ? index.column() - 1 : index.column();
    const MatrixCell &cell = m.cell(index.row(), column);
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
        if (m.columns()[column].kind == MatrixColumn::Kind::Version) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case StateRole:
        return int(cell.state);
    }
    return {};
}

QVariant VersionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_overview || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == kVerdictColumn)
            return m_explain ? tr("Why listed") : tr("Verdict");
        return m_overview->matrix.columns()[section > kVerdictColumn ? section - 1 : section].title;
    }
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
