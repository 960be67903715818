// release: the OSS tag, the images' version tags and the manifest's record
// of the SaaS release.
#include "plans.h"

#include "workspace/manifestfile.h"
#include "registry/ociimage.h"
#include "plancommon.h"

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
    const QString commit = in.source->resolve(in.commit);
    if (commit.isEmpty()) {
        *error = QStringLiteral("'%1' is not a commit of %2").arg(in.commit, in.source->url());
        return std::nullopt;
    }
    const QString tagName = repo->releaseTags.value(0, TagTemplate(QStringLiteral("{version}"))).format(in.version);
    const QString existing = in.source->tagTarget(tagName);
    if (!existing.isEmpty() && existing != commit) {
        *error = QStringLiteral("%1 is tagged on %2 already, not on %3: a release tag is never moved")
                     .arg(tagName, existing.left(12), commit.left(12));
        return std::nullopt;
    }

    // The manifest, when the workspace keeps one.
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
        if (const ManifestRelease *published = lastPublished(current->manifest);
            published && Version::compare(published->version, in.version) > 0) {
            *error = QStringLiteral("%1 is lower than %2, which is published").arg(v, published->version.toString());
            return std::nullopt;
        }
    }

    Plan plan;
    plan.id = QStringLiteral("release-%1-%2").arg(v, commit.left(12));
    plan.title = QStringLiteral("Release %1 from %2 %3").arg(v, repo->id, commit.left(12));
    GitRemote *source = in.source;
    const GitIdentity who = in.who;
    plan.steps.append({QStringLiteral("tag"), QStringLiteral("Tag %1 on %2 (annotated)").arg(tagName, commit.left(12)),
                       existing.isEmpty() ? QString() : QStringLiteral("the tag is there already"), true,
                       [source, tagName, commit, who, v](PlanOutputs &, QString *e) {
                           return source->createTag(tagName, commit, who, QStringLiteral("Release %1").arg(v), e);
                       },
                       [source, tagName](const PlanOutputs &, QString *e) {
                           // Only while the remote does not have it.
                           return source->deleteLocalTag(tagName, e);
                       }});
    plan.steps.append({QStringLiteral("push-tag"), QStringLiteral("Push tag %1 to %2").arg(tagName, source->url()), QString(), false,
                       [source, tagName](PlanOutputs &, QString *e) {
                           switch (source->pushExistingTag(tagName, e)) {
                           case GitRemote::Push::Pushed:
                           case GitRemote::Push::UpToDate:
                               return true;
                           default:
                               return false;
                           }
                       }});

    // Every image the repository builds, found by the commit, gets the version's tag.
    ManifestRelease entry;
    entry.version = in.version;
    entry.ossCommit = commit;
    entry.saasDate = in.now.toUTC();
    for (const Component &c : ws.components) {
        if (c.kind != Component::Kind::Image || c.repo != repo->id)
            continue;
        RegistryRepository *registry = in.registries ? in.registries->open(c.image, error) : nullptr;
        if (!registry)
            return std::nullopt;
        const auto built = builtFrom(*registry, c, commit, error);
        if (!built)
            return std::nullopt;
        const QString target = c.imageTag.format(in.version);
        QString ignored;
        if (const auto there = registry->manifest(target, &ignored); there && there->digest != built->manifest.digest) {
            *error = QStringLiteral("%1:%2 exists for another image (%3): a version tag is never moved")
                         .arg(c.image, target, there->digest.left(19));
            return std::nullopt;
        }
        entry.images.insert(c.id, built->manifest.digest);
        RegistryOpener *registries = in.registries;
        const QString image = c.image;
        const OciManifest manifest = built->manifest;
        plan.steps.append({QStringLiteral("image-") + c.id,
                           QStringLiteral("Tag %1:%2 as %3").arg(image, built->tag, target), manifest.digest, false,
                           [registries, image, target, manifest](PlanOutputs &, QString *e) {
                               RegistryRepository *r = registries->open(image, e);
                               if (!r)
                                   return false;
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
                     QStringLiteral("Release %1 to OSS and SaaS\n\nFrom %2 %3.%4\n")
                         .arg(v, repo->id, commit, in.note.isEmpty() ? QString() : QStringLiteral("\n\n") + in.note),
                     diffText({ws.manifestPath, current->text, *after}));
    return plan;
}

} // namespace ReleaseDeck::Plans
