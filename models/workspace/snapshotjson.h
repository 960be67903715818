#pragma once

#include "domain/snapshot.h"
#include "domain/verdict.h"

class QIODevice;

namespace ReleaseDeck {

// Writes the `scan --json` contract (DESIGN §5; fields are added, never
// renamed) as it goes, one row a line: a large history's hundred thousand
// image references never sit in memory as a JSON tree.
// With `verdicts` (of an overview of the same scan) it adds `versions`:
// each release of the train with its manifest entry, due date and verdict,
// and `ruleViolations`.
bool writeSnapshotJson(const WorkspaceSnapshot &snapshot, QIODevice *out, const Verdicts *verdicts = nullptr);

} // namespace ReleaseDeck
