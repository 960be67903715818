#pragma once

#include "releasetrain.h"

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
    QString lastPublished;  // "" when none
    QString countdown;      // "due in 4 days 3 h", "due 2 h ago"
    int saasDays = -1;      // whole days the pending release has been on SaaS
    bool early = false;     // publishing now is before the due date
    QString freeze;         // the freeze window now falls in, as text

    Action release, stage, restage, approve, publish, fix;

    static StagingState build(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train, const QDateTime &now);
    // "4 days 3 h": a span of time, coarse.
    static QString span(qint64 seconds);
};

} // namespace ReleaseDeck
