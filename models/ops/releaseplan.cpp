// release: the OSS tag, the images' version tags and the manifest's record
// of the SaaS release.
#include "plans.h"

#include "workspace/manifestfile.h"
#include "registry/ociimage.h"
#include "plancommon.h"
#include "domain/releasetrain.h"
#include "git/lineauthor.h"

#include <QRegularExpression>

namespace ReleaseDeck::Plans {

using namespace Common;

const RepoConfig *releasedRepo(const Workspace &ws)
{
    for (const Component &c : ws.components) {
        if (c.kind == Component::Kind::Image && c.train == Component::Train::Oss)
            return ws.repo(c.repo);
    }
    return nullptr;
}

namespace {

// The image of `component` built from `commit`: its `sha-<short>` tag, or a
// tag naming the short id whose revision label is the commit.
struct BuiltImage
{
    QString tag;
    OciManifest manifest;
};

std::optional<BuiltImage> builtFrom(RegistryRepository &repo, const Component &component, const QString &commit,
                                    QString *error)
{
    const QString shortId = commit.left(7);
    QStringList candidates{QStringLiteral("sha-") + shortId};
    const auto tags = repo.tags(error);
    if (!tags)
        return std::nullopt;
    for (const QString &t : *tags) {
        if (t.contains(shortId) && !candidates.contains(t))
            candidates.append(t);
    }
    for (const QString &tag : std::as_const(candidates)) {
        if (!tags->contains(tag))
            continue;
        const auto manifest = repo.manifest(tag, error);
        if (!manifest)
            return std::nullopt;
        const auto labels = OciImage::readLabels(repo, *manifest, tag, error);
        if (!labels)
            return std::nullopt;
        if (labels->revision.isEmpty() || labels->revision == commit)
            return BuiltImage{tag, *manifest};
        if (tag == candidates.first()) {
            *error = QStringLiteral("%1:%2 says it was built from %3, not %4")
                         .arg(component.image, tag, labels->revision.left(12), commit.left(12));
            return std::nullopt;
        }
    }
    *error = QStringLiteral("no %1 image built from %2 (no tag sha-%3): build it first").arg(component.image, commit.left(12), shortId);
    return std::nullopt;
}

// How far back along a main branch a commit with built images is looked
// for: CI builds every commit, so the newest few are enough.
constexpr int kMaxWalk = 500;

// The newest commit on the first-parent line of `tip` for which every
// image in `tagSets` has a `sha-<short>` tag; empty when none of the
// newest kMaxWalk has.
QString newestBuilt(git_repository *repo, const QString &tip, const QList<QSet<QString>> &tagSets)
{
    git_oid start;
    if (git_oid_fromstr(&start, tip.toLatin1().constData()) != 0)
        return {};
    git_revwalk *raw = nullptr;
    if (git_revwalk_new(&raw, repo) != 0)
        return {};
    std::unique_ptr<git_revwalk, Git::Deleter<git_revwalk, git_revwalk_free>> walk(raw);
    git_revwalk_simplify_first_parent(walk.get());
    if (git_revwalk_push(walk.get(), &start) != 0)
        return {};
    git_oid id;
    for (int n = 0; n < kMaxWalk && git_revwalk_next(&id, walk.get()) == 0; ++n) {
        const QString commit = Git::oidToString(id);
        const QString tag = QStringLiteral("sha-") + commit.left(7);
        if (std::all_of(tagSets.cbegin(), tagSets.cend(), [&tag](const QSet<QString> &tags) { return tags.contains(tag); }))
            return commit;
    }
    return {};
}

// The revision asked for a repository: `--commit REPO=REV` or the id of
// one of its image components; a conflict between two is an error.
std::optional<QString> askedRevision(const Inputs &in, const RepoConfig &repo, const QList<const Component *> &images,
                                     QString *error)
{
    QString rev;
    QString from;
    QStringList keys{repo.id};
    for (const Component *c : images)
        keys.append(c->id);
    for (const QString &key : std::as_const(keys)) {
        const QString asked = in.componentCommits.value(key);
        if (asked.isEmpty())
            continue;
        if (!rev.isEmpty() && asked != rev) {
            *error = QStringLiteral("--commit %1=%2 and --commit %3=%4 name two commits of %5: name one")
                         .arg(from, rev, key, asked, repo.id);
            return std::nullopt;
        }
        rev = asked;
        from = key;
    }
    return rev;
}

// The step that gives `c`'s image built from `commit` the version's tag;
// its digest goes into the manifest entry.
bool addImageTag(Plan &plan, const Inputs &in, const Component &c, const QString &commit, ManifestRelease *entry,
                 QString *error, const QString &why = {})
{
    RegistryRepository *registry = in.registries ? in.registries->open(c.image, error) : nullptr;
    if (!registry)
        return false;
    QString missing;
    const auto built = builtFrom(*registry, c, commit, &missing);
    if (!built) {
        *error = QStringLiteral("%1: %2").arg(c.id, missing);
        return false;
    }
    const QString target = c.imageTag.format(in.version);
    QString ignored;
    if (const auto there = registry->manifest(target, &ignored); there && there->digest != built->manifest.digest) {
        *error = QStringLiteral("%1:%2 exists for another image (%3): a version tag is never moved")
                     .arg(c.image, target, there->digest.left(19));
        return false;
    }
    entry->images.insert(c.id, built->manifest.digest);
    RegistryOpener *registries = in.registries;
    const QString image = c.image;
    const OciManifest manifest = built->manifest;
    const QString step = QStringLiteral("image-") + c.id;
    plan.steps.append({step,
                       QStringLiteral("Tag %1:%2 as %3%4").arg(image, built->tag, target, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)),
                       manifest.digest, false,
                       [registries, image, target, manifest, step](PlanOutputs &out, QString *e) {
                           RegistryRepository *r = registries->open(image, e);
                           if (!r)
                               return false;
                           recordMade(out, step, QStringLiteral("image %1:%2").arg(image, target));
                           QString none;
                           if (const auto there = r->manifest(target, &none)) {
                               if (there->digest == manifest.digest)
                                   return true;
                               *e = QStringLiteral("%1:%2 exists for another image (%3): a version tag is never moved")
                                        .arg(image, target, there->digest.left(19));
                               return false;
                           }
                           return r->putManifest(target, manifest.bytes, manifest.mediaType, e);
                       }});
    return true;
}

// The annotated tag of `tagName` on `commit` in `remote`, then its push.
void addTagSteps(Plan &plan, const Inputs &in, GitRemote *remote, const QString &idSuffix, const QString &tagName,
                 const QString &commit, const QString &why, const QString &existing)
{
    const GitIdentity who = in.who;
    const QString v = in.version.toString();
    plan.steps.append({QStringLiteral("tag") + idSuffix,
                       QStringLiteral("Tag %1 on %2 (annotated%3)").arg(tagName, commit.left(12), why.isEmpty() ? QString() : QStringLiteral("; ") + why),
                       existing.isEmpty() ? QString() : QStringLiteral("the tag is there already"), true,
                       [remote, tagName, commit, who, v](PlanOutputs &, QString *e) {
                           return remote->createTag(tagName, commit, who, QStringLiteral("Release %1").arg(v), e);
                       },
                       [remote, tagName](const PlanOutputs &, QString *e) {
                           // Only while the remote does not have it.
                           return remote->deleteLocalTag(tagName, e);
                       }});
    const QString push = QStringLiteral("push-tag") + idSuffix;
    plan.steps.append({push, QStringLiteral("Push tag %1 to %2").arg(tagName, remote->url()), QString(),
                       false, [remote, tagName, commit, push](PlanOutputs &out, QString *e) {
                           switch (remote->pushExistingTag(tagName, e)) {
                           case GitRemote::Push::Pushed:
                           case GitRemote::Push::UpToDate:
                               recordMade(out, push, QStringLiteral("tag %1 at %2 on %3").arg(tagName, commit.left(12), remote->url()));
                               return true;
                           default:
                               return false;
                           }
                       }});
}

// The commit of `remote` an image of `version` says it was built from
// (its revision label), with how that was found; "" when none says.
QString labelledCommit(const Inputs &in, const GitRemote &remote, const QList<const Component *> &images, const Version &version,
                       QString *how = nullptr)
{
    for (const Component *c : images) {
        QString ignored;
        const QString tag = c->imageTag.format(version);
        RegistryRepository *registry = in.registries ? in.registries->open(c->image, &ignored) : nullptr;
        const auto manifest = registry ? registry->manifest(tag, &ignored) : std::nullopt;
        const auto labels = manifest ? OciImage::readLabels(*registry, *manifest, tag, &ignored) : std::nullopt;
        // Only a full commit id: a label is text anyone can write, and
        // "main" or "HEAD~3" would otherwise resolve to something.
        static const QRegularExpression fullId(QStringLiteral("^[0-9a-f]{40}$"));
        if (labels && fullId.match(labels->revision).hasMatch() && !remote.resolve(labels->revision).isEmpty()) {
            if (how)
                *how = QStringLiteral("%1:%2 was built from it").arg(c->image, tag);
            return remote.resolve(labels->revision);
        }
    }
    return {};
}

// The commit a repository other than the OSS one releases as the
// version, with how it was chosen; then its tag and image steps.
bool addComponentRelease(Plan &plan, const Inputs &in, const RepoConfig &repo, const QList<const Component *> &images,
                         ManifestRelease *entry, const std::optional<Version> &lineLast, const ManifestRelease *lineRecord,
                         QString *error)
{
    const auto it = in.others.find(repo.id);
    GitRemote *remote = it == in.others.end() ? nullptr : it->second;
    if (!remote) {
        *error = QStringLiteral("%1 builds %2 and has no clone to release it from").arg(repo.id, images.first()->id);
        return false;
    }
    const auto asked = askedRevision(in, repo, images, error);
    if (!asked)
        return false;
    const QString tagName = repo.releaseTags.isEmpty() ? QString() : repo.releaseTags.first().format(in.version);
    // The tag on the remote, or made here by a run stopped before its push.
    QString tagged = tagName.isEmpty() ? QString() : remote->tagTarget(tagName);
    if (tagged.isEmpty() && !tagName.isEmpty())
        tagged = remote->unpushedTagTarget(tagName);
    QString commit;
    QString how;
    if (!asked->isEmpty()) {
        commit = remote->resolve(*asked);
        if (commit.isEmpty()) {
            *error = QStringLiteral("'%1' is not a commit of %2 (--commit %3=%1)").arg(*asked, remote->url(), repo.id);
            return false;
        }
        how = QStringLiteral("as asked");
    } else if (!tagged.isEmpty()) {
        commit = tagged;
        how = QStringLiteral("tagged %1 already").arg(tagName);
    } else {
        // The version's image, when an earlier run gave it the tag: its commit.
        commit = labelledCommit(in, *remote, images, in.version, &how);
    }
    // A patch of an older line: by default the commit its last release
    // was, whose images CI built then; a commit asked for must contain it.
    const QString lineTag = lineLast && !repo.releaseTags.isEmpty() ? repo.releaseTags.first().format(*lineLast) : QString();
    // Without release tags, the manifest's record of that release names it.
    QString lineCommit = !lineTag.isEmpty() ? remote->tagTarget(lineTag)
                         : lineRecord       ? remote->resolve(lineRecord->commits.value(repo.id))
                                            : QString();
    // Else the commit the line's last release image was built from.
    if (lineLast && lineCommit.isEmpty() && lineTag.isEmpty())
        lineCommit = labelledCommit(in, *remote, images, *lineLast);
    if (lineLast && !commit.isEmpty() && !lineCommit.isEmpty() && commit != lineCommit
        && !comesAfter(remote->repository(), commit, lineCommit)) {
        *error = QStringLiteral("%1 %2 does not contain %3, the %4 line's last release: a patch of the line is built on it")
                     .arg(repo.id, commit.left(12), lineTag, QStringLiteral("%1.%2").arg(lineLast->major()).arg(lineLast->minor()));
        return false;
    }
    if (commit.isEmpty() && lineLast) {
        if (lineCommit.isEmpty()) {
            *error = lineTag.isEmpty()
                         ? QStringLiteral("the manifest records no commit of %1 for %2, the line's last release: name it with --commit %1=REV")
                               .arg(repo.id, lineLast->toString())
                         : QStringLiteral("%1 has no tag %2 for the line's last release: name its commit with --commit %1=REV").arg(repo.id, lineTag);
            return false;
        }
        commit = lineCommit;
        how = QStringLiteral("as in %1, the line's last release").arg(lineTag.isEmpty() ? lineLast->toString() : lineTag);
    }
    if (commit.isEmpty()) {
        const QString tip = remote->tip(QStringLiteral("main"));
        if (tip.isEmpty()) {
            *error = QStringLiteral("%1 has no branch main: name its commit with --commit %1=REV").arg(repo.id);
            return false;
        }
        QList<QSet<QString>> tagSets;
        for (const Component *c : images) {
            RegistryRepository *registry = in.registries ? in.registries->open(c->image, error) : nullptr;
            if (!registry)
                return false;
            const auto tags = registry->tags(error);
            if (!tags)
                return false;
            tagSets.append(QSet<QString>(tags->cbegin(), tags->cend()));
        }
        commit = newestBuilt(remote->repository(), tip, tagSets);
        if (commit.isEmpty()) {
            QStringList names;
            for (const Component *c : images)
                names.append(c->image);
            *error = QStringLiteral("%1: none of the newest %2 commits of %3 main has a built image (sha-<short> in %4): "
                                    "build one, or name the commit with --commit %3=REV")
                         .arg(images.first()->id)
                         .arg(kMaxWalk)
                         .arg(repo.id, names.join(QLatin1String(", ")));
            return false;
        }
        how = commit == tip ? QStringLiteral("main's tip, built by CI") : QStringLiteral("the newest commit of main built by CI");
    }
    if (!tagged.isEmpty() && tagged != commit) {
        // Only in this clone: an interrupted run made it and can undo it.
        const bool local = remote->tagTarget(tagName).isEmpty();
        *error = local ? QStringLiteral("%1 is tagged on %2 by an interrupted run, not pushed yet: resume it, or undo it "
                                        "with --rollback before releasing %3")
                             .arg(tagName, tagged.left(12), commit.left(12))
                       : QStringLiteral("%1 is tagged on %2 already, not on %3: a release tag is never moved")
                             .arg(tagName, tagged.left(12), commit.left(12));
        return false;
    }
    if (!tagName.isEmpty())
        addTagSteps(plan, in, remote, QLatin1Char('-') + repo.id, tagName, commit, repo.id + QStringLiteral(": ") + how, tagged);
    // Without a release tag, the manifest alone records the commit: the
    // image step says which and why.
    const QString why = tagName.isEmpty() ? QStringLiteral("%1 %2: %3").arg(repo.id, commit.left(12), how) : QString();
    for (const Component *c : images) {
        if (!addImageTag(plan, in, *c, commit, entry, error, why))
            return false;
    }
    entry->commits.insert(repo.id, commit);
    return true;
}

} // namespace

