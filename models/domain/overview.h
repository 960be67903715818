#pragma once

#include "releaserules.h"
#include "releasetrain.h"
#include "snapshot.h"
#include "versionmatrix.h"

#include <QMetaType>
#include <QSharedPointer>

namespace ReleaseDeck {

// A snapshot with what the dashboard derives from it. Built once on the
// scanning worker and shared read-only by every view.
struct Overview
{
    Overview() = default;
    Overview(const Overview &) = delete; // refs point into this snapshot
    Overview &operator=(const Overview &) = delete;

    WorkspaceSnapshot snapshot;
    ImageRefIndex refs; // into snapshot
    ReleaseTrain train;
    VersionMatrix matrix;
    QList<RuleViolation> violations; // the manifest's history against the process

    // The snapshot's problems are the scan's, then the train's own.
    static QSharedPointer<const Overview> build(WorkspaceSnapshot snapshot);
    // What the scan itself found, without the train's findings.
    QStringList scanProblems() const { return snapshot.problems.mid(0, snapshot.problems.size() - train.problems().size()); }
};

using OverviewPtr = QSharedPointer<const Overview>;

} // namespace ReleaseDeck

Q_DECLARE_METATYPE(ReleaseDeck::OverviewPtr)
