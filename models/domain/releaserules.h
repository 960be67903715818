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

    // The manifest's history checked against the process: published before
    // its due date without a reason in the publish line, re-staged before
    // the new version's SaaS date, approved without a note or by the one
    // who staged it, superseded and yet published, in a state with no
    // stage line, a chart fix whose charts did not change.
    static QList<RuleViolation> check(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train);
};

} // namespace ReleaseDeck
