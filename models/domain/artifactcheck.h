#pragma once

#include "releasetrain.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

namespace ReleaseDeck {

// One artifact a release of the train should have in a registry: an image
// of an image component under its version tag, or a chart of a chart
// component under its chart version.
struct ExpectedArtifact
{
    int release = -1;         // index in ReleaseTrain::releases()
    int column = -1;          // index in ArtifactPlan::components
    QString component;        // component id
    Component::Kind kind = Component::Kind::Image;
    QString registry;         // id of the registry entry serving it; empty when none does
    QString repositoryName;   // ghcr.io/openhands/runtime
    QString repository;       // path within the registry: openhands/runtime
    QStringList aliasRepositories; // former names, looked in when the tag is not under the current one
    QString version;          // the release's version, as text
    QString tag;              // 0.73.0, 0.73.0-nikolaik
    bool required = false;    // the release should have it by now
    QString why;              // why it is or is not required, for tooltips

    // image: the commit the component's repository tags this version at
    QString gitTag;
    QString expectedCommit;
    // chart: Chart.yaml as git has it at the chart's release tag
    QString chartVersion;
    QString chartAppVersion;

    QString reference() const { return repositoryName + QLatin1Char(':') + tag; }
};

// What was found for an ExpectedArtifact.
struct ArtifactStatus
{
    enum class State {
        Present,      // there, and what it says agrees with git
        Mismatch,     // there, but built from another commit or holding another version
        Missing,      // required and not there
        NotYet,       // not there, and not required yet (staged, unreleased)
        Unreachable,  // the registry could not be asked
        NoRegistry,   // no registry entry serves its host
    };

    State state = State::Missing;
    QString foundIn;   // repository name it was found under (an alias, perhaps)
    QString digest;    // manifest digest
    // image config labels
    QString revision;
    QString labelVersion;
    QString source;
    // chart config
    QString chartVersion;
    QString chartAppVersion;
    QString detail;    // one line: what disagrees, or the error

    static QString stateName(State s);
    bool isProblem() const { return state == State::Mismatch || state == State::Missing; }
};

// How complete one release is.
struct Completeness
{
    int required = 0;
    int present = 0;    // required and Present
    int problems = 0;   // missing + mismatched
    int missing = 0;    // required and not there
    int mismatched = 0; // there, and disagreeing with git (required or not)
    int unknown = 0;    // required and Unreachable or NoRegistry
    bool isComplete() const { return required > 0 && present == required; }
};

// Every artifact of every release and where to look for it, derived from
// the train and the workspace alone.
struct ArtifactPlan
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::ArtifactPlan)

public:
    QStringList components;          // columns: image components, then chart components
    QList<ExpectedArtifact> artifacts;

    static ArtifactPlan build(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train);
    // The components in column order: images, then charts.
    static QList<const Component *> columns(const Workspace &workspace);

    // Compares what a registry holds with what git says.
    static ArtifactStatus judge(const ExpectedArtifact &artifact, ArtifactStatus found);

    // The registry gate of a pending release: every image its charts deploy
    // (`refs`, each reference in their values files, as they are or as a
    // stage will make them) that a component of the workspace builds, under
    // the tag written there and expected to be built from the commit that
    // tag's version names (the manifest's ossCommit or commits, else the
    // repository's release tag; a `sha-` tag names its own commit); then
    // each of `charts` under its version, not required before publish.
    // References to images no component builds are listed in `unchecked`.
    static ArtifactPlan gate(const WorkspaceSnapshot &snapshot, const QList<ImageRef> &refs,
                             const QList<ChartRelease> &charts, QStringList *unchecked = nullptr);
};

// A plan with what was found, built on a worker and shared read-only.
struct RegistryReport
{
    ArtifactPlan plan;
    QList<ArtifactStatus> status;     // one per plan.artifacts
    QList<Completeness> completeness; // one per release of the train
    QStringList problems;             // registries that could not be asked
    QDateTime checkedAt;
    int requests = 0;                 // registry calls made

    // The artifact of a release in a column, or -1.
    int find(int release, int column) const;
    void summarise(int releaseCount);

private:
    QHash<quint64, int> m_index;
};

using RegistryReportPtr = QSharedPointer<const RegistryReport>;

// The tag a version is stored under: OCI tags cannot hold '+'.
QString ociTagFor(const QString &version);

} // namespace ReleaseDeck

Q_DECLARE_METATYPE(ReleaseDeck::RegistryReportPtr)
