#pragma once

#include "domain/snapshot.h"
#include "domain/workspace.h"
#include "platform/scancontrol.h"

namespace ReleaseDeck {

// Builds a WorkspaceSnapshot from the repositories a workspace names. Runs
// on the calling thread and on worker threads of its own; never call it on
// the GUI thread. Each worker opens its own repository handles.
class Scanner
{
public:
    struct Options
    {
        int threads = 0; // 0: one per core
        // The persistent scan cache (cache/scancache.h): read and written
        // unless off here or by RELEASEDECK_NO_CACHE=1 in the environment.
        bool useCache = true;
        QString cacheFolder; // empty: ScanCache::defaultFolder()
        // A label walk that read at least this many commit objects has a
        // commit-graph written to the cache folder after the scan.
        int graphAfterCommits = 8192;
    };

    static WorkspaceSnapshot scan(const Workspace &workspace, ScanControl *control = nullptr);
    static WorkspaceSnapshot scan(const Workspace &workspace, const Options &options,
                                  ScanControl *control);

    // The commit id an image tag holds ("sha-4ea3e4b", "2cc50b0",
    // "<40 hex>-nikolaik"), or an empty string when it holds none.
    static QString shaInImageTag(const QString &tag);
};

} // namespace ReleaseDeck
