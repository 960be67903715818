#include "registrymodel.h"

#include "stateicons.h"

#include <QBrush>
#include <QFont>

namespace ReleaseDeck {

RegistryModel::RegistryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_icons[0] = StateIcons::icon(MatrixCell::State::Consistent);
    m_icons[1] = StateIcons::icon(MatrixCell::State::Drift);
    m_icons[2] = StateIcons::icon(MatrixCell::State::Missing);
}

void RegistryModel::setOverview(const OverviewPtr &overview)
{
    beginResetModel();
    m_overview = overview;
    m_report.reset();
    if (m_verdicts && m_verdicts->overview() != overview)
        m_verdicts.reset();
    m_components.clear();
    if (overview) {
        for (const Component *c : ArtifactPlan::columns(overview->snapshot.workspace))
            m_components.append(c->id);
    }
    endResetModel();
}

void RegistryModel::setReport(const RegistryReportPtr &report)
{
    if (!m_overview || (report && report->plan.components != m_components))
        return; // a report for another workspace
    m_report = report;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RegistryModel::setVerdicts(const VerdictsPtr &verdicts)
{
    if (!verdicts || verdicts->overview() != m_overview)
        return;
    m_verdicts = verdicts;
    if (rowCount() > 0)
        emit dataChanged(index(0, VerdictColumn), index(rowCount() - 1, VerdictColumn));
}

int RegistryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_overview ? 0 : int(m_overview->train.releases().size());
}

int RegistryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_overview ? 0 : FirstArtifactColumn + int(m_components.size());
}

MatrixCell::State RegistryModel::cellState(ArtifactStatus::State state)
{
    using S = ArtifactStatus::State;
    switch (state) {
    case S::Present:
        return MatrixCell::State::Consistent;
    case S::Mismatch:
        return MatrixCell::State::Drift;
    case S::Missing:
        return MatrixCell::State::Missing;
    case S::NotYet:
    case S::Unreachable:
    case S::NoRegistry:
        break;
    }
    return MatrixCell::State::None;
}

MatrixCell::State RegistryModel::cellState(const Completeness &c)
{
    if (c.missing > 0)
        return MatrixCell::State::Missing;
    if (c.mismatched > 0)
        return MatrixCell::State::Drift;
    if (c.isComplete())
        return MatrixCell::State::Consistent;
    return MatrixCell::State::None;
}

QVariant RegistryModel::look(MatrixCell::State state, int role) const
{
    switch (role) {
    case Qt::DecorationRole:
        return state == MatrixCell::State::None ? QVariant() : QVariant(m_icons[int(state)]);
    case Qt::BackgroundRole: {
        const QColor bg = StateIcons::background(state);
        return bg.isValid() ? QVariant(QBrush(bg)) : QVariant();
    }
    case Qt::ForegroundRole: {
        // Cells with no verdict (not yet, unreachable) in grey.
        const QColor fg = StateIcons::foreground(state);
        return QBrush(fg.isValid() ? fg : QColor(0x75, 0x75, 0x75));
    }
    }
    return {};
}

const ExpectedArtifact *RegistryModel::artifact(int release, int column, const ArtifactStatus **status) const
{
    if (!m_report)
        return nullptr;
    const int i = m_report->find(release, column);
    if (i < 0)
        return nullptr;
    *status = &m_report->status.at(i);
    return &m_report->plan.artifacts.at(i);
}

QVariant RegistryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_overview)
        return {};
    const int release = index.row();
    switch (role) {
    case ReleaseIndexRole:
        return release;
    case RowHasProblemRole:
        return m_report && m_report->completeness.at(release).problems > 0;
    default:
        break;
    }
    if (index.column() == VersionColumn) {
        const TrainRelease &r = m_overview->train.releases().at(release);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return r.isFix() ? tr("%1 (chart fix)").arg(r.text()) : r.text();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::ToolTipRole:
            return ReleaseTrain::enterpriseName(r.enterprise);
        }
        return {};
    }
    if (index.column() == VerdictColumn)
        return VersionMatrixModel::verdictData(m_verdicts && release < m_verdicts->size() ? &m_verdicts->at(release) : nullptr,
                                               MatrixCell::State::None, role, m_icons);
    if (index.column() == CompletenessColumn)
        return completenessData(release, role);
    return artifactData(release, index.column() - FirstArtifactColumn, role);
}

