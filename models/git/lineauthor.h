#pragma once

#include "gitutil.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck {

// Who wrote lines: for each of `lines` (1-based) of `path` as it is at
// `commit`, the author of the commit that last changed it, in that order.
// Blocking: call it on a worker thread.
struct LineAuthor
{
    QString name;
    QString email;
    QString commit;
};
std::optional<QList<LineAuthor>> lineAuthors(git_repository *repo, const QString &commit, const QString &path,
                                             const QList<int> &lines, QString *error);

// Whether `commit` comes after `earlier` in history: a descendant, not the same.
bool comesAfter(git_repository *repo, const QString &commit, const QString &earlier);

// The tree or blob id at `path` in `commit`, or "" when there is none.
QString pathId(git_repository *repo, const QString &commit, const QString &path);

// The entries of the folder `dir` in `commit` but one file, as "name id"
// lines: equal for two commits when the folder differs at most in that
// file (a chart whose Chart.yaml alone changed). "" when there is no folder.
QString folderWithout(git_repository *repo, const QString &commit, const QString &dir, const QString &file);

// The commits of `from..to` (newest first, first parents only) that
// change any of `paths`: what a chart fix ships. At most `limit`; nullopt
// with an error when a commit cannot be read.
struct PathCommit
{
    QString id;
    QString subject;
    QString author;
};
std::optional<QList<PathCommit>> commitsTouching(git_repository *repo, const QString &from, const QString &to,
                                                 const QStringList &paths, int limit, QString *error);

} // namespace ReleaseDeck
