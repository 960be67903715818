#pragma once

#include "releasemanifest.h"
#include "version.h"
#include "workspace.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>


namespace ReleaseDeck {

struct RepoState
{
    QString id;
    QString path;
    QString head;     // commit id, empty when unknown
    int tagCount = 0;
    QString error;    // set when the repository could not be read
    QDateTime headDate;
};

// A tag of a repository whose name, after the repository's template, is a version.
struct ReleaseTag
{
    QString repo;
    QString tag;
    Version version;
    QString commit;
    QDateTime date;  // tagger date for annotated tags, else the commit date
    bool annotated = false;
};

struct ImageSpec
{
    QString repository;
    QString tag;
};

// A chart as found at one chart release tag.
struct ChartRelease
{
    QString repo;
    QString component;
    QString tag;
    std::optional<Version> tagVersion;
    QString commit;
    QDateTime date;
    QString chart;       // the name being looked for
    bool found = false;  // the chart is in the tree at that commit
    QString path;        // its directory there ("" for the root)
    QString version;     // Chart.yaml version, as text
    QString appVersion;  // Chart.yaml appVersion, as text
    std::optional<ImageSpec> image;
    // The chart's directory but its Chart.yaml, hashed: two releases with
    // the same id differ only in Chart.yaml. Empty at HEAD or when unread.
    QString contentId;
    QStringList problems;
};

struct ImageRef
{
    // Shallow: not in the repository, which is a shallow clone and may
    // have lost it with its cut-off history.
    enum class Status { Resolved, NotFound, Ambiguous, Unmapped, NotASha, Shallow };
    // How the image's commit was found: a commit id in its tag, a release
    // tag of the repository that builds it named by its tag, the revision
    // label the registry holds for it, or not at all.
    enum class How { None, Sha, VersionTag, Label };

    QString repo;        // repository holding the chart
    QString tag;         // chart release tag
    QString file;        // values file, from the repository root
    QString path;        // YAML path of the image mapping or string
    int line = 0;        // line of the tag value
    QString repository;  // image repository
    QString value;       // tag text as written
    QString sha;         // the commit id the value holds, empty when none
    QString resolvedRepo;
    QString commit;
    QString earliestRelease; // a release tag of resolvedRepo
    Status status = Status::NotASha;
    How how = How::None;
    // The version the tag names in its image's own numbers (an independent
    // image: enterprise-server 1.51.0), or in the train's.
    QString imageVersion;
    QString envName;     // a workflow file's env pin: the variable's name

    static QString statusName(Status s);
    static QString howName(How h);
    // The commit id an image tag holds ("sha-4ea3e4b", "2cc50b0",
    // "<40 hex>-nikolaik"), or an empty string when it holds none.
    static QString commitIdIn(const QString &tag);
    // The tag names this version: "0.73.0" or "0.73.0-nikolaik" for 0.73.0.
    static bool carriesVersion(const QString &tag, const QString &version);
};

// What a scan did, for its log, tests and benchmarks; not part of the
// JSON contract.
struct ScanStats
{
    QString cache;               // "off", "warm", or "cold (why)"
    int chartsRead = 0;          // chart trees read from git
    int chartsFromCache = 0;
    qint64 commitsWalked = 0;    // commits the label walks (re)labelled
    qint64 commitsFromGraph = 0; // of which parents came from a commit-graph
    QStringList labels;          // per repository: "oss: reused" and the like
    bool cacheWritten = false;
};

struct WorkspaceSnapshot
{
    Workspace workspace; // as loaded for this scan
    QString workspaceFile;
    QString name;
    QDateTime scannedAt;
    QList<RepoState> repos;
    QList<ReleaseTag> releases;
    QList<ChartRelease> charts;
    QList<ImageRef> imageRefs;
    // Each chart component as it stands at its repository's HEAD: what is
    // staged for the next Enterprise release. `tag` is empty.
    QList<ChartRelease> headCharts;
    QList<ImageRef> headImageRefs; // image references of headCharts
    // Image pins in the workflow files of repositories that list some, at
    // their HEAD: `tag` is empty, `repo` the repository holding the file.
    QList<ImageRef> workflowRefs;
    // The release manifest at its repository's HEAD; empty when the
    // workspace names none or it is not there yet.
    ReleaseManifest manifest;
    QString manifestCommit; // the HEAD it was read at
    QStringList problems; // workspace-wide: bad entries, unreadable repos, odd tags
    ScanStats stats;
};

// The image references of a snapshot by the chart release they were read
// at. The charts at HEAD, whose tag is empty, share one list per repository.
class ImageRefIndex
{
public:
    ImageRefIndex() = default;
    // Points into the snapshot, which must outlive the index and stay put.
    explicit ImageRefIndex(const WorkspaceSnapshot &snapshot);

    QList<const ImageRef *> at(const QString &repo, const QString &tag) const;
    QList<const ImageRef *> at(const ChartRelease &chart) const { return at(chart.repo, chart.tag); }

private:
    QHash<QString, QList<const ImageRef *>> m_refs;
};

// Which trains a repository's release tags feed: OSS when it builds a
// unified OSS image, SaaS when it builds a unified SaaS image; neither for
// the charts' repositories and those building only independent images.
// With no unified OSS image at all, every repository with release tags that
// holds no chart and builds no independent image is taken for OSS.
struct RepoTrains
{
    bool oss = false;
    bool saas = false;
};
RepoTrains repoTrains(const Workspace &workspace, const QString &repoId);

// What a chart release of an independent component is, by content: the
// image its values deploy → that image's commit → the first release of the
// repository building it that contains the commit.
struct ContentLink
{
    const ImageRef *image = nullptr; // the chart's own image; null when its values name none
    QString imageComponent;          // the component building it, empty when none does
    const ReleaseTag *release = nullptr; // the earliest release containing the commit
    std::optional<Component::Train> train; // the train of the release's repository

    // The train release it maps to: a release of an OSS or SaaS repository.
    bool mapsToTrain() const { return release && train.has_value(); }
    // "chart openhands 0.12.0 deploys enterprise-server 1.51.0, built from
    // commit 4ea3e4b, first released in OSS 0.61.0", or why it maps to none.
    QString describe(const ChartRelease &chart) const;
};

ContentLink linkByContent(const ChartRelease &chart, const WorkspaceSnapshot &snapshot, const ImageRefIndex &refs);

} // namespace ReleaseDeck
