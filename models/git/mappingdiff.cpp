#include "mappingdiff.h"

#include <QHash>

namespace ReleaseDeck {

namespace {

// What a version means for the repositories that tag it: a chart-only fix
// ships the images and code of the release it fixes.
Version codeVersion(const Version &v)
{
    return v.isFix() ? v.withoutFix() : v;
}

const ReleaseTag *releaseTag(const WorkspaceSnapshot &s, const QString &repo, const Version &v)
{
    for (const ReleaseTag &t : s.releases) {
        if (t.repo == repo && Version::compare(t.version, v) == 0)
            return &t;
    }
    return nullptr;
}

// The chart of a component as released at a version: its tag, or HEAD for
// the pending release.
const ChartRelease *chartAt(const WorkspaceSnapshot &s, const ReleaseTrain &train, const QString &component,
                            const Version &v)
{
    for (const ChartRelease &c : s.charts) {
        if (c.component == component && c.tagVersion && Version::compare(*c.tagVersion, v) == 0)
            return &c;
    }
    const int i = train.indexOf(v);
    if (i >= 0 && train.releases()[i].enterprise == TrainRelease::Enterprise::Pending) {
        for (const ChartRelease &c : s.headCharts) {
            if (c.component == component)
                return &c;
        }
    }
    return nullptr;
}

// The first reference to an image in the charts of a version.
const ImageRef *deployedImage(const WorkspaceSnapshot &s, const ReleaseTrain &train, const ImageRefIndex &refs,
                              const Component &image, const Version &v)
{
    for (const Component &chart : s.workspace.components) {
        if (chart.kind != Component::Kind::Chart)
            continue;
        if (const ChartRelease *c = chartAt(s, train, chart.id, v)) {
            for (const ImageRef *ref : refs.at(*c)) {
                if (image.buildsImage(ref->repository) && !ref->value.isEmpty())
                    return ref;
            }
        }
    }
    return nullptr;
}

} // namespace

QList<DiffRow> MappingDiff::plan(const Overview &overview, const Version &left, const Version &right)
{
    const WorkspaceSnapshot &snapshot = overview.snapshot;
    const ReleaseTrain &train = overview.train;
    const ImageRefIndex &refIndex = overview.refs;
    const Workspace &ws = snapshot.workspace;
    QList<DiffRow> rows;
    auto pathOf = [&](const QString &repo) {
        const RepoConfig *r = ws.repo(repo);
        return r ? r->path : QString();
    };

    // Repositories that tag releases of their own.
    for (const RepoConfig &repo : ws.repos) {
        if (repo.releaseTags.isEmpty())
            continue;
        DiffRow row;
        row.kind = DiffRow::Kind::Repository;
        row.name = repo.id;
        row.repo = repo.id;
        row.repoPath = repo.path;
        auto fill = [&](DiffSide &side, const Version &v) {
            if (const ReleaseTag *t = releaseTag(snapshot, repo.id, codeVersion(v))) {
                side.tag = t->tag;
                side.commit = t->commit;
            }
        };
        fill(row.left, left);
        fill(row.right, right);
        if (row.left.tag.isEmpty() && row.right.tag.isEmpty())
            continue;
        rows.append(row);
    }

    // Charts, with what their Chart.yaml and values say.
    for (const Component &c : ws.components) {
        if (c.kind != Component::Kind::Chart)
            continue;
        DiffRow row;
        row.kind = DiffRow::Kind::Chart;
        row.name = c.chart;
        row.repo = c.repo;
        row.repoPath = pathOf(c.repo);
        auto fill = [&](DiffSide &side, const Version &v) {
            const ChartRelease *chart = chartAt(snapshot, train, c.id, v);
            if (!chart)
                return;
            side.tag = chart->tag.isEmpty() ? tr("HEAD (staged)") : chart->tag;
            side.commit = chart->commit;
            side.version = chart->version;
            side.appVersion = chart->appVersion;
            side.imageTag = chart->image ? chart->image->tag : QString();
            if (!chart->found)
                side.flag = tr("chart %1 is not in the tree").arg(c.chart);
            else if (chart->version != v.toString())
                side.flag = tr("Chart.yaml says %1, not %2").arg(chart->version, v.toString());
        };
        fill(row.left, left);
        fill(row.right, right);
        if (row.left.tag.isEmpty() && row.right.tag.isEmpty())
            continue;
        rows.append(row);
    }

    // Images: the tag the charts deploy and the commit it stands for. A
    // commit id in a tag is checked against the release it claims to be.
    // For one version on both sides, the left side is the building
    // repository's release tag and the right side what the charts deploy:
    // the version as two repositories see it.
    const bool sameVersion = Version::compare(left, right) == 0;
    for (const Component &image : ws.components) {
        if (image.kind != Component::Kind::Image)
            continue;
        DiffRow row;
        row.kind = DiffRow::Kind::Image;
        row.name = image.id;
        row.repo = image.repo;
        row.repoPath = pathOf(image.repo);
        enum class Source { Either, OwnTag, Charts };
        auto fill = [&](DiffSide &side, const Version &v, Source source) {
            const Version code = codeVersion(v);
            const ReleaseTag *own = releaseTag(snapshot, image.repo, code);
            const ImageRef *deployed = source == Source::OwnTag ? nullptr : deployedImage(snapshot, train, refIndex, image, v);
            if (!deployed) {
                if (source != Source::Charts && own) {
                    side.tag = own->tag;
                    side.commit = own->commit;
                }
                return;
            }
            side.tag = deployed->value;
            if (!deployed->sha.isEmpty()) {
                // A commit id: the commit it names, and whether that is the release's.
                side.commit = deployed->commit;
                if (deployed->status != ImageRef::Status::Resolved)
                    side.flag = tr("%1 is not a commit of %2").arg(deployed->value, image.repo);
                else if (own && deployed->earliestRelease != own->tag)
                    side.flag = deployed->earliestRelease.isEmpty()
                                    ? tr("%1 is in no release of %2, not %3").arg(deployed->value, image.repo, own->tag)
                                    : tr("%1 belongs to %2, not %3").arg(deployed->value, deployed->earliestRelease, own->tag);
                return;
            }
            // A version tag: the release of the building repository it names.
            const ReleaseTag *named = nullptr;
            bool repoHasReleases = false;
            for (const ReleaseTag &t : snapshot.releases) {
                if (t.repo != image.repo)
                    continue;
                repoHasReleases = true;
                if (ImageRef::carriesVersion(deployed->value, t.version.toString())
                    && (!named || named->version.toString().size() < t.version.toString().size()))
                    named = &t;
            }
            if (named)
                side.commit = named->commit;
            if (named && Version::compare(named->version, code) != 0)
                side.flag = tr("%1 is the image of %2, not %3").arg(deployed->value, named->tag, code.toString());
            else if (!named && repoHasReleases)
                side.flag = tr("%1 is no release of %2").arg(deployed->value, image.repo);
        };
        fill(row.left, left, sameVersion ? Source::OwnTag : Source::Either);
        fill(row.right, right, sameVersion ? Source::Charts : Source::Either);
        if (row.left.tag.isEmpty() && row.right.tag.isEmpty())
            continue;
        rows.append(row);
    }
    return rows;
}

QList<DiffRow> MappingDiff::compute(QList<DiffRow> rows, int limit, ScanControl *control)
{
    // Rows of one repository often share both ends; read each range once.
    QHash<QString, CommitRange> done;
    for (DiffRow &row : rows) {
        if (control && control->isCancelled())
            break;
        if (row.left.commit.isEmpty() || row.right.commit.isEmpty() || row.repoPath.isEmpty())
            continue;
        const QString key = row.repoPath + QLatin1Char('\n') + row.left.commit + QLatin1Char('\n') + row.right.commit;
        auto it = done.constFind(key);
        if (it == done.constEnd())
            it = done.insert(key, readCommitRange(row.repoPath, row.left.commit, row.right.commit, limit, control));
        row.range = *it;
        row.computed = true;
        if (control)
            control->advance(1, tr("Compared %1").arg(row.name));
    }
    return rows;
}

} // namespace ReleaseDeck
