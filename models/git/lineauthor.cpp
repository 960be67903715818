#include "lineauthor.h"

#include "domain/printable.h"

#include <git2/blame.h>

namespace ReleaseDeck {

std::optional<LineAuthor> lineAuthor(git_repository *repo, const QString &commit, const QString &path, int line,
                                     QString *error)
{
    git_blame_options opts = GIT_BLAME_OPTIONS_INIT;
    if (git_oid_fromstr(&opts.newest_commit, commit.toLatin1().constData()) != 0) {
        *error = QStringLiteral("'%1' is not a commit id").arg(printableName(commit));
        return std::nullopt;
    }
    // Only the one line is followed back through history.
    opts.min_line = size_t(line);
    opts.max_line = size_t(line);
    git_blame *raw = nullptr;
    if (line < 1 || git_blame_file(&raw, repo, path.toUtf8().constData(), &opts) != 0) {
        *error = QStringLiteral("%1:%2: cannot tell who wrote the line: %3").arg(path).arg(line).arg(Git::lastError());
        return std::nullopt;
    }
    std::unique_ptr<git_blame, Git::Deleter<git_blame, git_blame_free>> blame(raw);
    const git_blame_hunk *hunk = git_blame_get_hunk_byline(blame.get(), size_t(line));
    if (!hunk || !hunk->final_signature) {
        *error = QStringLiteral("%1:%2: cannot tell who wrote the line").arg(path).arg(line);
        return std::nullopt;
    }
    return LineAuthor{QString::fromUtf8(hunk->final_signature->name), QString::fromUtf8(hunk->final_signature->email),
                      Git::oidToString(hunk->final_commit_id)};
}

} // namespace ReleaseDeck
