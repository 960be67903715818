#include "artifactcheck.h"

namespace ReleaseDeck {

QString ociTagFor(const QString &version)
{
    QString tag = version;
    return tag.replace(QLatin1Char('+'), QLatin1Char('_'));
}

QString ArtifactStatus::stateName(State s)
{
    switch (s) {
    case State::Present:
        return ArtifactPlan::tr("present");
    case State::Mismatch:
        return ArtifactPlan::tr("mismatch");
    case State::Missing:
        return ArtifactPlan::tr("missing");
    case State::NotYet:
        return ArtifactPlan::tr("not yet");
    case State::Unreachable:
        return ArtifactPlan::tr("unreachable");
    case State::NoRegistry:
        return ArtifactPlan::tr("no registry");
    }
    return {};
}

namespace {

// The same commit, when one side may be abbreviated (at least 7 digits).
bool sameCommit(const QString &a, const QString &b)
{
    if (a.size() < 7 || b.size() < 7)
        return false;
    return a.size() <= b.size() ? b.startsWith(a, Qt::CaseInsensitive) : a.startsWith(b, Qt::CaseInsensitive);
}

// `ghcr.io/openhands/charts/runtime-api` for the former chart name
// `runtime-api-helm` → `ghcr.io/openhands/charts/runtime-api-helm`.
QString withLastSegment(const QString &name, const QString &segment)
{
    const int slash = name.lastIndexOf(QLatin1Char('/'));
    return name.left(slash + 1) + segment;
}

// Where a chart was published under its former names.
QStringList chartAliasRepositories(const Component &c)
{
    QStringList out;
    for (const QString &alias : c.aliases) {
        if (!c.oci.isEmpty())
            out.append(withLastSegment(c.oci, alias));
    }
    return out;
}

void locate(const Workspace &workspace, ExpectedArtifact &a)
{
    const RegistryLocation where = workspace.locate(a.repositoryName);
    a.repository = where.repository;
    if (where.registry)
        a.registry = where.registry->id;
}

} // namespace

QList<const Component *> ArtifactPlan::columns(const Workspace &workspace)
{
    QList<const Component *> out;
    for (const Component &c : workspace.components) {
        if (c.kind == Component::Kind::Image)
            out.append(&c);
    }
    for (const Component &c : workspace.components) {
        if (c.kind == Component::Kind::Chart)
            out.append(&c);
    }
    return out;
}

namespace {

// The reference through which a release's charts deploy an independent
// image: its tag is the image's own number, not the release's.
const ImageRef *independentImage(const WorkspaceSnapshot &snapshot, const ImageRefIndex &refs, const TrainRelease &release,
                                 const Component &image)
{
    const bool pending = release.enterprise == TrainRelease::Enterprise::Pending;
    QList<const ChartRelease *> charts;
    for (int i : release.charts)
        charts.append(&snapshot.charts.at(i));
    if (pending) {
        for (int i : release.headCharts)
            charts.append(&snapshot.headCharts.at(i));
    }
    const ImageRef *found = nullptr;
    for (const ChartRelease *chart : charts) {
        for (const ImageRef *ref : refs.at(*chart)) {
            if (image.buildsImage(ref->repository) && !ref->value.isEmpty())
                found = ref; // the newest chart's, as charts are in version order
        }
    }
    return found;
}

} // namespace

ArtifactPlan ArtifactPlan::build(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train)
{
    ArtifactPlan plan;
    const Workspace &workspace = snapshot.workspace;
    const QList<const Component *> columns = ArtifactPlan::columns(workspace);
    for (const Component *c : std::as_const(columns))
        plan.components.append(c->id);

    // Release tags by repository and version.
    QHash<QString, const ReleaseTag *> tags;
    for (const ReleaseTag &t : snapshot.releases)
        tags.insert(t.repo + QLatin1Char('\n') + t.version.toString(), &t);

    const ImageRefIndex refs(snapshot);
    const QList<TrainRelease> &releases = train.releases();
    for (int r = 0; r < releases.size(); ++r) {
        const TrainRelease &release = releases.at(r);
        for (int col = 0; col < columns.size(); ++col) {
            const Component &c = *columns.at(col);
            ExpectedArtifact a;
            a.release = r;
            a.column = col;
            a.component = c.id;
            a.kind = c.kind;
            a.version = release.text();
            if (c.kind == Component::Kind::Image && c.isIndependent()) {
                // Numbers of its own: what the release's charts deploy of it.
                const ImageRef *deployed = independentImage(snapshot, refs, release, c);
                if (!deployed)
                    continue;
                a.repositoryName = c.image;
                a.aliasRepositories = c.aliases;
                a.version = deployed->imageVersion.isEmpty() ? deployed->value : deployed->imageVersion;
                a.tag = deployed->value;
                a.expectedCommit = deployed->commit;
                a.required = release.enterprise == TrainRelease::Enterprise::Published;
                a.why = a.required ? tr("deployed by a published chart") : tr("deployed by the staged charts");
            } else if (c.kind == Component::Kind::Image) {
                if (release.isFix())
                    continue; // a chart-only fix ships the images of the release it fixes
                a.repositoryName = c.image;
                a.aliasRepositories = c.aliases;
                a.tag = ociTagFor(c.imageTag.format(release.version));
                if (const ReleaseTag *t = tags.value(c.repo + QLatin1Char('\n') + release.text())) {
                    a.gitTag = t->tag;
                    a.expectedCommit = t->commit;
                }
                const bool shipped = c.train == Component::Train::Saas ? release.saasDate.isValid()
                                                                         : !release.ossTag.isEmpty();
                a.required = shipped;
                a.why = shipped ? (c.train == Component::Train::Saas ? tr("shipped to SaaS") : tr("released as OSS"))
                                : tr("not released yet");
            } else {
                const bool published = release.isFix() || release.enterprise == TrainRelease::Enterprise::Published;
                const bool pending = release.enterprise == TrainRelease::Enterprise::Pending;
                if (!published && !pending)
                    continue; // never meant for Enterprise
                const QList<ChartRelease> &source = published ? snapshot.charts : snapshot.headCharts;
                const QList<int> &indices = published ? release.charts : release.headCharts;
                const ChartRelease *chart = nullptr;
                for (int i : indices) {
                    const ChartRelease &candidate = source.at(i);
                    if (candidate.component == c.id && candidate.found) {
                        chart = &candidate;
                        break;
                    }
                }
                if (!chart)
                    continue;
                a.repositoryName = c.oci;
                a.aliasRepositories = chartAliasRepositories(c);
                a.tag = ociTagFor(chart->version);
                a.gitTag = chart->tag;
                a.expectedCommit = chart->commit;
                a.chartVersion = chart->version;
                a.chartAppVersion = chart->appVersion;
                a.required = published;
                a.why = published ? tr("published to Enterprise") : tr("staged; published after approval");
            }
            if (!a.repositoryName.isEmpty())
                locate(workspace, a);
            plan.artifacts.append(a);
        }
    }
    return plan;
}

ArtifactPlan ArtifactPlan::gate(const WorkspaceSnapshot &snapshot, const QList<ImageRef> &refs,
                                const QList<ChartRelease> &charts, QStringList *unchecked)
{
    ArtifactPlan plan;
    const Workspace &workspace = snapshot.workspace;
    const QList<const Component *> columns = ArtifactPlan::columns(workspace);
    for (const Component *c : std::as_const(columns))
        plan.components.append(c->id);
    // The repository whose commit the manifest's ossCommit names.
    QString ossRepo;
    for (const Component &c : workspace.components) {
        if (c.kind == Component::Kind::Image && c.train == Component::Train::Oss && ossRepo.isEmpty())
            ossRepo = c.repo;
    }
    QHash<QString, const ReleaseTag *> tags;
    for (const ReleaseTag &t : snapshot.releases)
        tags.insert(t.repo + QLatin1Char('\n') + t.version.toString(), &t);

    QSet<QString> seen;
    for (const ImageRef &ref : refs) {
        const Component *c = workspace.imageComponentFor(ref.repository);
        if (!c) {
            if (unchecked && !ref.repository.isEmpty()) {
                const QString line = QStringLiteral("%1:%2").arg(ref.repository, ref.value);
                if (!unchecked->contains(line))
                    unchecked->append(line);
            }
            continue;
        }
        const QString key = c->id + QLatin1Char('\n') + ref.value;
        if (ref.value.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        ExpectedArtifact a;
        a.release = 0;
        a.column = int(columns.indexOf(c));
        a.component = c->id;
        a.kind = Component::Kind::Image;
        a.repositoryName = c->image;
        a.aliasRepositories = c->aliases;
        a.tag = ociTagFor(ref.value);
        a.required = true;
        a.why = tr("deployed by %1:%2").arg(ref.file).arg(ref.line);
        if (const auto v = c->imageTag.match(ref.value)) {
            a.version = v->toString();
            const ManifestRelease *m = snapshot.manifest.find(*v);
            const QString recorded = !m ? QString() : c->repo == ossRepo ? m->ossCommit : m->commits.value(c->repo);
            if (!recorded.isEmpty()) {
                a.expectedCommit = recorded;
                a.gitTag = tr("the manifest's %1 for %2").arg(c->repo == ossRepo ? QStringLiteral("ossCommit") : c->repo, a.version);
            } else if (const ReleaseTag *t = tags.value(c->repo + QLatin1Char('\n') + a.version)) {
                a.expectedCommit = t->commit;
                a.gitTag = t->tag;
            }
        } else {
            a.version = ref.value;
            if (!ref.commit.isEmpty()) {
                a.expectedCommit = ref.commit;
                a.gitTag = ref.value;
            }
        }
        locate(workspace, a);
        plan.artifacts.append(a);
    }
    for (const ChartRelease &chart : charts) {
        const Component *c = workspace.component(chart.component);
        if (!c || c->kind != Component::Kind::Chart || !chart.found)
            continue;
        ExpectedArtifact a;
        a.release = 0;
        a.column = int(columns.indexOf(c));
        a.component = c->id;
        a.kind = Component::Kind::Chart;
        a.repositoryName = c->oci;
        a.aliasRepositories = chartAliasRepositories(*c);
        a.version = chart.version;
        a.tag = ociTagFor(chart.version);
        a.gitTag = chart.tag.isEmpty() ? tr("the charts at %1").arg(chart.commit.left(12)) : chart.tag;
        a.expectedCommit = chart.commit;
        a.chartVersion = chart.version;
        a.chartAppVersion = chart.appVersion;
        a.required = false;
        a.why = tr("not published yet");
        if (!a.repositoryName.isEmpty())
            locate(workspace, a);
        plan.artifacts.append(a);
    }
    return plan;
}

ArtifactStatus ArtifactPlan::judge(const ExpectedArtifact &a, ArtifactStatus found)
{
    using State = ArtifactStatus::State;
    if (a.repositoryName.isEmpty()) {
        found.state = State::NoRegistry;
        found.detail = tr("component '%1' has no 'oci' location in the workspace").arg(a.component);
        return found;
    }
    if (found.state == State::Missing && !a.required) {
        found.state = State::NotYet;
        found.detail = tr("%1: %2").arg(a.reference(), a.why);
        return found;
    }
    if (found.state != State::Present)
        return found;

    QStringList disagreements;
    if (a.kind == Component::Kind::Image) {
        if (!found.revision.isEmpty() && !a.expectedCommit.isEmpty() && !sameCommit(found.revision, a.expectedCommit))
            disagreements.append(tr("built from %1, but %2 is at %3")
                                     .arg(found.revision.left(12), a.gitTag, a.expectedCommit.left(12)));
        if (disagreements.isEmpty()) {
            if (found.revision.isEmpty())
                found.detail = tr("no revision label: which commit it was built from is unknown");
            else if (a.expectedCommit.isEmpty())
                found.detail = tr("built from %1; no release tag of %2 to compare with").arg(found.revision.left(12), a.version);
            else
                found.detail = tr("built from %1, as %2").arg(found.revision.left(12), a.gitTag);
            // The commit decides; a version label differs when an image was
            // given a further tag, as a patch release reusing it does.
            if (!found.labelVersion.isEmpty() && found.labelVersion != a.version
                && found.labelVersion != QLatin1Char('v') + a.version)
                found.detail += tr(" (built as %1 and tagged again)").arg(found.labelVersion);
        }
    } else {
        if (found.chartVersion != a.chartVersion)
            disagreements.append(tr("chart version %1, but %2 has %3").arg(found.chartVersion, a.gitTag, a.chartVersion));
        if (found.chartAppVersion != a.chartAppVersion)
            disagreements.append(tr("appVersion %1, but %2 has %3")
                                     .arg(found.chartAppVersion, a.gitTag, a.chartAppVersion));
        if (disagreements.isEmpty())
            found.detail = a.required ? tr("Chart.yaml agrees with %1").arg(a.gitTag)
                                      : tr("in the registry before it was published");
    }
    if (!disagreements.isEmpty()) {
        found.state = State::Mismatch;
        found.detail = disagreements.join(QLatin1String("; "));
    }
    return found;
}

int RegistryReport::find(int release, int column) const
{
    return m_index.value((quint64(quint32(release)) << 32) | quint32(column), -1);
}

void RegistryReport::summarise(int releaseCount)
{
    using State = ArtifactStatus::State;
    completeness = QList<Completeness>(releaseCount);
    m_index.clear();
    for (int i = 0; i < plan.artifacts.size(); ++i) {
        const ExpectedArtifact &a = plan.artifacts.at(i);
        const ArtifactStatus &s = status.at(i);
        m_index.insert((quint64(quint32(a.release)) << 32) | quint32(a.column), i);
        Completeness &c = completeness[a.release];
        if (s.state == State::Mismatch)
            ++c.mismatched;
        else if (s.state == State::Missing)
            ++c.missing;
        if (a.required) {
            ++c.required;
            if (s.state == State::Present)
                ++c.present;
            else if (!s.isProblem())
                ++c.unknown;
        }
        c.problems = c.missing + c.mismatched;
    }
}

} // namespace ReleaseDeck
