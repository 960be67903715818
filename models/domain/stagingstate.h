#pragma once

#include "releasetrain.h"
#include "verdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ReleaseDeck {

// The Enterprise side of the train as the Staging panel shows it: the
// pending release from the manifest, its clock, and which operations make
// sense now, each with the version to suggest or the reason it does not.
struct StagingState
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::StagingState)

public:
    struct Action
    {
        bool enabled = false;
        QString why;       // when disabled: one line a tooltip shows
        QString version;   // the version to suggest
    };

    std::optional<ManifestRelease> pending;
    bool hasManifest = true; // named by the workspace; without one the dashboard is read-only
    bool manifestYet = true; // named and in its repository at HEAD
    QString manifestError;   // named, and it cannot be read: why
    QString lastPublished;  // "" when none
    QString countdown;      // Countdown::due: "due Sun 6 Dec 14:00 UTC, in 4 days 20 h"
    int saasDays = -1;      // whole days the pending release has been on SaaS
    bool early = false;     // publishing now is before the due date
    QString freeze;         // the freeze window now falls in, as text
    // The pending release's verdict: the registry's part in one line
    // ("6 of 8 artifacts in the registry", "the registry is not checked
    // yet"), and every problem it found.
    QString registry;
    QStringList problems;
    // Nothing pending, or something older than it: the newest version SaaS
    // runs that Enterprise has not taken up, and since when.
    QString onSaas;
    QDateTime onSaasSince;
    int onSaasDays = -1;
    // Nothing pending: the release whose trail ends last (a publish, a
    // fix), so the panel keeps showing what was done last.
    std::optional<ManifestRelease> lastTrail;

    Action release, stage, restage, approve, publish, fix;

    // `verdicts`, when given, are the releases' verdicts: the pending
    // release's registry completeness and problems, and Publish is disabled
    // while the registry lacks what it deploys.
    static StagingState build(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train, const QDateTime &now,
                              const QList<ReleaseVerdict> *verdicts = nullptr);
};

} // namespace ReleaseDeck
