#include "snapshottablemodel.h"

#include "displaydates.h"
#include "domain/printable.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ReleaseDeck {

namespace {

QString shortDate(const QDateTime &d)
{
    return DisplayDates::local(d);
}

QString shortSha(const QString &sha)
{
    return sha.left(10);
}

} // namespace

SnapshotTableModel::SnapshotTableModel(Table table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{}

void SnapshotTableModel::setSnapshot(const WorkspaceSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    endResetModel();
}

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_table) {
    case Table::Releases:
        return int(m_snapshot.releases.size());
    case Table::Charts:
        return int(m_snapshot.charts.size());
    case Table::ImageRefs:
        return int(m_snapshot.imageRefs.size());
    case Table::Problems:
        return int(m_snapshot.problems.size());
    }
    return 0;
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_table) {
    case Table::Releases:
        return 6;
    case Table::Charts:
        return 8;
    case Table::ImageRefs:
        return 9;
    case Table::Problems:
        return 1;
    }
    return 0;
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const releases[] = {QT_TR_NOOP("Repository"), QT_TR_NOOP("Tag"), QT_TR_NOOP("Version"),
                                           QT_TR_NOOP("Commit"), QT_TR_NOOP("Date"), QT_TR_NOOP("Annotated")};
    static const char *const charts[] = {QT_TR_NOOP("Tag"), QT_TR_NOOP("Chart"), QT_TR_NOOP("Path"),
                                         QT_TR_NOOP("Version"), QT_TR_NOOP("App version"), QT_TR_NOOP("Image tag"),
                                         QT_TR_NOOP("Date"), QT_TR_NOOP("Problems")};
    static const char *const refs[] = {QT_TR_NOOP("Chart tag"), QT_TR_NOOP("Image"), QT_TR_NOOP("Tag"),
                                       QT_TR_NOOP("Status"), QT_TR_NOOP("Commit"), QT_TR_NOOP("Earliest release"),
                                       QT_TR_NOOP("File"), QT_TR_NOOP("Line"), QT_TR_NOOP("YAML path")};
    static const char *const problems[] = {QT_TR_NOOP("Problem")};
    const char *const *names = nullptr;
    switch (m_table) {
    case Table::Releases:
        names = releases;
        break;
    case Table::Charts:
        names = charts;
        break;
    case Table::ImageRefs:
        names = refs;
        break;
    case Table::Problems:
        names = problems;
        break;
    }
    if (section < 0 || section >= columnCount())
        return {};
    return tr(names[section]);
}

QVariant SnapshotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    // Tags, paths and problems come from other people's files: one line
    // each, hidden characters escaped.
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return printableLine(text(index.row(), index.column()));
    if (role == Qt::ForegroundRole) {
        if (hasProblem(index.row()))
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        if (m_table == Table::Releases && !m_snapshot.releases[index.row()].version.isRelease())
            return QBrush(QColor(0x80, 0x80, 0x80)); // pre-releases and noise such as 1.0.7-cli
        return {};
    }
    if (role == Qt::TextAlignmentRole && m_table == Table::ImageRefs && index.column() == 7)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool SnapshotTableModel::hasProblem(int row) const
{
    switch (m_table) {
    case Table::Charts:
        return !m_snapshot.charts[row].problems.isEmpty();
    case Table::ImageRefs: {
        const auto s = m_snapshot.imageRefs[row].status;
        return s == ImageRef::Status::NotFound || s == ImageRef::Status::Ambiguous || s == ImageRef::Status::Shallow;
    }
    default:
        return false;
    }
}

QString SnapshotTableModel::text(int row, int column) const
{
    switch (m_table) {
    case Table::Releases: {
        const ReleaseTag &r = m_snapshot.releases[row];
        const QString cells[] = {r.repo, r.tag, r.version.toString(), shortSha(r.commit), shortDate(r.date),
                                 r.annotated ? tr("yes") : tr("no")};
        return cells[column];
    }
    case Table::Charts: {
        const ChartRelease &c = m_snapshot.charts[row];
        const QString cells[] = {c.tag,
                                 c.chart,
                                 c.path,
                                 c.version,
                                 c.appVersion,
                                 c.image ? c.image->tag : QString(),
                                 shortDate(c.date),
                                 c.problems.join(QLatin1String("; "))};
        return cells[column];
    }
    case Table::ImageRefs: {
        const ImageRef &r = m_snapshot.imageRefs[row];
        const QString cells[] = {r.tag, r.repository, r.value, ImageRef::statusName(r.status), shortSha(r.commit),
                                 r.earliestRelease, r.file, QLocale().toString(r.line), r.path};
        return cells[column];
    }
    case Table::Problems:
        return m_snapshot.problems[row];
    }
    return {};
}

} // namespace ReleaseDeck
