#pragma once

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

    static QSharedPointer<const Overview> build(WorkspaceSnapshot snapshot);
};

using OverviewPtr = QSharedPointer<const Overview>;

} // namespace ReleaseDeck

Q_DECLARE_METATYPE(ReleaseDeck::OverviewPtr)
