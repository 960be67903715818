#pragma once

#include "domain/snapshot.h"

class QIODevice;

namespace ReleaseDeck {

// Writes the `scan --json` contract (DESIGN §5; fields are added, never
// renamed) as it goes, one row a line: a large history's hundred thousand
// image references never sit in memory as a JSON tree.
bool writeSnapshotJson(const WorkspaceSnapshot &snapshot, QIODevice *out);

} // namespace ReleaseDeck
