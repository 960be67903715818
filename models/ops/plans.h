#pragma once

#include "git/commitbuilder.h"
#include "domain/snapshot.h"
#include "git/gitremote.h"
#include "platform/keychain.h"
#include "plan.h"
#include "registry/registry.h"

#include <QDateTime>
#include <QHash>

#include <map>
#include <memory>
#include <optional>

namespace ReleaseDeck {

// The registry repositories a plan reads and writes, opened once each by
// the name images and charts use (`ghcr.io/openhands/runtime`), through
// the workspace's registry entry for that host: an OCI layout on disk or
// the distribution API with the host's login. Blocking; worker threads.
class RegistryOpener
{
public:
    RegistryOpener(const Workspace &workspace, const QHash<QString, RegistryLogin> &loginsByHost = {});
    ~RegistryOpener();

    // Null, with a one-line error, when no registry entry serves the name.
    RegistryRepository *open(const QString &name, QString *error);

private:
    Workspace m_workspace;
    QHash<QString, RegistryLogin> m_logins;
    std::map<QString, std::unique_ptr<RegistryRepository>> m_open;
};

namespace Plans {

// The repository `release` tags: the one that builds the OSS images.
const RepoConfig *releasedRepo(const Workspace &ws);

// What a release operation is planned from: a scan of the workspace with
// the charts repository read at its remote's tip, the clones the plan
// works in, and what the release manager asked for.
struct Inputs
{
    const WorkspaceSnapshot *snapshot = nullptr; // scanned at the charts clone's tip
    GitRemote *charts = nullptr;                 // the clone of the charts repository, fetched
    GitRemote *source = nullptr;                 // release: the clone of the repository tagged
    // release: the clones of the other repositories that build images
    // (runtime-api, …), by repository id; the charts repository's is `charts`.
    std::map<QString, GitRemote *> others;
    RegistryOpener *registries = nullptr;
    QHash<QString, RegistryLogin> logins; // registry logins by host, for the registry gate
    QString branch = QStringLiteral("main");
    QString base;           // the charts commit to plan on; empty: the branch's tip
    // A release of an older line once main has moved past it: its charts
    // are changed on this branch (`release/0.73`), the manifest on
    // `branch`. Empty: the charts are on `branch` too.
    QString lineBranch;
    // The commit the line's charts are planned on (the snapshot's charts
    // were read there): the line branch's tip, or when the branch does not
    // exist yet the line's last chart tag, which the first push branches.
    QString lineBase;
    Version version;
    QString commit;         // release: the revision to tag
    // release: the revision of another repository that builds images, by
    // repository or image component id (`--commit runtime-api=REV`).
    QMap<QString, QString> componentCommits;
    GitIdentity who;
    QString note;
    QString overrideFreeze; // publish inside a freeze window: why
    QString early;          // publish before the due date: why
    QDateTime now;          // UTC; the clock the rules are judged by
};

// release VERSION --commit REV: gives every component the version. The
// repository that builds the OSS images is tagged on REV (annotated), and
// every image it builds from REV (tag `sha-<short>`, or its revision
// label) gets its version tag. Each other repository that builds an image
// does the same on its own commit: the one named in `componentCommits`,
// else the one its version tag or version image names already (a resumed
// run), else the newest commit of its main branch whose images CI has
// built (`sha-<short>`). The release manifest records the version with its
// SaaS date (now), every image digest and each other repository's commit.
// Refused when a version tag names another commit, the version is already
// recorded, or an image built from the chosen commit is missing (naming
// the component).
std::optional<Plan> release(const Inputs &in, QString *error);

// stage VERSION: one commit on the charts repository bumping every chart
// to it and recording it as staged in the release manifest (due a stagger
// after its SaaS date), then its push. Refused, in one line, when it makes
// no sense: a version OSS has not released, one not above the last
// published, one already staged, or while another release is pending.
std::optional<Plan> stage(const Inputs &in, QString *error);

// restage VERSION: the pending release (staged or approved) moves to
// VERSION in one commit: the charts bumped, the old version superseded,
// the new one staged. Refused when nothing is pending or VERSION is not
// above the pending one.
std::optional<Plan> restage(const Inputs &in, QString *error);

// approve VERSION --note: the staged release becomes approved with an
// audit line. Refused when the version is not staged, without a note, or
// when the approver staged it and the workspace's policy does not allow it.
std::optional<Plan> approve(const Inputs &in, QString *error);

// publish: the approved release whose due date has come. Every chart is
// packaged from the charts at the tip and pushed to its OCI repository,
// the manifest records it published, and each chart's release tag is
// pushed on that commit. Refused inside a freeze window without
// `overrideFreeze`, before the due date without `early`, and when the
// release is not approved.
std::optional<Plan> publish(const Inputs &in, QString *error);

// fix VERSION: a chart-only fix of the published VERSION as VERSION-fixN
// (the next N): the charts' `version` set to it, recorded as staged and
// due at once (its images were validated with VERSION). It is approved and
// published like any release.
std::optional<Plan> fix(const Inputs &in, QString *error);

// adopt: the way to one version. The first release manifest, written from
// history: each Enterprise release the independent charts made, joined to
// the OSS release it deploys by content, recorded as published at its
// chart tags' date with a `history` audit line; then, on this machine, the
// workspace file's independent charts switched to `versioning: unified`
// with `unifiedFrom` the next OSS minor release, the first staged with one
// version. Refused when the manifest records anything or no chart is
// independent.
std::optional<Plan> adopt(const Inputs &in, QString *error);

} // namespace Plans

} // namespace ReleaseDeck
