#pragma once

#include "gitutil.h"

#include <QString>

#include <optional>

namespace ReleaseDeck {

// Who wrote a line: the author of the commit that last changed line `line`
// (1-based) of `path` as it is at `commit`, as "Name <email>" and the
// commit id. Blocking: call it on a worker thread.
struct LineAuthor
{
    QString name;
    QString email;
    QString commit;
};
std::optional<LineAuthor> lineAuthor(git_repository *repo, const QString &commit, const QString &path, int line,
                                     QString *error);

} // namespace ReleaseDeck
