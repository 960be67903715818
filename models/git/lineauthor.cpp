#include "lineauthor.h"

#include "domain/printable.h"

#include <git2/blame.h>
#include <git2/commit.h>
#include <git2/graph.h>
#include <git2/revwalk.h>
#include <git2/tree.h>

#include <algorithm>
#include <memory>

namespace ReleaseDeck {

std::optional<QList<LineAuthor>> lineAuthors(git_repository *repo, const QString &commit, const QString &path,
                                             const QList<int> &lines, QString *error)
{
    git_blame_options opts = GIT_BLAME_OPTIONS_INIT;
    if (git_oid_fromstr(&opts.newest_commit, commit.toLatin1().constData()) != 0) {
        *error = QStringLiteral("'%1' is not a commit id").arg(printableName(commit));
        return std::nullopt;
    }
    if (lines.isEmpty())
        return QList<LineAuthor>();
    // Only these lines are followed back through history.
    opts.min_line = size_t(*std::min_element(lines.cbegin(), lines.cend()));
    opts.max_line = size_t(*std::max_element(lines.cbegin(), lines.cend()));
    git_blame *raw = nullptr;
    if (opts.min_line < 1 || git_blame_file(&raw, repo, path.toUtf8().constData(), &opts) != 0) {
        *error = QStringLiteral("%1:%2: cannot tell who wrote the line: %3").arg(path).arg(opts.min_line).arg(Git::lastError());
        return std::nullopt;
    }
    std::unique_ptr<git_blame, Git::Deleter<git_blame, git_blame_free>> blame(raw);
    QList<LineAuthor> out;
    for (const int line : lines) {
        const git_blame_hunk *hunk = git_blame_get_hunk_byline(blame.get(), size_t(line));
        if (!hunk || !hunk->final_signature) {
            *error = QStringLiteral("%1:%2: cannot tell who wrote the line").arg(path).arg(line);
            return std::nullopt;
        }
        out.append({QString::fromUtf8(hunk->final_signature->name), QString::fromUtf8(hunk->final_signature->email),
                    Git::oidToString(hunk->final_commit_id)});
    }
    return out;
}

bool comesAfter(git_repository *repo, const QString &commit, const QString &earlier)
{
    git_oid a, b;
    if (git_oid_fromstr(&a, commit.toLatin1().constData()) != 0 || git_oid_fromstr(&b, earlier.toLatin1().constData()) != 0)
        return false;
    return git_graph_descendant_of(repo, &a, &b) == 1;
}

QString pathId(git_repository *repo, const QString &commit, const QString &path)
{
    git_object *obj = nullptr;
    const QByteArray spec = (commit + QLatin1Char(':') + path).toUtf8();
    if (git_revparse_single(&obj, repo, spec.constData()) != 0)
        return {};
    const QString id = Git::oidToString(*git_object_id(obj));
    git_object_free(obj);
    return id;
}

QString folderWithout(git_repository *repo, const QString &commit, const QString &dir, const QString &file)
{
    git_object *raw = nullptr;
    const QByteArray spec = (commit + QLatin1Char(':') + dir).toUtf8();
    if (git_revparse_single(&raw, repo, spec.constData()) != 0)
        return {};
    std::unique_ptr<git_object, Git::Deleter<git_object, git_object_free>> obj(raw);
    if (git_object_type(obj.get()) != GIT_OBJECT_TREE)
        return {};
    auto *tree = reinterpret_cast<git_tree *>(obj.get());
    QStringList out;
    for (size_t i = 0; i < git_tree_entrycount(tree); ++i) {
        const git_tree_entry *e = git_tree_entry_byindex(tree, i);
        const QString name = QString::fromUtf8(git_tree_entry_name(e));
        if (name != file)
            out.append(name + QLatin1Char(' ') + Git::oidToString(*git_tree_entry_id(e)));
    }
    return out.join(QLatin1Char('\n'));
}

std::optional<QList<PathCommit>> commitsTouching(git_repository *repo, const QString &from, const QString &to,
                                                 const QStringList &paths, int limit, QString *error)
{
    git_oid start, hide;
    if (git_oid_fromstr(&start, to.toLatin1().constData()) != 0 || git_oid_fromstr(&hide, from.toLatin1().constData()) != 0) {
        *error = QStringLiteral("'%1..%2' is not a range of commit ids").arg(from, to);
        return std::nullopt;
    }
    git_revwalk *raw = nullptr;
    if (git_revwalk_new(&raw, repo) != 0) {
        *error = Git::lastError();
        return std::nullopt;
    }
    std::unique_ptr<git_revwalk, Git::Deleter<git_revwalk, git_revwalk_free>> walk(raw);
    git_revwalk_simplify_first_parent(walk.get());
    if (git_revwalk_push(walk.get(), &start) != 0 || git_revwalk_hide(walk.get(), &hide) != 0) {
        *error = QStringLiteral("%1..%2: %3").arg(from.left(12), to.left(12), Git::lastError());
        return std::nullopt;
    }
    QList<PathCommit> out;
    git_oid id;
    while (out.size() < limit && git_revwalk_next(&id, walk.get()) == 0) {
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, repo, &id) != 0) {
            *error = QStringLiteral("%1: %2").arg(Git::oidToString(id).left(12), Git::lastError());
            return std::nullopt;
        }
        std::unique_ptr<git_commit, Git::Deleter<git_commit, git_commit_free>> commit(raw);
        const QString self = Git::oidToString(id);
        const QString parent = git_commit_parentcount(commit.get()) > 0 ? Git::oidToString(*git_commit_parent_id(commit.get(), 0)) : QString();
        const bool touches = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) {
            return pathId(repo, self, p) != (parent.isEmpty() ? QString() : pathId(repo, parent, p));
        });
        if (touches)
            out.append({self, QString::fromUtf8(git_commit_summary(commit.get())), QString::fromUtf8(git_commit_author(commit.get())->name)});
    }
    return out;
}

} // namespace ReleaseDeck
