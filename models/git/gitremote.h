#pragma once

#include "commitbuilder.h"
#include "gitutil.h"
#include "platform/keychain.h"

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

    // Opens the clone of `url` under `cacheDir`, cloning it (bare) the first
    // time. Over https the login is RELEASEDECK_GIT_TOKEN (and
    // RELEASEDECK_GIT_USER) from the environment, else `login` (from the
    // keychain); over ssh, the ssh agent. A URL holding a password is
    // refused (it would end up in the clone's config file), and so is plain
    // HTTP to a host that is not loopback unless `insecure`; then no login
    // is ever sent. The caller holds the clone's run lock: git's own lock
    // files left in the clone by a killed run are then stale and removed,
    // and a clone a kill left half made is made again.
    static std::optional<GitRemote> open(const QString &url, const QString &cacheDir, QString *error,
                                         const RegistryLogin &login = {}, bool insecure = false);

    GitRemote(GitRemote &&) = default;
    GitRemote &operator=(GitRemote &&) = default;

    // The clone's folder name for a URL: readable, and unique per URL.
    static QString folderName(const QString &url);

    QString url() const { return m_url; }
    QString path() const { return m_path; }
    git_repository *repository() const { return m_repo.get(); }

    // Fetches branches and tags; the remote's branches as refs/remotes/origin/*.
    bool fetch(QString *error);
    // The commit the remote's branch pointed at when last fetched, or "".
    QString tip(const QString &branch) const;
    // The commit a tag names on the remote as last fetched, or "".
    QString tagTarget(const QString &tag) const;
    // The commit of a tag made in the clone by a run that was stopped
    // before it pushed it, or "".
    QString unpushedTagTarget(const QString &tag) const;
    std::optional<QByteArray> readFile(const QString &commit, const QString &path, QString *error) const;
    // Points the clone's HEAD at a commit, so that a scan reads it there;
    // an empty commit points it back at the branch.
    bool setHead(const QString &commit, const QString &branch, QString *error);
    // "abc123456789 \"Subject\" by Name", for conflict messages.
    QString describe(const QString &commit) const;
    // Every file under a folder at a commit, by path from that folder.
    std::optional<QMap<QString, QByteArray>> readTree(const QString &commit, const QString &dir, QString *error) const;
    // The full id of a revision (a short id, a branch, a tag) as fetched.
    QString resolve(const QString &revision) const;

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
    // The two halves of pushTag, for plans that show them as steps: the
    // annotated tag made in the clone (the same tag again is kept), then
    // its push. deleteLocalTag undoes the first while the tag is not on
    // the remote.
    bool createTag(const QString &name, const QString &commit, const GitIdentity &who, const QString &message,
                   QString *error);
    Push pushExistingTag(const QString &name, QString *error);
    bool deleteLocalTag(const QString &name, QString *error);

private:
    GitRemote() = default;
    Push push(const QString &refspec, const QString &what, QString *error);

    QString m_url;
    QString m_path;
    void restorePendingTag(const QString &name);
    void forgetPendingTag(const QString &name);

    RegistryLogin m_login;
    bool m_noLogin = false;
    Git::RepositoryPtr m_repo;
};

} // namespace ReleaseDeck
