#include "contentmapping.h"

#include "domain/printable.h"

#include "git/releaselabels.h"
#include "git/tagreader.h"
#include "registry/registrycheck.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <QSet>

#include <vector>

namespace ReleaseDeck {

namespace {

QString key(const QString &a, const QString &b)
{
    return a + QLatin1Char('\n') + b;
}

bool isCommitHex(const QString &text)
{
    if (text.size() < 7 || text.size() > 40)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

ContentMapping ContentMapping::build(const WorkspaceSnapshot &snapshot)
{
    ContentMapping m;
    const Workspace &ws = snapshot.workspace;
    const ImageRefIndex refs(snapshot);
    QHash<QString, const ReleaseTag *> releaseByTag;
    for (const ReleaseTag &t : snapshot.releases)
        releaseByTag.insert(key(t.repo, t.tag), &t);

    auto mapped = [&](const ImageRef &r) {
        MappedImage i;
        i.repository = r.repository;
        i.tag = r.value;
        if (const Component *builder = ws.imageComponentFor(r.repository))
            i.component = builder->id;
        i.commit = r.commit;
        i.how = r.commit.isEmpty() ? ImageRef::How::None : r.how;
        if (const ReleaseTag *t = releaseByTag.value(key(r.resolvedRepo, r.earliestRelease))) {
            i.release = t->version.toString();
            i.releaseRepo = t->repo;
        }
        i.file = r.file;
        i.line = r.line;
        i.path = r.path;
        i.envName = r.envName;
        i.repo = r.repo;
        return i;
    };

    for (const ChartRelease &chart : snapshot.charts) {
        // A tag that holds no version names no release: listing it under
        // its Chart.yaml's number would show that number twice.
        if (!chart.tagVersion) {
            m.problems.append(QStringLiteral("chart %1: tag %2 holds no version, so it maps to nothing and is left out")
                                  .arg(printableName(chart.chart, 80), printableName(chart.tag, 120)));
            continue;
        }
        const Component *component = ws.component(chart.component);
        MappedChart c;
        c.chart = chart.chart;
        c.component = chart.component;
        c.version = chart.tagVersion ? chart.tagVersion->toString() : chart.version;
        c.tag = chart.tag;
        c.date = chart.date;
        c.independent = component && component->isIndependentAt(c.version);
        QSet<QString> seen;
        for (const ImageRef *ref : refs.at(chart)) {
            if (ref->repository.isEmpty() && ref->value.isEmpty())
                continue;
            if (seen.contains(key(ref->repository, ref->value)))
                continue;
            seen.insert(key(ref->repository, ref->value));
            c.images.append(mapped(*ref));
        }
        const ContentLink link = linkByContent(chart, snapshot, refs);
        if (link.release) {
            c.deploys = link.release->version.toString();
            c.deploysRepo = link.release->repo;
        }
        c.summary = link.describe(chart);
        // A unified chart is joined by its number; its content is shown all the same.
        if (!c.independent && !link.mapsToTrain())
            c.summary = QStringLiteral("chart %1 %2 carries the train's number and is joined to release %2 by it")
                            .arg(chart.chart, c.version);
        m.charts.append(c);
    }
    // Each chart's releases in version order, as the tags sort.
    std::stable_sort(m.charts.begin(), m.charts.end(), [](const MappedChart &a, const MappedChart &b) {
        if (a.component != b.component)
            return a.component < b.component;
        const auto va = Version::parse(a.version), vb = Version::parse(b.version);
        if (va && vb)
            return Version::compare(*va, *vb) < 0;
        return va.has_value() > vb.has_value();
    });
    for (const ImageRef &ref : snapshot.workflowRefs)
        m.workflowPins.append(mapped(ref));
    for (const MappedChart &c : std::as_const(m.charts)) {
        for (const MappedImage &i : c.images)
            m.unlabelled += i.commit.isEmpty() && !i.component.isEmpty() && ws.locate(i.repository).registry && i.how == ImageRef::How::None;
    }
    return m;
}

void ContentMapping::applyRegistryLabels(WorkspaceSnapshot &snapshot, ScanControl *control, QStringList *problems)
{
    const Workspace &ws = snapshot.workspace;
    ArtifactPlan plan;
    plan.components = {QStringLiteral("images")};
    QHash<QString, int> artifactOf;
    std::vector<ImageRef *> asked;
    for (QList<ImageRef> *list : {&snapshot.imageRefs, &snapshot.headImageRefs, &snapshot.workflowRefs}) {
        for (ImageRef &ref : *list) {
            if (!ref.commit.isEmpty() || ref.value.isEmpty())
                continue;
            const Component *builder = ws.imageComponentFor(ref.repository);
            const RegistryLocation where = ws.locate(ref.repository);
            if (!builder || !where.registry)
                continue;
            asked.push_back(&ref);
            const QString k = key(ref.repository, ref.value);
            if (artifactOf.contains(k))
                continue;
            ExpectedArtifact a;
            a.release = 0;
            a.column = 0;
            a.component = builder->id;
            a.kind = Component::Kind::Image;
            a.registry = where.registry->id;
            a.repositoryName = ref.repository;
            a.repository = where.repository;
            a.version = ref.value;
            a.tag = ref.value;
            a.why = QStringLiteral("its revision label maps it to a commit");
            artifactOf.insert(k, int(plan.artifacts.size()));
            plan.artifacts.append(a);
        }
    }
    if (plan.artifacts.isEmpty())
        return;
    const RegistryReport report = RegistryCheck::run(ws, plan, 1, control);
    problems->append(report.problems);
    if (control && control->isCancelled())
        return;

    // The revisions found, resolved in the repository building each image.
    QMap<QString, QList<ImageRef *>> byRepo; // in name order: problems come out the same each run
    for (ImageRef *ref : asked) {
        const ArtifactStatus &s = report.status.at(artifactOf.value(key(ref->repository, ref->value)));
        const QString revision = s.revision.trimmed().toLower();
        if (!isCommitHex(revision))
            continue;
        byRepo[ws.imageComponentFor(ref->repository)->repo].append(ref);
    }
    for (auto it = byRepo.cbegin(); it != byRepo.cend(); ++it) {
        const RepoConfig *config = ws.repo(it.key());
        QString error;
        Git::RepositoryPtr repo = config ? openRepository(config->path, &error) : nullptr;
        if (!repo) {
            problems->append(QStringLiteral("%1: %2").arg(it.key(), error));
            continue;
        }
        git_odb *rawOdb = nullptr;
        if (git_repository_odb(&rawOdb, repo.get()) != 0) {
            problems->append(QStringLiteral("%1: %2").arg(it.key(), Git::lastError()));
            continue;
        }
        Git::OdbPtr odb(rawOdb);
        std::vector<const ReleaseTag *> releases;
        std::vector<ReleaseLabels::Release> order;
        for (const ReleaseTag &t : snapshot.releases) {
            git_oid id;
            if (t.repo == it.key() && t.version.isRelease() && git_oid_fromstr(&id, t.commit.toLatin1().constData()) == 0) {
                order.push_back({id, int(releases.size())});
                releases.push_back(&t);
            }
        }
        ReleaseLabels labels;
        const bool labelled = labels.build(repo.get(), order, control, &error);
        if (!labelled && !(control && control->isCancelled()))
            problems->append(QStringLiteral("%1: %2").arg(it.key(), error));
        for (ImageRef *ref : it.value()) {
            const ArtifactStatus &s = report.status.at(artifactOf.value(key(ref->repository, ref->value)));
            const QByteArray hex = s.revision.trimmed().toLower().toLatin1();
            git_oid prefix, full;
            size_t size = 0;
            git_object_t type = GIT_OBJECT_INVALID;
            if (git_oid_fromstrn(&prefix, hex.constData(), size_t(hex.size())) != 0
                || git_odb_exists_prefix(&full, odb.get(), &prefix, size_t(hex.size())) != 0
                || git_odb_read_header(&size, &type, odb.get(), &full) != 0 || type != GIT_OBJECT_COMMIT)
                continue; // a revision this repository does not hold says nothing here
            ref->how = ImageRef::How::Label;
            ref->resolvedRepo = it.key();
            ref->commit = Git::oidToString(full);
            if (labelled) {
                const int rank = labels.rankOf(full);
                if (rank >= 0)
                    ref->earliestRelease = releases[size_t(rank)]->tag;
            }
        }
    }
}

} // namespace ReleaseDeck
