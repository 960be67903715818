#pragma once

#include "domain/snapshot.h"
#include "domain/workspace.h"
#include "platform/scancontrol.h"

#include <QByteArray>

#include <memory>
#include <mutex>

namespace ReleaseDeck {

class ScanCache;

// The last snapshot one caller was handed, kept in memory between its
// scans (Scanner::Options::memo).
struct ScanMemo
{
    std::mutex mutex;
    QByteArray key; // what it was made from (inputsKey in scanparts.h)
    WorkspaceSnapshot snapshot;
    // The scan cache as that scan left it, for the next to start from
    // without reading the file.
    std::shared_ptr<const ScanCache> cache;
};

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
        // With the cache on: the snapshot of this caller's last scan is
        // handed back, with the time of this one, when the workspace file's
        // text, every repository's references and HEAD, and the state of
        // its objects are what they were then.
        std::shared_ptr<ScanMemo> memo;
        QByteArray workspaceText; // the workspace file as loaded; empty: no memo
    };

    static WorkspaceSnapshot scan(const Workspace &workspace, ScanControl *control = nullptr);
    static WorkspaceSnapshot scan(const Workspace &workspace, const Options &options,
                                  ScanControl *control);

    // The commit id an image tag holds ("sha-4ea3e4b", "2cc50b0",
    // "<40 hex>-nikolaik"), or an empty string when it holds none.
    static QString shaInImageTag(const QString &tag);
};

} // namespace ReleaseDeck
