#include "releasenotes.h"

#include "domain/printable.h"

#include <QRegularExpression>
#include <QSet>

namespace ReleaseDeck {

namespace {

constexpr int kCommitLimit = 2000;

// The newest release tag of `repo` strictly below `version` that is on the
// same line when `sameLine`, else any.
const ReleaseTag *tagBelow(const WorkspaceSnapshot &snapshot, const QString &repo, const Version &version, bool sameLine)
{
    const ReleaseTag *best = nullptr;
    for (const ReleaseTag &t : snapshot.releases) {
        if (t.repo != repo || !t.version.isRelease() || Version::compare(t.version, version) >= 0)
            continue;
        if (sameLine && (t.version.major() != version.major() || t.version.minor() != version.minor()))
            continue;
        if (!best || Version::compare(t.version, best->version) > 0)
            best = &t;
    }
    return best;
}

const ReleaseTag *tagOf(const WorkspaceSnapshot &snapshot, const QString &repo, const Version &version)
{
    for (const ReleaseTag &t : snapshot.releases) {
        if (t.repo == repo && Version::compare(t.version, version) == 0)
            return &t;
    }
    return nullptr;
}

// The commits of a repository from `fromCommit` (none: every commit, a
// first release) to `toCommit`, as git log lists them.
RepoNotes readRepo(const WorkspaceSnapshot &snapshot, const QString &repoId, const QString &fromTag, const QString &fromCommit,
                   const QString &toTag, const QString &toCommit, ScanControl *control)
{
    RepoNotes repo;
    repo.repo = repoId;
    repo.fromTag = fromTag;
    repo.toTag = toTag;
    QString path;
    for (const RepoState &r : snapshot.repos) {
        if (r.id == repoId)
            path = r.path;
    }
    const CommitRange range = fromCommit.isEmpty() ? readCommitsUpTo(path, toCommit, kCommitLimit, control)
                                                   : readCommitRange(path, fromCommit, toCommit, kCommitLimit, control);
    if (!range.error.isEmpty())
        repo.problem = range.error;
    repo.truncated = range.truncated;
    for (const CommitLine &line : range.commits)
        repo.commits.append(ReleaseNotes::parse(line));
    return repo;
}

} // namespace

std::optional<Version> ReleaseNotes::previous(const ReleaseTrain &train, const Version &version)
{
    const Version base = version.withoutFix();
    const bool sameLine = version.isFix() || version.patch() > 0;
    std::optional<Version> best;
    for (const TrainRelease &r : train.releases()) {
        if (Version::compare(r.version, version) >= 0)
            continue;
        if (sameLine && (r.version.major() != base.major() || r.version.minor() != base.minor()))
            continue;
        if (!best || Version::compare(r.version, *best) > 0)
            best = r.version;
    }
    return best;
}

QStringList ReleaseNotes::groupOrder()
{
    return {QStringLiteral("feat"), QStringLiteral("fix"), QStringLiteral("perf"), QStringLiteral("security"),
            QStringLiteral("refactor"), QStringLiteral("docs"), QStringLiteral("test"), QStringLiteral("build"),
            QStringLiteral("ci"), QStringLiteral("chore"), QStringLiteral("revert"), QString()};
}

QString ReleaseNotes::groupTitle(const QString &type)
{
    if (type == QLatin1String("feat"))
        return tr("Features");
    if (type == QLatin1String("fix"))
        return tr("Fixes");
    if (type == QLatin1String("perf"))
        return tr("Performance");
    if (type == QLatin1String("security"))
        return tr("Security");
    if (type == QLatin1String("refactor"))
        return tr("Refactoring");
    if (type == QLatin1String("docs"))
        return tr("Documentation");
    if (type == QLatin1String("test"))
        return tr("Tests");
    if (type == QLatin1String("build"))
        return tr("Build");
    if (type == QLatin1String("ci"))
        return tr("Continuous integration");
    if (type == QLatin1String("chore"))
        return tr("Chores");
    if (type == QLatin1String("revert"))
        return tr("Reverts");
    return tr("Other changes");
}

NoteCommit ReleaseNotes::parse(const CommitLine &line)
{
    static const QRegularExpression conventional(
        QStringLiteral("^([A-Za-z]+)(?:\\(([^)\\n]{0,60})\\))?(!)?:\\s+(.+)$"));
    static const QRegularExpression pr(QStringLiteral("\\(#(\\d{1,9})\\)"));
    static const QRegularExpression merge(QStringLiteral("^Merge pull request #(\\d{1,9})\\b"));
    NoteCommit c;
    c.id = line.id;
    c.author = line.author;
    c.subject = line.subject;
    const QRegularExpressionMatch m = conventional.match(line.subject);
    if (m.hasMatch()) {
        const QString type = m.captured(1).toLower();
        if (groupOrder().contains(type) && !type.isEmpty()) {
            c.type = type;
            c.scope = m.captured(2);
            c.breaking = !m.captured(3).isEmpty();
            c.subject = m.captured(4);
        }
    }
    if (const QRegularExpressionMatch mm = merge.match(line.subject); mm.hasMatch())
        c.prs.append(QLatin1Char('#') + mm.captured(1));
    for (auto it = pr.globalMatch(line.subject); it.hasNext();) {
        const QString n = QLatin1Char('#') + it.next().captured(1);
        if (!c.prs.contains(n))
            c.prs.append(n);
    }
    return c;
}

ReleaseNotes ReleaseNotes::build(const Overview &overview, const Version &version, const std::optional<Version> &from,
                                 ScanControl *control)
{
    ReleaseNotes notes;
    const WorkspaceSnapshot &snapshot = overview.snapshot;
    notes.version = version.toString();
    const QList<TrainRelease> &train = overview.train.releases();
    auto enterprise = [&](const Version &v) {
        const int i = overview.train.indexOf(v);
        return i >= 0 ? train.at(i).enterprise : TrainRelease::Enterprise::None;
    };
    auto published = [&](const Version &v) { return enterprise(v) == TrainRelease::Enterprise::Published; };
    // The newest release below `version` published for Enterprise.
    auto publishedBelow = [&] {
        std::optional<Version> best;
        for (const TrainRelease &r : train) {
            if (Version::compare(r.version, version) < 0 && r.enterprise == TrainRelease::Enterprise::Published
                && (!best || Version::compare(r.version, *best) > 0))
                best = r.version;
        }
        return best;
    };
    std::optional<Version> before = from ? from : previous(overview.train, version);
    bool sameLine = !from && (version.isFix() || version.patch() > 0);
    // A release for Enterprise whose release before never was (superseded):
    // its notes are since the one Enterprise customers upgrade from.
    if (!from && before && !published(*before)
        && (published(version) || enterprise(version) == TrainRelease::Enterprise::Pending)) {
        if (const std::optional<Version> base = publishedBelow()) {
            notes.problems.append(tr("%1 was not published for Enterprise: these notes are since %2, the release Enterprise "
                                     "customers upgrade from")
                                      .arg(before->toString(), base->toString()));
            before = base;
            sameLine = false;
        }
    }
    notes.from = before ? before->toString() : QString();

    // Each repository with a release tag for the version: its commits since
    // the release before, in that repository.
    QSet<QString> seen;
    for (const ReleaseTag &t : snapshot.releases) {
        if (Version::compare(t.version, version) != 0 || seen.contains(t.repo))
            continue;
        seen.insert(t.repo);
        const ReleaseTag *base = before ? tagOf(snapshot, t.repo, *before) : nullptr;
        // A chart-only fix has no tag here: its repositories are at X.Y.Z.
        if (!base && before && before->isFix())
            base = tagOf(snapshot, t.repo, before->withoutFix());
        if (!base && !from)
            base = tagBelow(snapshot, t.repo, version, sameLine);
        RepoNotes repo;
        if (!base && from) {
            repo.repo = t.repo;
            repo.toTag = t.tag;
            repo.problem = tr("%1 has no release tag for %2").arg(t.repo, from->toString());
        } else {
            // No release before: its first, with every commit up to it.
            repo = readRepo(snapshot, t.repo, base ? base->tag : QString(), base ? base->commit : QString(), t.tag, t.commit, control);
        }
        notes.repos.append(repo);
        if (control && control->isCancelled())
            return notes;
    }
    // A chart-only fix: no repository has a release tag for it, and what
    // changed is in the charts repository, between the chart tags.
    if (notes.repos.isEmpty() && version.isFix()) {
        QSet<QString> ranges;
        for (const ChartRelease &c : snapshot.charts) {
            if (!c.tagVersion || Version::compare(*c.tagVersion, version) != 0)
                continue;
            const ChartRelease *base = nullptr;
            for (const ChartRelease &b : snapshot.charts) {
                if (b.component == c.component && b.tagVersion && before
                    && (Version::compare(*b.tagVersion, *before) == 0
                        || (!base && before->isFix() && Version::compare(*b.tagVersion, before->withoutFix()) == 0)))
                    base = &b;
            }
            if (ranges.contains(c.repo + u'\n' + (base ? base->commit : QString()) + u'\n' + c.commit))
                continue;
            ranges.insert(c.repo + u'\n' + (base ? base->commit : QString()) + u'\n' + c.commit);
            RepoNotes repo;
            if (!base) {
                repo.repo = c.repo;
                repo.toTag = c.tag;
                repo.problem = tr("no chart tag of %1 for %2 to compare with").arg(c.chart, notes.from.isEmpty() ? tr("a release before") : notes.from);
            } else {
                repo = readRepo(snapshot, c.repo, base->tag, base->commit, c.tag, c.commit, control);
            }
            notes.repos.append(repo);
            if (control && control->isCancelled())
                return notes;
        }
    }
    if (notes.repos.isEmpty())
        notes.problems.append(tr("no repository has a release tag for %1").arg(notes.version));

    // Images whose digest the manifest records differently.
    const ManifestRelease *a = before ? snapshot.manifest.find(*before) : nullptr;
    const ManifestRelease *b = snapshot.manifest.find(version);
    if (a && b) {
        QStringList images = a->images.keys() + b->images.keys();
        images.removeDuplicates();
        images.sort();
        for (const QString &image : images) {
            const QString x = a->images.value(image);
            const QString y = b->images.value(image);
            if (x != y)
                notes.images.append({image, x, y});
        }
    } else if (before) {
        notes.problems.append(tr("the release manifest records no images for %1").arg(a ? notes.version : notes.from));
    }

    // What changes in each chart, between the two chart tags. A release
    // before that was never published for Enterprise (superseded, or not
    // yet) has no chart tags: the charts compare with the newest published
    // release below, the one an Enterprise customer upgrades from.
    std::optional<Version> chartBase = before;
    if (before && !published(*before) && !(before->isFix() && published(before->withoutFix()))) {
        chartBase = publishedBelow();
        notes.problems.append(chartBase ? tr("%1 was not published for Enterprise: the charts are compared with %2")
                                              .arg(before->toString(), chartBase->toString())
                                        : tr("%1 was not published for Enterprise, nor any release before it: no chart to compare")
                                              .arg(before->toString()));
    }
    if (chartBase)
        notes.charts = UpgradePath::build(snapshot, overview.train, *chartBase, version).charts;
    return notes;
}

} // namespace ReleaseDeck
