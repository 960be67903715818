#include "mappingdiffmodel.h"

#include "displaydates.h"
#include "stateicons.h"

#include <QBrush>
#include <QFontDatabase>
#include <QLocale>

namespace ReleaseDeck {

MappingDiffModel::MappingDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_driftIcon(StateIcons::icon(MatrixCell::State::Drift))
{}

void MappingDiffModel::setRows(const QList<DiffRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int MappingDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingDiffModel::notes(const DiffRow &row) const
{
    QStringList parts;
    if (!row.left.flag.isEmpty())
        parts.append(tr("left: %1").arg(row.left.flag));
    if (!row.right.flag.isEmpty())
        parts.append(tr("right: %1").arg(row.right.flag));
    if (!row.range.error.isEmpty())
        parts.append(row.range.error);
    if (row.range.truncated)
        parts.append(tr("lists the newest %1 of %2 commits").arg(row.range.commits.size()).arg(row.range.ahead));
    if (row.left.tag.isEmpty())
        parts.append(tr("not in the left version"));
    if (row.right.tag.isEmpty())
        parts.append(tr("not in the right version"));
    return parts.join(QLatin1String("; "));
}

QString MappingDiffModel::text(const DiffRow &row, int column) const
{
    auto version = [](const DiffSide &s) {
        if (s.version.isEmpty() && s.appVersion.isEmpty())
            return QString();
        return s.appVersion.isEmpty() || s.appVersion == s.version ? s.version
                                                                  : QStringLiteral("%1 / %2").arg(s.version, s.appVersion);
    };
    auto count = [&row](int n) {
        return row.computed && row.range.error.isEmpty() ? QLocale().toString(n) : QString();
    };
    switch (column) {
    case Component:
        switch (row.kind) {
        case DiffRow::Kind::Repository:
            return tr("%1 (repository)").arg(row.name);
        case DiffRow::Kind::Chart:
            return tr("%1 (chart)").arg(row.name);
        case DiffRow::Kind::Image:
            return tr("%1 (image)").arg(row.name);
        }
        return row.name;
    case LeftTag:
        return row.left.tag;
    case LeftCommit:
        return row.left.commit.left(10);
    case LeftVersion:
        return version(row.left);
    case LeftImage:
        return row.left.imageTag;
    case RightTag:
        return row.right.tag;
    case RightCommit:
        return row.right.commit.left(10);
    case RightVersion:
        return version(row.right);
    case RightImage:
        return row.right.imageTag;
    case Ahead:
        return count(row.range.ahead);
    case Behind:
        return count(row.range.behind);
    case Notes:
        return notes(row);
    }
    return QString();
}

QVariant MappingDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiffRow &row = m_rows[index.row()];
    const bool flagged = !row.left.flag.isEmpty() || !row.right.flag.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (role == Qt::ToolTipRole && (index.column() == LeftCommit || index.column() == RightCommit))
            return index.column() == LeftCommit ? row.left.commit : row.right.commit;
        return text(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == Notes && flagged)
            return m_driftIcon;
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Notes && flagged)
            return QBrush(StateIcons::background(MatrixCell::State::Drift));
        return {};
    case Qt::FontRole:
        if (index.column() == LeftCommit || index.column() == RightCommit)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Ahead || index.column() == Behind)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FlaggedRole:
        return flagged;
    }
    return {};
}

QVariant MappingDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Component:
        return tr("Component");
    case LeftTag:
        return tr("Left tag");
    case LeftCommit:
        return tr("Left commit");
    case LeftVersion:
        return tr("Left version");
    case LeftImage:
        return tr("Left image tag");
    case RightTag:
        return tr("Right tag");
    case RightCommit:
        return tr("Right commit");
    case RightVersion:
        return tr("Right version");
    case RightImage:
        return tr("Right image tag");
    case Ahead:
        return tr("Ahead");
    case Behind:
        return tr("Behind");
    case Notes:
        return tr("Notes");
    }
    return {};
}

CommitListModel::CommitListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommitListModel::setCommits(const QList<CommitLine> &commits)
{
    beginResetModel();
    m_commits = commits;
    endResetModel();
}

int CommitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commits.size());
}

int CommitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommitLine &c = m_commits[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return c.id.left(10);
        case Subject:
            return c.subject;
        case Author:
            return c.author;
        case Date:
            return DisplayDates::local(c.date);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Id) {
        return c.id;
    } else if (role == Qt::FontRole && index.column() == Id) {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    return {};
}

QVariant CommitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Commit");
    case Subject:
        return tr("Subject");
    case Author:
        return tr("Author");
    case Date:
        return tr("Date");
    }
    return {};
}

} // namespace ReleaseDeck
