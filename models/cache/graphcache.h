#pragma once

#include <QString>

namespace ReleaseDeck {

// Commit-graph files that ReleaseDeck keeps in its cache folder for
// repositories that have none of their own (a fresh clone), so that label
// walks after the first read parents from the graph instead of inflating
// every commit. Never written into a repository.
//
// One graph per repository, at FOLDER/graphs/<key>/info/commit-graph, the
// key a hash of the repository's objects folder: its canonical path, device
// and inode, so a repository cloned again in the same place gets a new one.
// CommitGraph checks the file's checksum before it is used; commit ids name
// unchanging commits, so a graph older than the repository is still right
// for the commits it holds.
namespace GraphCache {

// The objects folder of the repository's cached graph (it may not exist).
QString objectsFolder(const QString &folder, const QString &repoPath);

// Writes the graph of every commit reachable from the repository's tags and
// HEAD, with libgit2, through a rename. False with the reason on failure.
bool write(const QString &folder, const QString &repoPath, QString *error);

// Writes it on a worker thread of its own, unless a write for the same
// graph is under way. The application waits for it when it ends (from
// QCoreApplication's destructor).
void schedule(const QString &folder, const QString &repoPath);

// Waits for the scheduled writes (tests, benchmarks).
void waitForWrites();

} // namespace GraphCache

} // namespace ReleaseDeck
