#pragma once

#include "domain/snapshot.h"
#include "domain/workspace.h"
#include "cache/labelcache.h"
#include "cache/scancache.h"
#include "scanner.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace ReleaseDeck {

// Calls fn(0) … fn(count - 1) on up to `threads` threads, the next index
// to whichever is free.
template<typename Fn>
void runParallel(int count, int threads, Fn fn)
{
    if (count <= 1 || threads <= 1) {
        for (int i = 0; i < count; ++i)
            fn(i);
        return;
    }
    std::atomic<int> next{0};
    std::vector<std::thread> pool;
    const int n = std::min(count, threads);
    for (int t = 0; t < n; ++t) {
        pool.emplace_back([&] {
            for (int i = next++; i < count; i = next++)
                fn(i);
        });
    }
    for (auto &th : pool)
        th.join();
}

// The release manifest at the HEAD of its repository, into the snapshot.
// Missing is not a problem (no release has been recorded yet); unreadable
// is, and the manifest then says so itself, so that nothing takes its
// silence for "nothing recorded".
void readManifestAtHead(const Workspace &workspace, WorkspaceSnapshot &snap);

// The image an env pin in a workflow file names, by its variable:
// RUNTIME_API_SHA → the component runtime-api, or the image component
// whose repository ends in /runtime-api. Empty when none does.
QString pinnedRepository(const Workspace &workspace, const QString &envName);

// What a scan's result depends on, once the tags are read: the workspace
// file's path and text, and per repository its references, HEAD and
// errors, and the fingerprint of its objects (objectsFingerprint). Empty
// when a repository's objects changed too recently to tell.
QByteArray inputsKey(const Workspace &workspace, const QByteArray &workspaceText, const std::vector<RepoTags> &repoTags);

// The persistent cache as one scan uses it: what an earlier scan kept, per
// repository index, and what this one keeps.
struct CacheUse
{
    bool on = false;
    bool loaded = false;
    QString folder;
    std::shared_ptr<const ScanCache> old; // as loaded, or as the caller's last scan left it
    ScanCache fresh;
    std::vector<const RepoCache *> kept;
};

// The commits the image tags' ids name in one repository, as resolved in
// objects whose state the fingerprint names (ScanCache::objectsFingerprint).
struct ShaRun
{
    QByteArray fingerprint;
    QHash<QString, ResolvedSha> shas;
    bool looked = false; // some were looked up in the objects this time
};

// Loads what an earlier scan of the same workspace kept, unless the cache
// is off (then `on` stays false); says which in stats.cache. What the
// caller's last scan left in its memo is taken without reading the file:
// everything in it is keyed by object ids or checked as it is used.
void openScanCache(const Workspace &workspace, const Scanner::Options &options, CacheUse &cache, ScanStats &stats);

// Keeps what this scan learnt for the next: the charts of the trees it saw
// (entries of trees no tag reached this time are dropped, which bounds the
// file), each repository's labels and, where a label walk read many commit
// objects, a commit-graph. The file is written only when something changed;
// the caller's memo keeps it in memory for its next scan.
void keepScanCache(const Workspace &workspace, const Scanner::Options &options, CacheUse &cache,
                   const QStringList &resolving, const std::vector<LabelRun> &runs, const std::vector<char> &labelled,
                   std::vector<ShaRun> &shaRuns, bool cancelled, ScanStats &stats);

} // namespace ReleaseDeck
