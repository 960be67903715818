#include "releasetrain.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace ReleaseDeck {

namespace {

void keepEarliest(QDateTime &current, const QDateTime &candidate)
{
    if (candidate.isValid() && (!current.isValid() || candidate < current))
        current = candidate;
}

} // namespace

ReleaseTrain ReleaseTrain::build(const WorkspaceSnapshot &snapshot)
{
    return build(snapshot, ImageRefIndex(snapshot));
}

ReleaseTrain ReleaseTrain::build(const WorkspaceSnapshot &snapshot, const ImageRefIndex &refs)
{
    ReleaseTrain train;
    const Workspace &ws = snapshot.workspace;
    train.m_staggerDays = ws.staggerDays;

    QSet<QString> ossRepos, saasRepos;
    for (const RepoConfig &r : ws.repos) {
        const RepoTrains trains = repoTrains(ws, r.id);
        if (trains.oss)
            ossRepos.insert(r.id);
        if (trains.saas)
            saasRepos.insert(r.id);
    }

    QList<TrainRelease> rows;
    QHash<QString, int> byText;
    auto entry = [&](const Version &v) -> TrainRelease & {
        const QString key = v.toString();
        auto it = byText.constFind(key);
        if (it != byText.constEnd())
            return rows[*it];
        byText.insert(key, int(rows.size()));
        TrainRelease r;
        r.version = v;
        rows.append(r);
        return rows.last();
    };

    for (const ReleaseTag &t : snapshot.releases) {
        if (!t.version.isRelease())
            continue;
        const bool oss = ossRepos.contains(t.repo);
        const bool saas = saasRepos.contains(t.repo);
        if (!oss && !saas)
            continue;
        TrainRelease &r = entry(t.version);
        if (oss && (r.ossTag.isEmpty() || (t.date.isValid() && t.date < r.ossDate))) {
            r.ossRepo = t.repo;
            r.ossTag = t.tag;
            r.ossCommit = t.commit;
            r.ossDate = t.date;
        }
        if (saas)
            keepEarliest(r.saasDate, t.date);
    }
    if (saasRepos.isEmpty()) {
        // SaaS ships the OSS images the day OSS tags them.
        for (TrainRelease &r : rows)
            r.saasDate = r.ossDate;
    }

    // Independent charts join the release their own image was first
    // released in, never the release whose number they happen to share.
    QMap<QString, QStringList> unmapped; // chart → versions mapping to no train release
    auto rowByContent = [&](const ChartRelease &c) -> std::optional<Version> {
        const ContentLink link = linkByContent(c, snapshot, refs);
        if (link.mapsToTrain())
            return link.release->version;
        return std::nullopt;
    };
    QSet<QString> independentTags; // "component\nversion" of independent chart tags
    for (int i = 0; i < snapshot.charts.size(); ++i) {
        const ChartRelease &c = snapshot.charts[i];
        if (!c.tagVersion || !c.tagVersion->isRelease())
            continue;
        const Component *component = ws.component(c.component);
        std::optional<Version> row = c.tagVersion;
        if (component && component->isIndependentAt(c.tagVersion->toString())) {
            independentTags.insert(c.component + u'\n' + c.tagVersion->toString());
            row = rowByContent(c);
            if (!row) {
                train.m_unmapped.append(i);
                unmapped[c.chart].append(c.tagVersion->toString());
                continue;
            }
        }
        // Unified since adopt: a number that says one release and content that
        // says another means unifiedFrom is set too low.
        if (component && component->unifiedFrom) {
            if (const auto content = rowByContent(c); content && Version::compare(*content, *row) != 0)
                train.m_problems.append(tr("Chart %1 %2 is joined by its number, yet what it deploys was first released in "
                                           "OSS %3: is unifiedFrom %4 too low?")
                                            .arg(c.chart, row->toString(), content->toString(), component->unifiedFrom->toString()));
        }
        TrainRelease &r = entry(*row);
        r.charts.append(i);
        r.enterprise = TrainRelease::Enterprise::Published;
        keepEarliest(r.enterpriseDate, c.date);
    }
    for (auto it = unmapped.cbegin(); it != unmapped.cend(); ++it)
        train.m_problems.append((it.value().size() == 1 ? tr("Chart %1 %2 maps to no OSS release by what it deploys")
                                                        : tr("Chart %1: releases %2 map to no OSS release by what they deploy"))
                                    .arg(it.key(), it.value().join(QLatin1String(", "))));
    // A patch of an older line, made on its branch: SaaS runs the newest
    // release and never ships it.
    for (const ManifestRelease &m : snapshot.manifest.releases) {
        const auto it = byText.constFind(m.version.toString());
        if (m.branch.isEmpty() || it == byText.constEnd())
            continue;
        rows[*it].branch = m.branch;
        rows[*it].saasDate = QDateTime();
    }

    // The pending release: the newest version the charts at HEAD name that
    // has not been published.
    std::optional<Version> pending;
    QStringList headVersions;
    QSet<QString> distinct;
    for (const ChartRelease &c : snapshot.headCharts) {
        if (!c.found)
            continue;
        auto v = Version::parse(c.version);
        if (const Component *component = ws.component(c.component); component && component->isIndependentAt(c.version)) {
            // Pending when its own number has no tag yet, on the release it deploys.
            if (!v || !v->isRelease() || independentTags.contains(c.component + u'\n' + v->toString()))
                continue;
            v = rowByContent(c);
            if (!v) {
                train.m_problems.append(tr("Chart %1 %2 at HEAD maps to no OSS release by what it deploys")
                                            .arg(c.chart, c.version));
                continue;
            }
        } else {
            headVersions.append(QStringLiteral("%1 %2").arg(c.chart, c.version));
            distinct.insert(c.version);
        }
        if (!v || !v->isRelease())
            continue;
        const int known = byText.value(v->toString(), -1);
        if (known >= 0 && rows[known].enterprise == TrainRelease::Enterprise::Published)
            continue;
        if (!pending || Version::compare(*pending, *v) < 0)
            pending = v;
    }
    if (distinct.size() > 1)
        train.m_problems.append(tr("The charts at HEAD name different versions: %1").arg(headVersions.join(QLatin1String(", "))));
    if (pending) {
        // Staging goes forward only: a HEAD older than what was published
        // is a mistake to show, not a release to wait for.
        std::optional<Version> newestPublished;
        for (const TrainRelease &r : std::as_const(rows)) {
            if (r.enterprise == TrainRelease::Enterprise::Published && !r.version.isFix()
                && (!newestPublished || Version::compare(*newestPublished, r.version) < 0))
                newestPublished = r.version;
        }
        if (newestPublished && Version::compare(*pending, *newestPublished) < 0) {
            train.m_problems.append(tr("The charts at HEAD name %1, older than the published %2")
                                        .arg(pending->toString(), newestPublished->toString()));
            pending.reset();
        }
    }
    if (pending) {
        TrainRelease &r = entry(*pending);
        r.enterprise = TrainRelease::Enterprise::Pending;
        for (int i = 0; i < snapshot.headCharts.size(); ++i) {
            const ChartRelease &c = snapshot.headCharts[i];
            const Component *component = ws.component(c.component);
            // An independent chart whose number is tagged already is not part of what is staged.
            if (component && component->isIndependentAt(c.version) && independentTags.contains(c.component + u'\n' + c.version))
                continue;
            if (snapshot.headCharts[i].found) {
                r.headCharts.append(i);
                if (!r.stagedDate.isValid() || r.stagedDate < snapshot.headCharts[i].date)
                    r.stagedDate = snapshot.headCharts[i].date;
            }
        }
    }

    // The numbers independent charts gave the release, shown on its Enterprise marker.
    for (TrainRelease &r : rows) {
        QStringList numbers;
        auto add = [&](const ChartRelease &c) {
            const Component *component = ws.component(c.component);
            if (component && component->isIndependentAt(c.version) && c.found && !numbers.contains(c.version))
                numbers.append(c.version);
        };
        for (int i : std::as_const(r.charts))
            add(snapshot.charts[i]);
        for (int i : std::as_const(r.headCharts))
            add(snapshot.headCharts[i]);
        if (!numbers.isEmpty())
            r.chartNumbers = tr("chart %1").arg(numbers.join(u'/'));
    }

    std::sort(rows.begin(), rows.end(),
              [](const TrainRelease &a, const TrainRelease &b) { return Version::compare(a.version, b.version) < 0; });

    // Versions that reached SaaS but were passed over for Enterprise: older
    // than the newest Enterprise release, newer than the first published one.
    std::optional<Version> firstPublished, newestEnterprise;
    for (const TrainRelease &r : rows) {
        if (r.version.isFix())
            continue;
        if (r.enterprise == TrainRelease::Enterprise::Published && !firstPublished)
            firstPublished = r.version;
        if (r.enterprise == TrainRelease::Enterprise::Published || r.enterprise == TrainRelease::Enterprise::Pending)
            newestEnterprise = r.version;
    }
    for (int i = 0; i < rows.size(); ++i) {
        TrainRelease &r = rows[i];
        if (r.enterprise == TrainRelease::Enterprise::Pending)
            train.m_pending = i;
        if (r.version.isFix()) {
            // A fix sits on the release it fixes.
            for (int j = i - 1; j >= 0; --j) {
                if (!rows[j].version.isFix() && Version::compare(rows[j].version, r.version.withoutFix()) == 0) {
                    r.fixOf = j;
                    rows[j].fixes.append(i);
                    break;
                }
            }
            continue;
        }
        if (r.saasDate.isValid())
            r.dueDate = r.saasDate.addDays(train.m_staggerDays);
        if (r.enterprise == TrainRelease::Enterprise::None && r.saasDate.isValid() && firstPublished
            && newestEnterprise && Version::compare(*firstPublished, r.version) < 0
            && Version::compare(r.version, *newestEnterprise) < 0)
            r.enterprise = TrainRelease::Enterprise::Superseded;
    }
    train.m_releases = rows;
    return train;
}

int ReleaseTrain::indexOf(const Version &version) const
{
    for (int i = 0; i < m_releases.size(); ++i) {
        if (Version::compare(m_releases[i].version, version) == 0)
            return i;
    }
    return -1;
}

QString ReleaseTrain::enterpriseName(TrainRelease::Enterprise state)
{
    switch (state) {
    case TrainRelease::Enterprise::None:
        return tr("not staged");
    case TrainRelease::Enterprise::Pending:
        return tr("pending");
    case TrainRelease::Enterprise::Published:
        return tr("published");
    case TrainRelease::Enterprise::Superseded:
        return tr("superseded");
    }
    return QString();
}

} // namespace ReleaseDeck
