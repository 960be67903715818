#pragma once

class QThreadPool;

namespace ReleaseDeck {

// The threads the application's own background work runs on: scans,
// registry checks, reports, diffs, release operations. Not
// QThreadPool::globalInstance(): Qt's raster painting splits a large fill
// into parts for the global pool's threads and waits for them on the GUI
// thread, so a long job of ours there would hold up every large paint.
QThreadPool *workers();

} // namespace ReleaseDeck
