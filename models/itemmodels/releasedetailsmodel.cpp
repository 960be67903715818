#include "releasedetailsmodel.h"

#include "displaydates.h"
#include "stateicons.h"

#include "domain/countdown.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <functional>

namespace ReleaseDeck {

namespace {

QString day(const QDateTime &d)
{
    return DisplayDates::utc(d);
}

// The manifest's state as the window words it; the file and the command
// line keep ManifestRelease::stateName.
QString stateWord(ManifestRelease::State s)
{
    switch (s) {
    case ManifestRelease::State::Staged: return ReleaseDetailsModel::tr("staged");
    case ManifestRelease::State::Approved: return ReleaseDetailsModel::tr("approved");
    case ManifestRelease::State::Published: return ReleaseDetailsModel::tr("published");
    case ManifestRelease::State::Superseded: return ReleaseDetailsModel::tr("superseded");
    case ManifestRelease::State::None: break;
    }
    return ReleaseDetailsModel::tr("none");
}

} // namespace

ReleaseDetailsModel::ReleaseDetailsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_driftIcon(StateIcons::icon(MatrixCell::State::Drift))
{}

int ReleaseDetailsModel::add(int parent, const QString &key, const QString &value, const QString &toolTip)
{
    Node n;
    n.key = key;
    n.value = value;
    n.toolTip = toolTip;
    n.parent = parent;
    const int id = int(m_nodes.size());
    if (parent < 0) {
        n.row = int(m_roots.size());
        m_roots.append(id);
    } else {
        n.row = int(m_nodes[parent].children.size());
        m_nodes[parent].children.append(id);
    }
    m_nodes.append(n);
    return id;
}

void ReleaseDetailsModel::setRelease(const OverviewPtr &overview, int release, const QDateTime &now)
{
    beginResetModel();
    if (overview != m_overview) {
        m_report.reset();
        m_verdicts.reset();
    }
    m_overview = overview;
    m_now = now;
    m_nodes.clear();
    m_roots.clear();
    m_title.clear();
    m_release = overview && release >= 0 && release < overview->train.releases().size() ? release : -1;
    if (m_release < 0) {
        endResetModel();
        return;
    }
    const WorkspaceSnapshot &s = overview->snapshot;
    const TrainRelease &r = overview->train.releases()[m_release];
    const QString v = r.text();
    m_title = r.isFix() ? tr("Chart fix %1").arg(v) : tr("Release %1").arg(v);

    const ReleaseVerdict *verdict = m_verdicts ? &m_verdicts->at(m_release) : nullptr;
    const int summary = add(-1, tr("Summary"));
    const int verdictNode = add(summary, tr("Verdict"), verdict ? verdict->summary() : tr("judging…"),
                                verdict ? verdict->problems.join(QLatin1Char('\n')) : QString());
    if (verdict && !verdict->problems.isEmpty())
        m_nodes[verdictNode].problem = true;
    if (r.isFix())
        add(summary, tr("Fixes"), overview->train.releases()[r.fixOf].text());
    add(summary, tr("OSS"), r.ossDate.isValid() ? day(r.ossDate) : tr("not released"));
    add(summary, tr("SaaS"), r.saasDate.isValid() ? day(r.saasDate) : tr("not released"));
    QString enterprise = ReleaseTrain::enterpriseName(r.enterprise);
    if (r.enterprise == TrainRelease::Enterprise::Published)
        enterprise = tr("published %1").arg(day(r.enterpriseDate));
    add(summary, tr("Enterprise"), enterprise);
    if (r.enterprise == TrainRelease::Enterprise::Pending) {
        // The verdict's countdown: the manifest's due date, worded once.
        add(summary, tr("Due"), verdict ? verdict->due : Countdown::due(r.dueDate, now));
    } else if (r.dueDate.isValid() && r.enterprise != TrainRelease::Enterprise::Published) {
        add(summary, tr("Due"), day(r.dueDate));
    }
    if (r.enterprise == TrainRelease::Enterprise::Pending) {
        if (r.stagedDate.isValid())
            add(summary, tr("Staged"), day(r.stagedDate));
    }
    for (int f : r.fixes)
        add(summary, tr("Chart fix"), overview->train.releases()[f].text());

    // What the release manifest records: state, due date, who did what.
    if (const ManifestRelease *m = s.manifest.find(r.version)) {
        QString state = stateWord(m->state);
        if (m->due.isValid())
            state = tr("%1, due %2").arg(state, day(m->due));
        const int manifest = add(-1, tr("Manifest"), state);
        if (!m->ossCommit.isEmpty())
            add(manifest, tr("OSS commit"), m->ossCommit);
        if (m->saasDate.isValid())
            add(manifest, tr("SaaS"), day(m->saasDate));
        // The action as the key keeps the first column narrow; when and by
        // whom in the value, the full identity in the tooltip.
        for (const AuditEntry &a : m->audit) {
            const QString who = a.by.section(QLatin1String(" <"), 0, 0);
            const QString when = DisplayDates::utc(a.at);
            add(manifest, a.action,
                a.note.isEmpty() ? tr("%1, %2").arg(when, who) : tr("%1, %2: %3").arg(when, who, a.note),
                tr("%1 by %2").arg(day(a.at), a.by));
        }
    }

    const int tags = add(-1, tr("Tags"));
    const int commits = add(-1, tr("Commits"));
    for (const ReleaseTag &t : s.releases) {
        if (Version::compare(t.version, r.version) != 0)
            continue;
        add(tags, t.repo, t.tag, day(t.date));
        add(commits, t.repo, t.commit);
    }
    QList<const ChartRelease *> charts;
    for (int i : r.charts)
        charts.append(&s.charts[i]);
    for (int i : r.headCharts)
        charts.append(&s.headCharts[i]);
    QSet<QString> seen;
    for (const ChartRelease *c : charts) {
        if (!c->tag.isEmpty())
            add(tags, c->repo, c->tag, day(c->date));
        const QString key = c->tag.isEmpty() ? tr("%1 (HEAD)").arg(c->repo) : c->tag;
        if (!seen.contains(key + c->commit)) {
            seen.insert(key + c->commit);
            add(commits, key, c->commit);
        }
    }

    // Each image tag once, named by the image's last path segment; the
    // tooltip says where it is set.
    const int images = add(-1, tr("Image tags"));
    for (const ChartRelease *c : charts) {
        for (const ImageRef *r : overview->refs.at(*c)) {
            const ImageRef &ref = *r;
            if (ref.value.isEmpty())
                continue;
            const QString id = ref.repository + QLatin1Char(':') + ref.value;
            if (seen.contains(id))
                continue;
            seen.insert(id);
            QString value = ref.value;
            if (!ref.earliestRelease.isEmpty())
                value = tr("%1 (commit of %2)").arg(ref.value, ref.earliestRelease);
            add(images, ref.repository.section(QLatin1Char('/'), -1), value,
                QStringLiteral("%1:%2\n%3:%4").arg(ref.repository, ref.value, ref.file).arg(ref.line));
        }
    }

    const int chartNode = add(-1, tr("Charts"));
    for (const ChartRelease *c : charts) {
        const int n = add(chartNode, c->chart, c->found ? c->path : tr("not found"));
        add(n, tr("version"), c->version);
        add(n, tr("appVersion"), c->appVersion);
        if (c->image)
            add(n, tr("image"), QStringLiteral("%1:%2").arg(c->image->repository, c->image->tag));
        // A chart with numbers of its own says what it is by content.
        const Component *component = s.workspace.component(c->component);
        if (component && component->isIndependentAt(c->version) && c->found) {
            const QString text = linkByContent(*c, s, overview->refs).describe(*c);
            add(n, tr("by content"), text, text);
        }
    }

    const QList<QPair<QString, QString>> registryProblems = addRegistry();
    const int problems = add(-1, tr("Problems"));
    if (verdict) {
        // The verdict's problems, each with its source as the key.
        for (const QString &p : verdict->problems) {
            const qsizetype colon = p.indexOf(QLatin1String(": "));
            m_nodes[colon > 0 ? add(problems, p.left(colon), p.mid(colon + 2)) : add(problems, p)].problem = true;
        }
        if (m_nodes[problems].children.isEmpty())
            add(problems, tr("none"));
        endResetModel();
        return;
    }
    const VersionMatrix &m = overview->matrix;
    for (int col = 0; col < m.columns().size(); ++col) {
        const MatrixCell &cell = m.cell(m_release, col);
        if (cell.state == MatrixCell::State::Drift || cell.state == MatrixCell::State::Missing) {
            const int p = add(problems, m.columns()[col].title, cell.reason);
            m_nodes[p].problem = true;
        }
    }
    for (const ChartRelease *c : charts) {
        for (const QString &p : c->problems)
            m_nodes[add(problems, c->chart, p)].problem = true;
    }
    for (const auto &[component, detail] : registryProblems)
        m_nodes[add(problems, component, detail)].problem = true;
    if (m_nodes[problems].children.isEmpty())
        add(problems, tr("none"));
    endResetModel();
}

void ReleaseDetailsModel::setVerdicts(const VerdictsPtr &verdicts)
{
    if (!verdicts || !m_overview || verdicts->overview() != m_overview)
        return;
    const OverviewPtr overview = m_overview;
    const int release = m_release;
    m_verdicts = verdicts;
    m_report = verdicts->report();
    setRelease(overview, release, verdicts->now());
}

QList<QPair<QString, QString>> ReleaseDetailsModel::addRegistry()
{
    QList<QPair<QString, QString>> problems;
    if (!m_report)
        return problems;
    const Completeness &c = m_report->completeness.at(m_release);
    const int node = add(-1, tr("Registry"),
                         c.required == 0 ? tr("nothing due") : tr("%1 of %2 present").arg(c.present).arg(c.required));
    for (int col = 0; col < m_report->plan.components.size(); ++col) {
        const int i = m_report->find(m_release, col);
        if (i < 0)
            continue;
        const ExpectedArtifact &a = m_report->plan.artifacts.at(i);
        const ArtifactStatus &s = m_report->status.at(i);
        QString value = ArtifactStatus::stateName(s.state);
        if (!s.revision.isEmpty())
            value += QStringLiteral(" · ") + s.revision.left(12);
        else if (!s.digest.isEmpty())
            value += QStringLiteral(" · ") + s.digest.left(19);
        const QString tip = s.detail.isEmpty() ? a.reference() : a.reference() + QLatin1Char('\n') + s.detail;
        add(node, a.component, value, tip);
        if (s.isProblem())
            problems.append({a.component, s.detail});
    }
    return problems;
}

QString ReleaseDetailsModel::toPlainText() const
{
    QStringList lines;
    std::function<void(int, int)> walk = [&](int id, int depth) {
        const Node &n = m_nodes[id];
        lines.append(QString(depth * 2, QLatin1Char(' ')) + (n.value.isEmpty() ? n.key : n.key + QLatin1String(": ") + n.value));
        for (int c : n.children)
            walk(c, depth + 1);
    };
    for (int r : m_roots)
        walk(r, 0);
    return lines.join(QLatin1Char('\n'));
}

QModelIndex ReleaseDetailsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &list = parent.isValid() ? m_nodes[int(parent.internalId())].children : m_roots;
    return createIndex(row, column, quintptr(list[row]));
}

QModelIndex ReleaseDetailsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int ReleaseDetailsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int ReleaseDetailsModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant ReleaseDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? n.key : n.value;
    case Qt::ToolTipRole:
        if (!n.toolTip.isEmpty())
            return n.toolTip;
        return index.column() == 1 && !n.value.isEmpty() ? QVariant(n.value) : QVariant();
    case Qt::FontRole:
        if (n.parent < 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == 0 && n.problem)
            return m_driftIcon;
        return {};
    }
    return {};
}

QVariant ReleaseDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == 0 ? tr("Item") : tr("Value");
    return {};
}

} // namespace ReleaseDeck
