#pragma once

#include "plans.h"
#include "stageedit.h"
#include "domain/supportpolicy.h"

#include <QMap>

// What the plan builders share: the commit-and-push ending, diffs for the
// plan text, and the manifest's view of the train.
namespace ReleaseDeck::Plans::Common {

// The lines a file edit changes, numbered, for the plan text.
QString diffText(const FileEdit &f);

// "Name <email>", as the audit trail records people.
QString identity(const GitIdentity &who);

// The release waiting to be published on main: staged or approved; null
// when none. One on a line's branch (a backport) does not count here.
const ManifestRelease *pending(const ReleaseManifest &manifest);
// The same on a line's branch ("release/0.73").
const ManifestRelease *pendingOn(const ReleaseManifest &manifest, const QString &branch);
// The branch a new release of `version`'s line is made on: empty (main)
// while main has not moved past the line, else the line's branch, once a
// newer line is staged, approved or published on main.
QString branchFor(const ReleaseManifest &manifest, const Version &version);
// The newest release of `version`'s line the manifest records published,
// fixes included; null when none.
const ManifestRelease *lastPublishedOf(const ReleaseManifest &manifest, const Version &version);
// The support of `version`'s line at in.now, from the Enterprise
// releases the snapshot's chart tags say were published, and the policy.
LineSupport lineSupport(const Inputs &in, const Version &version);
// Refused, in one line, when `version`'s line gets no fixes at in.now.
bool lineSupported(const Inputs &in, const Version &version, QString *error);
// The branch the charts are changed on: the line's, else the manifest's.
inline QString chartsBranch(const Inputs &in)
{
    return in.lineBranch.isEmpty() ? in.branch : in.lineBranch;
}
// The newest published release, fixes included; null when none.
const ManifestRelease *lastPublished(const ReleaseManifest &manifest);

// "charts:releases.yaml", for errors.
QString manifestName(const Workspace &ws);

// The charts branch's tip, or nullopt with an error naming the branch.
std::optional<QString> chartsTip(const Inputs &in, QString *error);

// The release manifest at the tip, as text and as read. Refused when it
// has problems: a plan never builds on a manifest it cannot fully read.
struct ManifestAtTip
{
    QByteArray text;
    ReleaseManifest manifest;
};
std::optional<ManifestAtTip> manifestAt(const Inputs &in, const QString &tip, QString *error);

// The branch's tip and the manifest there: where every plan on the
// charts repository starts.
struct PlanStart
{
    QString tip;
    ManifestAtTip manifest;
};
std::optional<PlanStart> planStart(const Inputs &in, QString *error);

// Refused when the charts at the tip do not all say `version`: the
// manifest and the charts have diverged.
bool chartsSay(const Inputs &in, const QString &version, const QString &what, QString *error);

// A commit of the files on the tip, made locally, then its push: the two
// steps every change to the charts repository ends with. A push refused
// because the branch moved is a conflict: the plan is made again.
// On a line's branch (`branch` given) the steps are "commit-line" and
// "push-line", and the commit's output is "commit-line".
void addCommitAndPush(Plan &plan, const Inputs &in, const QString &tip, const QMap<QString, QByteArray> &files,
                      const QString &message, const QString &diff, const QString &branch = {});

// "2026-12-01 14:00 UTC".
QString when(const QDateTime &at);

// The image references and charts at the tip as a stage to `version` will
// leave them: every tag of an image the workspace builds set to its tag
// for the version, every chart at the version.
QList<ImageRef> refsStagedAs(const Inputs &in, const Version &version);
QList<ChartRelease> chartsStagedAs(const Inputs &in, const Version &version);

// The registry gate (registrygate.cpp), put first in the plan: every image
// the charts deploy (`refs`) present and built from the commit its version
// names, and each chart not yet in the registry with other contents. The
// check runs now, for the plan, and again as the step. `refuse`: a problem
// refuses the plan and fails the step (publish); otherwise problems are
// the plan's warnings (stage, approve).
bool addRegistryGate(Plan &plan, const Inputs &in, const QString &version, const QList<ImageRef> &refs,
                     const QList<ChartRelease> &charts, bool refuse, QString *error);

} // namespace ReleaseDeck::Plans::Common
