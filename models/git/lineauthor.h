#pragma once

#include "gitutil.h"

#include <QList>
#include <QString>

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

} // namespace ReleaseDeck
