#include "snapshot.h"

#include <algorithm>

namespace ReleaseDeck {

namespace {

bool isLowerHex(QStringView s)
{
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool isHex(QStringView s)
{
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

bool hasHexLetter(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c >= u'a' && c <= u'f'; });
}

} // namespace

// Tens of thousands of tags pass here in a scan: views, and one copy at most.
QString ImageRef::commitIdIn(const QString &tag)
{
    QStringView t(tag);
    if (t.startsWith(u"sha-")) {
        // sha-<hex>[-suffix]: CI may print the id in upper case.
        t = t.mid(4);
        if (const qsizetype dash = t.indexOf(u'-'); dash >= 0)
            t = t.left(dash);
        if (t.size() < 7 || t.size() > 40 || !isHex(t))
            return QString();
        return isLowerHex(t) ? t.toString() : t.toString().toLower();
    }
    if (t.size() > 41 && t[40] == u'-' && isLowerHex(t.left(40)))
        return t.left(40).toString();
    else if (!hasHexLetter(t))
        return QString(); // all digits: a build number or date, not a commit id
    if (t.size() < 7 || t.size() > 40 || !isLowerHex(t))
        return QString();
    return tag;
}

QString ImageRef::statusName(Status s)
{
    switch (s) {
    case Status::Resolved:
        return QStringLiteral("resolved");
    case Status::NotFound:
        return QStringLiteral("not-found");
    case Status::Ambiguous:
        return QStringLiteral("ambiguous");
    case Status::Unmapped:
        return QStringLiteral("unmapped");
    case Status::NotASha:
        return QStringLiteral("not-a-sha");
    case Status::Shallow:
        return QStringLiteral("shallow");
    }
    return QString();
}

QString ImageRef::howName(How h)
{
    switch (h) {
    case How::Sha:
        return QStringLiteral("sha");
    case How::VersionTag:
        return QStringLiteral("version-tag");
    case How::Label:
        return QStringLiteral("label");
    case How::None:
        break;
    }
    return QStringLiteral("none");
}

bool ImageRef::carriesVersion(const QString &tag, const QString &version)
{
    return tag == version || (tag.size() > version.size() && tag.startsWith(version) && tag[version.size()] == u'-');
}

ImageRefIndex::ImageRefIndex(const WorkspaceSnapshot &snapshot)
{
    for (const QList<ImageRef> *list : {&snapshot.imageRefs, &snapshot.headImageRefs}) {
        for (const ImageRef &ref : *list)
            m_refs[ref.repo + QLatin1Char('\n') + ref.tag].append(&ref);
    }
}

QList<const ImageRef *> ImageRefIndex::at(const QString &repo, const QString &tag) const
{
    return m_refs.value(repo + QLatin1Char('\n') + tag);
}

RepoTrains repoTrains(const Workspace &workspace, const QString &repoId)
{
    RepoTrains out;
    bool anyOss = false, charts = false, independent = false;
    for (const Component &c : workspace.components) {
        const bool unifiedOss = c.kind == Component::Kind::Image && !c.isIndependent() && c.train == Component::Train::Oss;
        anyOss = anyOss || unifiedOss;
        if (c.repo != repoId)
            continue;
        if (c.kind == Component::Kind::Chart)
            charts = true;
        else if (c.isIndependent())
            independent = true;
        else
            (c.train == Component::Train::Saas ? out.saas : out.oss) = true;
    }
    // No OSS image named: every repository with release tags of its own
    // that holds no chart and builds no independent image is taken for OSS.
    const RepoConfig *repo = workspace.repo(repoId);
    if (!anyOss && repo && !repo->releaseTags.isEmpty() && !charts && !independent)
        out.oss = true;
    return out;
}

ContentLink linkByContent(const ChartRelease &chart, const WorkspaceSnapshot &snapshot, const ImageRefIndex &refs)
{
    ContentLink link;
    const Workspace &ws = snapshot.workspace;
    const Component *component = ws.component(chart.component);
    const Component *deploys = component ? ws.component(component->deploysImage) : nullptr;
    const QList<const ImageRef *> list = refs.at(chart);
    const QString ownValues = chart.path.isEmpty() ? QStringLiteral("values.yaml") : chart.path + QLatin1String("/values.yaml");
    // The top-level image of the chart's own values, else the first
    // reference to the image its component names.
    for (const ImageRef *ref : list) {
        if (ref->file == ownValues && ref->path == QLatin1String("image")) {
            link.image = ref;
            break;
        }
    }
    if (deploys && (!link.image || !deploys->buildsImage(link.image->repository))) {
        for (const ImageRef *ref : list) {
            if (deploys->buildsImage(ref->repository)) {
                link.image = ref;
                break;
            }
        }
    }
    if (!link.image)
        return link;
    const Component *builder = ws.imageComponentFor(link.image->repository);
    if (builder)
        link.imageComponent = builder->id;
    if (link.image->earliestRelease.isEmpty() || link.image->resolvedRepo.isEmpty())
        return link;
    for (const ReleaseTag &t : snapshot.releases) {
        if (t.repo == link.image->resolvedRepo && t.tag == link.image->earliestRelease) {
            link.release = &t;
            break;
        }
    }
    if (link.release) {
        const RepoTrains trains = repoTrains(ws, link.release->repo);
        if (trains.oss)
            link.train = Component::Train::Oss;
        else if (trains.saas)
            link.train = Component::Train::Saas;
    }
    return link;
}

QString ContentLink::describe(const ChartRelease &chart) const
{
    const QString what = QStringLiteral("chart %1 %2").arg(chart.chart, chart.version.isEmpty() ? chart.tag : chart.version);
    if (!image)
        return QStringLiteral("%1 deploys no image of its own: it maps to no OSS release").arg(what);
    if (imageComponent.isEmpty())
        return QStringLiteral("%1 deploys %2:%3, which no component of the workspace builds: it maps to no OSS release")
            .arg(what, image->repository, image->value);
    const QString shown = image->imageVersion.isEmpty() ? image->value : image->imageVersion;
    const QString deploys = QStringLiteral("%1 deploys %2 %3").arg(what, imageComponent, shown);
    if (image->commit.isEmpty())
        return QStringLiteral("%1, whose commit is not known (%2): it maps to no OSS release")
            .arg(deploys, image->sha.isEmpty() ? QStringLiteral("no commit id in its tag and no release tag for it")
                                               : QStringLiteral("%1 is %2").arg(image->sha, ImageRef::statusName(image->status)));
    const QString built = QStringLiteral("%1, built from commit %2").arg(deploys, image->commit.left(7));
    if (!release)
        return QStringLiteral("%1, which no release of %2 contains: it maps to no OSS release").arg(built, image->resolvedRepo);
    if (!train)
        return QStringLiteral("%1, first released in %2 %3, a release with numbers of its own: it maps to no OSS release")
            .arg(built, release->repo, release->version.toString());
    return QStringLiteral("%1, first released in %2 %3")
        .arg(built, *train == Component::Train::Saas ? QStringLiteral("SaaS") : QStringLiteral("OSS"), release->version.toString());
}

} // namespace ReleaseDeck