QVariant RegistryModel::completenessData(int release, int role) const
{
    if (!m_report) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("checking…");
        return {};
    }
    const Completeness &c = m_report->completeness.at(release);
    const MatrixCell::State state = cellState(c);
    switch (role) {
    case Qt::DisplayRole:
        return c.required == 0 ? tr("—") : tr("%1/%2").arg(c.present).arg(c.required);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        if (c.required == 0)
            return tr("Nothing is due in a registry for this release yet.");
        QString text = tr("%1 of %n artifact(s) present and agreeing with git.", nullptr, c.required).arg(c.present);
        if (c.problems > 0)
            text += QLatin1Char(' ') + tr("%n missing or disagreeing.", nullptr, c.problems);
        if (c.unknown > 0)
            text += QLatin1Char(' ') + tr("%n could not be checked.", nullptr, c.unknown);
        return text;
    }
    case Qt::DecorationRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return look(state, role);
    case StateRole:
        return -1;
    }
    return {};
}

QVariant RegistryModel::artifactData(int release, int column, int role) const
{
    const ArtifactStatus *s = nullptr;
    const ExpectedArtifact *a = artifact(release, column, &s);
    if (!a) {
        if (role == StateRole)
            return -1;
        if (!m_report && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
            return tr("checking…");
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    }
    using S = ArtifactStatus::State;
    const MatrixCell::State state = cellState(s->state);
    const QString stateName = ArtifactStatus::stateName(s->state);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        if (s->state != S::Present && s->state != S::Mismatch)
            return stateName;
        // What identifies it: the commit an image was built from, a chart's digest.
        if (a->kind == Component::Kind::Image && !s->revision.isEmpty())
            return s->revision.left(7);
        return s->digest.mid(7, 12);
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(a->reference(), stateName);
    case Qt::ToolTipRole: {
        QStringList lines{QStringLiteral("<b>%1</b> — %2").arg(a->reference().toHtmlEscaped(), stateName)};
        if (!s->foundIn.isEmpty() && s->foundIn != a->repositoryName)
            lines.append(tr("Found under its former name %1").arg(s->foundIn.toHtmlEscaped()));
        if (!s->digest.isEmpty())
            lines.append(tr("Digest: %1").arg(s->digest));
        if (!s->revision.isEmpty())
            lines.append(tr("Revision label: %1").arg(s->revision));
        if (!a->expectedCommit.isEmpty() && a->kind == Component::Kind::Image)
            lines.append(tr("Git: %1 is at %2").arg(a->gitTag.toHtmlEscaped(), a->expectedCommit));
        if (!s->chartVersion.isEmpty())
            lines.append(tr("Chart version %1, appVersion %2").arg(s->chartVersion.toHtmlEscaped(),
                                                                   s->chartAppVersion.toHtmlEscaped()));
        if (!s->detail.isEmpty())
            lines.append(s->detail.toHtmlEscaped());
        return lines.join(QLatin1String("<br>"));
    }
    case Qt::DecorationRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return look(state, role);
    case Qt::FontRole:
        if (state == MatrixCell::State::Consistent || state == MatrixCell::State::Drift) {
            QFont f(QStringLiteral("monospace"));
            f.setStyleHint(QFont::Monospace);
            return f;
        }
        return {};
    case StateRole:
        return int(s->state);
    case ReferenceRole:
        return a->reference();
    }
    return {};
}

QVariant RegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_overview || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == VersionColumn)
            return tr("Version");
        if (section == VerdictColumn)
            return tr("Verdict");
        if (section == CompletenessColumn)
            return tr("Complete");
        return m_components.at(section - FirstArtifactColumn);
    }
    if (role == Qt::ToolTipRole && section >= FirstArtifactColumn) {
        const Component *c = m_overview->snapshot.workspace.component(m_components.at(section - FirstArtifactColumn));
        if (!c)
            return {};
        if (c->kind == Component::Kind::Image)
            return tr("Image %1, tag %2: the commit its revision label names").arg(c->image, c->imageTag.pattern());
        return c->oci.isEmpty() ? tr("Chart %1: no 'oci' location in the workspace").arg(c->chart)
                                : tr("Chart %1 at oci://%2: its manifest digest").arg(c->chart, c->oci);
    }
    return {};
}

} // namespace ReleaseDeck
