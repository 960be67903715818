#pragma once

#include "platform/scancontrol.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ReleaseDeck {

struct CommitLine
{
    QString id;      // full commit id
    QString subject; // first line of the message
    QString author;  // author name
    QDateTime date;  // author date, with its offset
};

// How two commits of one repository relate: what `git rev-list --left-right
// --count from...to` and `git log from..to` say.
struct CommitRange
{
    int ahead = 0;              // commits reachable from `to` but not `from`
    int behind = 0;             // commits reachable from `from` but not `to`
    QList<CommitLine> commits;  // from..to, newest first (git log order), at most `limit`
    bool truncated = false;     // more than `limit` commits in from..to
    QString error;              // one line; set when the range could not be read
};

// Reads the range with libgit2 (git_graph_ahead_behind and a revwalk). Opens
// its own repository handle; call it on a worker thread, never the GUI one.
// `from` and `to` are full or abbreviated commit ids. Checks `control` for
// cancellation between commits.
CommitRange readCommitRange(const QString &repoPath, const QString &from, const QString &to, int limit = 500,
                            ScanControl *control = nullptr);

// Every commit reachable from `to`, as `git log to` lists them (a first
// release's history); ahead and behind stay 0.
CommitRange readCommitsUpTo(const QString &repoPath, const QString &to, int limit = 500, ScanControl *control = nullptr);

} // namespace ReleaseDeck