std::optional<Plan> release(const Inputs &in, QString *error)
{
    const WorkspaceSnapshot &snap = *in.snapshot;
    const Workspace &ws = snap.workspace;
    const QString v = in.version.toString();
    const RepoConfig *repo = releasedRepo(ws);
    if (!repo || !in.source) {
        *error = QStringLiteral("%1: no repository builds OSS images (a component with kind: image, train: oss)").arg(ws.file);
        return std::nullopt;
    }
    if (!in.version.isRelease() || in.version.isFix()) {
        *error = in.version.isFix() ? QStringLiteral("%1 is a chart fix: use fix %2").arg(v, in.version.withoutFix().toString())
                                    : QStringLiteral("%1 is a pre-release: the train releases X.Y.Z").arg(v);
        return std::nullopt;
    }
    for (auto it = in.componentCommits.cbegin(); it != in.componentCommits.cend(); ++it) {
        const Component *named = nullptr;
        for (const Component &c : ws.components) {
            if (c.kind == Component::Kind::Image && (c.id == it.key() || c.repo == it.key()))
                named = &c;
        }
        if (!named) {
            *error = QStringLiteral("--commit %1=%2: no image component or repository that builds images is called %1")
                         .arg(it.key(), it.value());
            return std::nullopt;
        }
        if (named->repo == repo->id && it.value() != in.commit) {
            *error = QStringLiteral("--commit %1=%2: %1 is built from %3, which is released from --commit %4")
                         .arg(it.key(), it.value(), repo->id, in.commit);
            return std::nullopt;
        }
    }
    const QString commit = in.source->resolve(in.commit);
    if (commit.isEmpty()) {
        *error = QStringLiteral("'%1' is not a commit of %2").arg(in.commit, in.source->url());
        return std::nullopt;
    }
    const QString tagName = repo->releaseTags.value(0, TagTemplate(QStringLiteral("{version}"))).format(in.version);
    QString existing = in.source->tagTarget(tagName);
    const bool onRemote = !existing.isEmpty();
    if (existing.isEmpty())
        existing = in.source->unpushedTagTarget(tagName); // made by a run stopped before its push
    if (!existing.isEmpty() && existing != commit) {
        *error = onRemote ? QStringLiteral("%1 is tagged on %2 already, not on %3: a release tag is never moved")
                                .arg(tagName, existing.left(12), commit.left(12))
                          : QStringLiteral("%1 is tagged on %2 by an interrupted run, not pushed yet: resume it, or undo it "
                                           "with --rollback before releasing %3")
                                .arg(tagName, existing.left(12), commit.left(12));
        return std::nullopt;
    }

    // The manifest, when the workspace keeps one.
    QString backportBranch;
    std::optional<QString> tip;
    std::optional<ManifestAtTip> current;
    if (!ws.manifestRepo.isEmpty() && in.charts) {
        tip = chartsTip(in, error);
        if (!tip)
            return std::nullopt;
        current = manifestAt(in, *tip, error);
        if (!current)
            return std::nullopt;
        if (const ManifestRelease *m = current->manifest.find(in.version)) {
            *error = m->saasDate.isValid()
                         ? QStringLiteral("%1 is released already: SaaS shipped it %2").arg(v, when(m->saasDate))
                         : QStringLiteral("%1 is in the release manifest already, as %2").arg(v, ManifestRelease::stateName(m->state));
            return std::nullopt;
        }
        // An older line's patch once main has moved past the line (a newer
        // line staged, approved or published there).
        backportBranch = branchFor(current->manifest, in.version);
        if (const ManifestRelease *published = lastPublished(current->manifest);
            backportBranch.isEmpty() && published && Version::compare(published->version, in.version) > 0) {
            *error = QStringLiteral("%1 is lower than %2, which is published").arg(v, published->version.toString());
            return std::nullopt;
        }
        if (!backportBranch.isEmpty() && in.version.patch() == 0) {
            *error = QStringLiteral("%1 would be the first release of its line, below a newer line on main: a backport is a patch "
                                    "of a published line")
                         .arg(v);
            return std::nullopt;
        }
    }
    // The train as the scan has it, read by both checks below.
    const ReleaseTrain train = ReleaseTrain::build(snap);
    // Any other release builds on the one before it: a commit without it
    // would take that release's work back out (a branch of an older line).
    if (backportBranch.isEmpty()) {
        std::optional<Version> below;
        QString belowTag;
        for (const TrainRelease &r : train.releases()) {
            if (!r.isFix() && !r.ossTag.isEmpty() && r.branch.isEmpty() && Version::compare(r.version, in.version) < 0
                && (!below || Version::compare(*below, r.version) < 0)) {
                below = r.version;
                belowTag = r.ossTag;
            }
        }
        const QString belowCommit = below ? in.source->tagTarget(belowTag) : QString();
        if (!belowCommit.isEmpty() && belowCommit != commit && !comesAfter(in.source->repository(), commit, belowCommit)) {
            *error = QStringLiteral("%1 does not contain %2, the release before %3: a release is cut from main, which holds it")
                         .arg(commit.left(12), belowTag, v);
            return std::nullopt;
        }
    }
    // A patch of an older line (a security backport): from a commit that
    // contains the line's last release, for a line that is supported.
    std::optional<Version> lineLast;
    if (!backportBranch.isEmpty()) {
        if (!lineSupported(in, in.version, error))
            return std::nullopt;
        for (const TrainRelease &r : train.releases()) {
            if (!r.isFix() && !r.ossTag.isEmpty() && r.version.major() == in.version.major()
                && r.version.minor() == in.version.minor() && Version::compare(r.version, in.version) < 0)
                lineLast = r.version;
        }
        if (!lineLast) {
            *error = QStringLiteral("the %1.%2 line has no OSS release before %3 to patch").arg(in.version.major()).arg(in.version.minor()).arg(v);
            return std::nullopt;
        }
        const TagTemplate tags = repo->releaseTags.value(0, TagTemplate(QStringLiteral("{version}")));
        const QString lastTag = tags.format(*lineLast);
        const QString lastCommit = in.source->tagTarget(lastTag);
        if (lastCommit.isEmpty() || (lastCommit != commit && !comesAfter(in.source->repository(), commit, lastCommit))) {
            *error = QStringLiteral("%1 does not contain %2, the %3.%4 line's last release: branch the backport from it")
                         .arg(commit.left(12), lastTag)
                         .arg(in.version.major())
                         .arg(in.version.minor());
            return std::nullopt;
        }
        // Nor a newer line's work: the first release above the line must
        // not be in it (main's tip would ship 0.74 and 0.75 as 0.73.1).
        std::optional<Version> nextLine;
        for (const TrainRelease &r : train.releases()) {
            const bool above = r.version.major() > in.version.major()
                               || (r.version.major() == in.version.major() && r.version.minor() > in.version.minor());
            if (above && !r.isFix() && !r.ossTag.isEmpty() && (!nextLine || Version::compare(r.version, *nextLine) < 0))
                nextLine = r.version;
        }
        if (nextLine) {
            const QString nextTag = tags.format(*nextLine);
            const QString nextCommit = in.source->tagTarget(nextTag);
            if (!nextCommit.isEmpty() && (nextCommit == commit || comesAfter(in.source->repository(), commit, nextCommit))) {
                *error = QStringLiteral("%1 contains %2, a newer line's release: a backport of %3.%4 is cut from %5, not from main")
                             .arg(commit.left(12), nextTag)
                             .arg(in.version.major())
                             .arg(in.version.minor())
                             .arg(lastTag);
                return std::nullopt;
            }
        }
    }

    Plan plan;
    plan.id = QStringLiteral("release-%1-%2").arg(v, commit.left(12));
    plan.title = QStringLiteral("Release %1 from %2 %3").arg(v, repo->id, commit.left(12));
    addTagSteps(plan, in, in.source, QString(), tagName, commit, QString(), existing);

    // Every image the repository builds, found by the commit, gets the version's tag.
    ManifestRelease entry;
    entry.version = in.version;
    entry.ossCommit = commit;
    // SaaS runs the newest release: a patch of an older line never reaches it.
    if (backportBranch.isEmpty())
        entry.saasDate = in.now.toUTC();
    entry.branch = backportBranch;
    if (!backportBranch.isEmpty())
        plan.title = QStringLiteral("Release %1 from %2 %3, a patch of the %4.%5 line (SaaS is not involved)")
                         .arg(v, repo->id, commit.left(12))
                         .arg(in.version.major())
                         .arg(in.version.minor());
    for (const Component &c : ws.components) {
        if (c.kind != Component::Kind::Image || c.repo != repo->id)
            continue;
        if (!addImageTag(plan, in, c, commit, &entry, error))
            return std::nullopt;
    }

    // Every other repository that builds an image gives the version too.
    for (const RepoConfig &other : ws.repos) {
        if (other.id == repo->id)
            continue;
        QList<const Component *> images;
        for (const Component &c : ws.components) {
            if (c.kind == Component::Kind::Image && c.repo == other.id)
                images.append(&c);
        }
        if (images.isEmpty())
            continue;
        if (!addComponentRelease(plan, in, other, images, &entry, lineLast,
                                 lineLast && current ? current->manifest.find(*lineLast) : nullptr, error))
            return std::nullopt;
    }

    if (!entry.commits.isEmpty()) {
        QStringList from{QStringLiteral("%1 %2").arg(repo->id, commit.left(12))};
        for (auto it = entry.commits.cbegin(); it != entry.commits.cend(); ++it)
            from.append(QStringLiteral("%1 %2").arg(it.key(), it.value().left(12)));
        plan.title = QStringLiteral("Release %1 from %2%3")
                         .arg(v, from.join(QLatin1String(", ")),
                              backportBranch.isEmpty() ? QString() : QStringLiteral(", a patch of an older line (SaaS is not involved)"));
    }

    if (!current) {
        plan.warnings.append(QStringLiteral("the workspace keeps no release manifest: the SaaS date is not recorded"));
        return plan;
    }
    entry.audit.append({in.who.when.toUTC(), identity(in.who), QStringLiteral("release"), in.note});
    const QString name = manifestName(ws);
    const auto after = ManifestFile::appendRelease(current->text.isEmpty() ? ManifestFile::empty() : current->text, entry, name, error);
    if (!after)
        return std::nullopt;
    addCommitAndPush(plan, in, *tip, {{ws.manifestPath, *after}},
                     QString::fromLatin1(backportBranch.isEmpty() ? "Release %1 to OSS and SaaS\n\nFrom %2 %3.%4\n"
                                                             : "Release %1, a patch of an older line\n\nFrom %2 %3.%4\n")
                         .arg(v, repo->id, commit, in.note.isEmpty() ? QString() : QStringLiteral("\n\n") + in.note),
                     diffText({ws.manifestPath, current->text, *after}));
    return plan;
}

} // namespace ReleaseDeck::Plans
