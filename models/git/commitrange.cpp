#include "commitrange.h"

#include "gitutil.h"
#include "tagreader.h"

#include <algorithm>

namespace ReleaseDeck {

namespace {

using RevwalkPtr = std::unique_ptr<git_revwalk, Git::Deleter<git_revwalk, git_revwalk_free>>;

// Often enough that a cancel stops a long walk within milliseconds.
constexpr int kCancelCheckInterval = 256;

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

// Only hex ids are accepted, not revspecs: a branch or tag called like an
// abbreviated id must not silently win over the commit the caller meant.
bool resolveCommit(git_repository *repo, const QString &repoPath, const QString &id, git_oid *out, QString *error)
{
    const QString notFound = QStringLiteral("commit '%1' not found in %2").arg(id, repoPath);
    const QByteArray hex = id.toLatin1();
    git_oid prefix;
    if (hex.size() < GIT_OID_MINPREFIXLEN || hex.size() > GIT_OID_HEXSZ
        || git_oid_fromstrn(&prefix, hex.constData(), size_t(hex.size())) != 0) {
        *error = notFound;
        return false;
    }
    git_object *rawObject = nullptr;
    const int rc = git_object_lookup_prefix(&rawObject, repo, &prefix, size_t(hex.size()), GIT_OBJECT_ANY);
    if (rc == GIT_EAMBIGUOUS) {
        *error = QStringLiteral("commit id '%1' is ambiguous in %2").arg(id, repoPath);
        return false;
    }
    if (rc != 0) {
        *error = notFound;
        return false;
    }
    Git::ObjectPtr object(rawObject);
    // An annotated tag's id names its commit as well as git does.
    git_object *rawCommit = nullptr;
    if (git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT) != 0) {
        *error = QStringLiteral("'%1' in %2 is not a commit").arg(id, repoPath);
        return false;
    }
    Git::ObjectPtr commit(rawCommit);
    git_oid_cpy(out, git_object_id(commit.get()));
    return true;
}

CommitLine readLine(git_commit *commit)
{
    CommitLine line;
    line.id = Git::oidToString(*git_commit_id(commit));
    // git_commit_summary is what `git log --format=%s` prints: the first
    // paragraph, its lines joined by spaces.
    if (const char *summary = git_commit_summary(commit))
        line.subject = QString::fromUtf8(summary);
    if (const git_signature *author = git_commit_author(commit)) {
        line.author = QString::fromUtf8(author->name);
        line.date = QDateTime::fromSecsSinceEpoch(author->when.time, Qt::OffsetFromUTC, author->when.offset * 60);
    }
    return line;
}

CommitRange readRange(const QString &repoPath, const QString &from, const QString &to, int limit, ScanControl *control,
                      bool fromRoot)
{
    CommitRange out;
    auto fail = [&](const QString &message) {
        CommitRange failed;
        failed.error = oneLine(message);
        return failed;
    };
    auto cancelled = [&] { return control && control->isCancelled(); };

    Git::ensureInitialised();
    if (cancelled())
        return fail(QStringLiteral("cancelled"));
    QString error;
    Git::RepositoryPtr repo = openRepository(repoPath, &error);
    if (!repo)
        return fail(error.contains(repoPath) ? error : QStringLiteral("%1: %2").arg(repoPath, error));

    git_oid fromId;
    git_oid toId;
    if ((!fromRoot && !resolveCommit(repo.get(), repoPath, from, &fromId, &error))
        || !resolveCommit(repo.get(), repoPath, to, &toId, &error))
        return fail(error);

    if (!fromRoot) {
        size_t ahead = 0;
        size_t behind = 0;
        if (git_graph_ahead_behind(&ahead, &behind, repo.get(), &toId, &fromId) != 0)
            return fail(Git::lastError(QStringLiteral("cannot compare %1 with %2").arg(from, to)));
        out.ahead = int(ahead);
        out.behind = int(behind);
    }

    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo.get()) != 0)
        return fail(Git::lastError());
    RevwalkPtr walk(rawWalk);
    // Topological with time as the tie-break is git's --date-order; for a
    // history whose commit dates grow along its edges it is also plain
    // `git log` order, and it never lists a parent before its child.
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push(walk.get(), &toId) != 0 || (!fromRoot && git_revwalk_hide(walk.get(), &fromId) != 0))
        return fail(Git::lastError());

    const int max = std::max(limit, 0);
    git_oid id;
    int seen = 0;
    int rc = 0;
    while ((rc = git_revwalk_next(&id, walk.get())) == 0) {
        if (++seen % kCancelCheckInterval == 0 && cancelled())
            return fail(QStringLiteral("cancelled"));
        if (out.commits.size() == max) {
            out.truncated = true;
            break;
        }
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo.get(), &id) != 0)
            return fail(Git::lastError(QStringLiteral("cannot read commit %1").arg(Git::oidToString(id))));
        Git::CommitPtr commit(rawCommit);
        out.commits.append(readLine(commit.get()));
    }
    if (rc != 0 && rc != GIT_ITEROVER)
        return fail(Git::lastError());
    // A cancel during a walk too short to reach a check still counts.
    if (cancelled())
        return fail(QStringLiteral("cancelled"));
    return out;
}

} // namespace

CommitRange readCommitRange(const QString &repoPath, const QString &from, const QString &to, int limit,
                            ScanControl *control)
{
    return readRange(repoPath, from, to, limit, control, false);
}

CommitRange readCommitsUpTo(const QString &repoPath, const QString &to, int limit, ScanControl *control)
{
    return readRange(repoPath, QString(), to, limit, control, true);
}

} // namespace ReleaseDeck
