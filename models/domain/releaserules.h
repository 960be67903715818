#pragma once

#include "releasemanifest.h"
#include "releasetrain.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ReleaseDeck {

// The due date of a version re-staged in place of the pending release: the
// pending one's weekly slot, unless that comes before SaaS has run the new
// version for policy.minSoakDays; `why` says which applied.
struct RestageDue
{
    QDateTime due; // invalid when SaaS has not shipped the new version
    QString why;
};

// One place where the release manifest's history breaks the process.
struct RuleViolation
{
    QString version; // the release it is a problem of
    int line = 0;    // in the manifest: the audit line, else the entry; 0 when unknown
    QString text;    // one line, naming the version
};

// Implemented with the verdict, in verdict.cpp.
struct ReleaseRules
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::ReleaseRules)

public:
    static RestageDue restageDue(const ManifestRelease &pending, const Version &version, const QDateTime &saasDate,
                                 const Workspace &workspace);

    // The earliest a release can be due: its SaaS date plus the smaller of
    // policy.staggerDays and policy.minSoakDays; invalid for a chart fix
    // (due when staged) or without a SaaS date. A `due` before it was not
    // set by stage or re-stage.
    static QDateTime earliestDue(const ManifestRelease &release, const Workspace &workspace);
    // The due date publishing goes by: the recorded one, never earlier
    // than earliestDue.
    static QDateTime effectiveDue(const ManifestRelease &release, const Workspace &workspace);

    // The manifest's history checked against the process: published before
    // its due date without a reason in the publish line, re-staged before
    // the new version's SaaS date, approved without a note, by the one who
    // staged it or before the stage it follows, superseded and yet
    // published, in a state with no stage line, a due date before
    // earliestDue, an audit line dated after the scan or whose 'by' names
    // nobody, a chart fix whose charts did not change.
    static QList<RuleViolation> check(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train);
};

} // namespace ReleaseDeck
