#pragma once

#include "supportpolicy.h"
#include "tagtemplate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck {

// Where a value came from in a hand-written file, for error messages.
struct SourceLocation
{
    QString file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based

    QString toString() const;
};

// One diagnostic: "file:line:col: message" when it has a location.
struct Problem
{
    SourceLocation where;
    QString message;

    QString toString() const;
};

struct RepoConfig
{
    QString id;
    QString path;          // absolute, resolved against the workspace file
    QString pathAsWritten; // as the user wrote it
    QString remote;        // the URL plans push to; empty: the repository at `path`
    bool insecure = false; // plain HTTP allowed to a remote that is not loopback; no login is then sent over HTTP
    QList<TagTemplate> releaseTags{TagTemplate(QStringLiteral("{version}"))};
    // CI and deploy files holding image pins, read at HEAD:
    // ".github/workflows/*.yml". Wildcards only in the last part.
    QStringList workflows;
    SourceLocation where;
};

struct Component
{
    enum class Kind { Image, Chart };
    // Which train ships an image: OSS images go out when OSS is tagged,
    // SaaS images the same day to the hosted service.
    enum class Train { Oss, Saas };
    // Unified: the component's releases carry the train's version. Independent:
    // numbers of its own, joined to the train by what they contain.
    enum class Versioning { Unified, Independent };

    QString id;
    Kind kind = Kind::Image;
    QString repo;           // id of the repository that builds or releases it
    QStringList aliases;    // former image repositories or chart names
    Versioning versioning = Versioning::Unified;
    // Unified since this version: releases below it were numbered on their
    // own and are still joined by content (set by `adopt`).
    std::optional<Version> unifiedFrom;
    SourceLocation versioningAt; // where `versioning:`'s value is written, when it is
    SourceLocation where;

    // kind: image
    QString image;          // image repository, e.g. ghcr.io/openhands/runtime
    Train train = Train::Oss;
    TagTemplate imageTag{QStringLiteral("{version}")}; // the image's tag for a version
    // Independent only: the git tags of its own releases in `repo`, such as
    // cloud-{version}; invalid when its versions have no git tag.
    TagTemplate streamTags;

    // kind: chart
    QString chart;          // Chart.yaml name
    TagTemplate tags;       // e.g. openhands/{version}
    QString deploysImage;   // id of the image component its values deploy
    QString oci;            // where it is published: ghcr.io/openhands/charts/openhands

    bool isIndependent() const { return versioning == Versioning::Independent; }
    // Whether its release numbered `version` is one of its own numbers.
    bool isIndependentAt(const QString &version) const;
    bool buildsImage(const QString &repository) const;
    bool isChartNamed(const QString &name) const;
};

// Where images and charts are stored: an OCI image layout directory, or a
// registry reached over HTTP. Credentials are not part of it: they come
// from the environment or the keychain when a registry is used.
struct RegistryConfig
{
    QString id;
    QString layout;        // absolute path of an OCI image layout folder, or
    QString url;           // https://ghcr.io
    bool insecure = false; // plain HTTP allowed to a host that is not loopback
    QString caFile;        // absolute, extra certificate authorities
    QString host;          // the host image names use for it: ghcr.io
    SourceLocation where;

    // Environment variables holding the login: RELEASEDECK_REGISTRY_<ID>_USER
    // and …_PASSWORD, the id upper-cased with non-alphanumerics as '_'.
    QString userVariable() const;
    QString passwordVariable() const;
};

// Where an image or chart repository named as `host/path` is stored.
struct RegistryLocation
{
    const RegistryConfig *registry = nullptr;
    QString repository; // the path within the registry: openhands/runtime
};

// Splits `ghcr.io/openhands/runtime` into host and path the way container
// tools do: the first part is a host when it has a '.' or ':' or is
// `localhost`; otherwise the host is docker.io.
QPair<QString, QString> splitRepositoryName(const QString &name);

// Days on which nothing is published to Enterprise (a holiday season,
// a customer's blackout): whole UTC days, both ends included.
struct FreezeWindow
{
    QDate from;
    QDate to;
    QString reason;
    SourceLocation where;

    bool contains(const QDateTime &at) const;
};

struct Workspace
{
    QString file;           // absolute path of releasedeck.yaml
    QString name;
    QList<RepoConfig> repos;
    QList<Component> components;
    QString customersFile;  // absolute, empty when not set
    QString registryPath;   // OCI image layout directory, absolute, empty when not set
    QList<RegistryConfig> registries;
    int staggerDays = 7;    // days from the SaaS release to the Enterprise one
    bool selfApproval = false; // the one who staged a release may approve it
    // A re-staged release keeps its weekly due date, but SaaS runs the new
    // version at least this many days before Enterprise gets it.
    int minSoakDays = 2;
    SupportPolicy support; // policy.support: which lines get fixes
    // The release manifest: a file in a repository, read at its HEAD.
    QString manifestRepo;   // repository id; empty when there is none
    QString manifestPath = QStringLiteral("releases.yaml");
    QList<FreezeWindow> freezes; // calendar.freezes
    // What the loader reported: each entry it names was skipped, so an
    // operation on this workspace could leave something out.
    QList<Problem> loadProblems;

    // The freeze window `at` falls in, or null.
    const FreezeWindow *freezeAt(const QDateTime &at) const;

    const RepoConfig *repo(const QString &id) const;
    const Component *component(const QString &id) const;
    // The image component that builds this image repository, if any.
    const Component *imageComponentFor(const QString &repository) const;
    // The registry holding a repository name, by the host it names; a
    // null registry when no entry serves that host.
    RegistryLocation locate(const QString &repositoryName) const;
};

// Whether a host name is this machine: localhost, 127.0.0.0/8 or ::1.
bool isLoopbackHost(const QString &host);

// Why a git remote URL may not be used, or empty: a password in it would
// be written to the clone's config; plain HTTP to a host that is not
// loopback would carry the token in clear text unless the repository is
// marked insecure (and then no login is sent at all).
QString remoteUrlProblem(const QString &url, bool insecure);

// Why a `workflows` glob may not be used, or empty: it names files inside
// the repository, a path from its root whose last part alone may hold
// wildcards (".github/workflows/*.yml").
QString workflowGlobProblem(const QString &glob);

} // namespace ReleaseDeck
