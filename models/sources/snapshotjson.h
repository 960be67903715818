#pragma once

#include "domain/snapshot.h"

#include <QJsonObject>

namespace ReleaseDeck {

// The `scan --json` contract (DESIGN §5). Fields are added, never renamed.
QJsonObject snapshotToJson(const WorkspaceSnapshot &snapshot);

} // namespace ReleaseDeck
