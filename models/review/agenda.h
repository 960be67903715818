#pragma once

#include "domain/stagingstate.h"
#include "domain/verdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck {

// What the release review and `status` put first: the pending release, its
// due date, what holds it back, the approvals it still needs, and every
// release with a problem.
struct Agenda
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::Agenda)

public:
    StagingState state;          // the pending release as the manifest records it
    QStringList blockers;        // what keeps it from Enterprise today
    QStringList approvals;       // approvals it still needs, one line each
    // The charts say a release is pending and the manifest has no record
    // of it: its train index, else -1.
    int unrecorded = -1;
    int lastPublished = -1;      // train index of the newest published release
    QList<int> troubled;         // train indices with a problem, oldest first
    const ReleaseVerdict *pending = nullptr; // into the verdicts given to build()

    // `registryAsked`: false when the registries were left out on purpose
    // (offline), which the blockers say.
    static Agenda build(const Verdicts &verdicts, const QDateTime &now, bool registryAsked = true);
};

} // namespace ReleaseDeck
