#pragma once

#include "commitbuilder.h"
#include "gitutil.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace ReleaseDeck {

// A remote repository worked on through a bare clone of ReleaseDeck's own,
// so that a user's checkout is never touched: fetch, read files at a
// commit, commit edits in memory, push a branch or a tag. Blocking: call it
// on a worker thread.
class GitRemote
{
public:
    enum class Push {
        Pushed,    // the remote now has it
        UpToDate,  // it had it already: nothing was sent
        Rejected,  // the remote moved (someone pushed first) or holds another tag of that name
        Failed,    // no answer, no access
    };

    // Opens the clone of `url` under `cacheDir`, cloning it (bare) the first time.
    static std::optional<GitRemote> open(const QString &url, const QString &cacheDir, QString *error);

    GitRemote(GitRemote &&) = default;
    GitRemote &operator=(GitRemote &&) = default;

    QString url() const { return m_url; }
    QString path() const { return m_path; }
    git_repository *repository() const { return m_repo.get(); }

    // Fetches branches and tags; the remote's branches as refs/remotes/origin/*.
    bool fetch(QString *error);
    // The commit the remote's branch pointed at when last fetched, or "".
    QString tip(const QString &branch) const;
    // The commit a tag names on the remote as last fetched, or "".
    QString tagTarget(const QString &tag) const;
    std::optional<QByteArray> readFile(const QString &commit, const QString &path, QString *error) const;

    // A commit of these file contents on top of `parent`, made in memory.
    std::optional<QString> commit(const QString &parent, const QMap<QString, QByteArray> &files, const GitIdentity &who,
                                  const QString &message, QString *error);
    // Pushes a commit to a branch. Only a fast-forward is pushed: when the
    // branch has moved on the remote, the answer is Rejected and nothing changes.
    Push pushBranch(const QString &commit, const QString &branch, QString *error);
    // Creates an annotated tag on the commit and pushes it; pushing again
    // a tag the remote has for that commit changes nothing. A tag of that
    // name for another commit is Rejected and nothing is sent.
    Push pushTag(const QString &name, const QString &commit, const GitIdentity &who, const QString &message,
                 QString *error);

private:
    GitRemote() = default;
    Push push(const QString &refspec, const QString &what, QString *error);

    QString m_url;
    QString m_path;
    Git::RepositoryPtr m_repo;
};

} // namespace ReleaseDeck
