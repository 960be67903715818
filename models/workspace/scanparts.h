#pragma once

#include "domain/snapshot.h"
#include "domain/workspace.h"
#include "cache/labelcache.h"
#include "cache/scancache.h"
#include "scanner.h"

#include <vector>

namespace ReleaseDeck {

// The release manifest at the HEAD of its repository, into the snapshot.
// Missing is not a problem (no release has been recorded yet); unreadable
// is, and the manifest then says so itself, so that nothing takes its
// silence for "nothing recorded".
void readManifestAtHead(const Workspace &workspace, WorkspaceSnapshot &snap);

// The persistent cache as one scan uses it: what an earlier scan kept, per
// repository index, and what this one keeps.
struct CacheUse
{
    bool on = false;
    bool loaded = false;
    QString folder;
    ScanCache old;
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
// is off (then `on` stays false); says which in stats.cache.
void openScanCache(const Workspace &workspace, const Scanner::Options &options, CacheUse &cache, ScanStats &stats);

// Keeps what this scan learnt for the next: the charts of the trees it saw
// (entries of trees no tag reached this time are dropped, which bounds the
// file), each repository's labels and, where a label walk read many commit
// objects, a commit-graph. The file is written only when something changed.
void keepScanCache(const Workspace &workspace, const Scanner::Options &options, CacheUse &cache,
                   const QStringList &resolving, const std::vector<LabelRun> &runs, const std::vector<char> &labelled,
                   std::vector<ShaRun> &shaRuns, bool cancelled, ScanStats &stats);

} // namespace ReleaseDeck
