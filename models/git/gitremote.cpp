#include "gitremote.h"

#include "domain/workspace.h"
#include "domain/printable.h"
#include "platform/fileutil.h"
#include "timedstream.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace ReleaseDeck {

namespace {

// Logins for the remote: the ssh agent, or a token from the environment
// for https. Asked at most a few times, so a refused login ends.
struct CredentialState
{
    int calls = 0;
    RegistryLogin login;
    bool noLogin = false; // plain HTTP off loopback: nothing is sent
    QString url;          // the remote the login is for
};

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    if (scheme == QLatin1String("ssh"))
        return 22;
    return scheme == QLatin1String("git") ? 9418 : -1;
}

QString origin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(url.port(defaultPort(scheme)));
}

// Empty when the login for `remote` may go where libgit2 asks to send it:
// to the remote's own scheme, host and port, and never in clear text off
// loopback. libgit2 passes the URL a redirect led to; the server the
// request reached (the socket's peer) must be the remote's as well.
QString loginProblem(const QString &remote, const char *asked)
{
    const QUrl want(remote);
    const QUrl got(QString::fromUtf8(asked ? asked : ""));
    const QString scheme = want.scheme().toLower();
    if (want.host().isEmpty())
        return QStringLiteral("the login is sent only to a remote named by a URL with a host");
    if (origin(got) != origin(want))
        return QStringLiteral("the login for %1 is not sent to %2").arg(origin(want), printableName(origin(got)));
    if (scheme == QLatin1String("http") && !isLoopbackHost(want.host()))
        return QStringLiteral("the login for %1 is not sent over plain HTTP to a host that is not loopback").arg(origin(want));
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        const QString peer = Git::currentPeer();
        if (peer != QStringLiteral("%1:%2").arg(want.host().toLower()).arg(want.port(defaultPort(scheme))))
            return QStringLiteral("the login for %1 is not sent to %2, where the request was sent on to")
                .arg(origin(want), peer.isEmpty() ? QStringLiteral("another server") : printableName(peer));
    }
    return {};
}

// Declines the login with its reason: libgit2 reports the error set last,
// which would otherwise be a stale lookup of some config value.
int declineLogin(const QString &why)
{
    git_error_set_str(GIT_ERROR_HTTP, why.toUtf8().constData());
    return GIT_EAUTH;
}

int credentials(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowed, void *payload)
{
    auto *state = static_cast<CredentialState *>(payload);
    const QString where = printableName(origin(QUrl(state->url)));
    if (++state->calls > 3)
        return declineLogin(QStringLiteral("the server refused the login for %1 (authentication failed)").arg(where));
    if (allowed & GIT_CREDENTIAL_SSH_KEY)
        return git_credential_ssh_key_from_agent(out, usernameFromUrl ? usernameFromUrl : "git");
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        if (state->noLogin)
            return declineLogin(
                QStringLiteral("the server at %1 asks for a login, and none is sent to a remote marked insecure").arg(where));
        if (const QString why = loginProblem(state->url, url); !why.isEmpty())
            return declineLogin(why);
        QByteArray token = qgetenv("RELEASEDECK_GIT_TOKEN");
        QByteArray user = qgetenv("RELEASEDECK_GIT_USER");
        if (token.isEmpty()) {
            token = state->login.password.toUtf8();
            user = state->login.username.toUtf8();
        }
        if (token.isEmpty())
            return declineLogin(
                QStringLiteral("the server at %1 asks for a login: set RELEASEDECK_GIT_TOKEN, or keep one in the keychain").arg(where));
        if (user.isEmpty())
            user = "x-access-token";
        return git_credential_userpass_plaintext_new(out, user.constData(), token.constData());
    }
    return GIT_PASSTHROUGH;
}

QString cloneName(const QString &url)
{
    QString base = QFileInfo(QString(url).remove(QRegularExpression(QStringLiteral("/+$")))).completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    return base + QLatin1Char('-') + hash + QLatin1String(".git");
}

std::optional<git_oid> parseOid(const QString &id)
{
    git_oid oid;
    if (git_oid_fromstr(&oid, id.toLatin1().constData()) != 0)
        return std::nullopt;
    return oid;
}

// Where a tag made here waits until the remote has it; fetch leaves it.
QByteArray pendingTagRef(const QString &name)
{
    return ("refs/releasedeck/unpushed-tags/" + name).toUtf8();
}

QString refTarget(git_repository *repo, const QString &name)
{
    git_object *obj = nullptr;
    if (git_revparse_single(&obj, repo, (name + QLatin1String("^{commit}")).toUtf8().constData()) != 0)
        return {};
    Git::ObjectPtr owned(obj);
    return Git::oidToString(*git_object_id(obj));
}

} // namespace

QString GitRemote::folderName(const QString &url)
{
    return cloneName(url);
}

namespace {

// git's lock files in a clone of ours: a run killed while it wrote a ref,
// packed-refs or the config leaves them, and libgit2 then refuses every
// write. Only ReleaseDeck writes to its clones, one run at a time.
void removeStaleLocks(const QString &clone)
{
    for (const char *name : {"HEAD.lock", "config.lock", "packed-refs.lock", "index.lock", "shallow.lock", "FETCH_HEAD.lock"})
        QFile::remove(clone + QLatin1Char('/') + QLatin1String(name));
    QDirIterator it(clone + QLatin1String("/refs"), {QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::remove(it.next());
}

} // namespace

std::optional<GitRemote> GitRemote::open(const QString &url, const QString &cacheDir, QString *error,
                                         const RegistryLogin &login, bool insecure)
{
    Git::ensureInitialised();
    // Checked before anything is sent or written.
    if (const QString why = remoteUrlProblem(url, insecure); !why.isEmpty()) {
        *error = QStringLiteral("remote %1").arg(why);
        return std::nullopt;
    }
    GitRemote r;
    r.m_url = url;
    r.m_login = login;
    // A repository marked insecure is never trusted with a login over HTTP.
    r.m_noLogin = insecure && QUrl(url).scheme().toLower() == QLatin1String("http");
    r.m_path = QDir(cacheDir).filePath(cloneName(url));
    const QByteArray path = QFile::encodeName(r.m_path);
    git_repository *repo = nullptr;
    const QFileInfo folder(r.m_path);
    if (folder.isDir() && !folder.isSymLink())
        removeStaleLocks(r.m_path);
    if (QFileInfo::exists(r.m_path + QLatin1String("/HEAD"))) {
        if (git_repository_open_bare(&repo, path.constData()) != 0) {
            *error = QStringLiteral("%1: %2").arg(r.m_path, Git::lastError());
            return std::nullopt;
        }
        r.m_repo.reset(repo);
        if (!Git::checkLooseObjects(repo, error))
            return std::nullopt;
        return r;
    }
    // libgit2 reads a remote on this machine in this process: checked first.
    if (QString why; !Git::checkLocalRemote(url, &why)) {
        *error = QStringLiteral("%1: cannot clone: %2").arg(url, why);
        return std::nullopt;
    }
    QDir().mkpath(cacheDir);
    // Begun by a run killed before it wrote HEAD: cloned again.
    if (folder.isDir() && !folder.isSymLink())
        QDir(r.m_path).removeRecursively();
    git_clone_options opts = GIT_CLONE_OPTIONS_INIT;
    opts.bare = 1;
    CredentialState state{0, login, r.m_noLogin, url};
    opts.fetch_opts.callbacks.credentials = credentials;
    opts.fetch_opts.callbacks.payload = &state;
    if (git_clone(&repo, url.toUtf8().constData(), path.constData(), &opts) != 0) {
        *error = QStringLiteral("%1: cannot clone: %2").arg(url, Git::lastError());
        QDir(r.m_path).removeRecursively();
        return std::nullopt;
    }
    r.m_repo.reset(repo);
    return r;
}

bool GitRemote::fetch(QString *error)
{
    git_remote *remote = nullptr;
    if (git_remote_lookup(&remote, m_repo.get(), "origin") != 0) {
        *error = QStringLiteral("%1: %2").arg(m_path, Git::lastError());
        return false;
    }
    std::unique_ptr<git_remote, Git::Deleter<git_remote, git_remote_free>> owned(remote);
    if (QString why; !Git::checkLocalRemote(QString::fromUtf8(git_remote_url(remote)), &why)) {
        *error = QStringLiteral("%1: fetch failed: %2").arg(m_url, why);
        return false;
    }
    git_fetch_options opts = GIT_FETCH_OPTIONS_INIT;
    CredentialState state{0, m_login, m_noLogin, m_url};
    opts.callbacks.credentials = credentials;
    opts.callbacks.payload = &state;
    opts.prune = GIT_FETCH_PRUNE;
    opts.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    // The clone is bare and only ReleaseDeck writes to it: its branches
    // follow the remote's, so that HEAD is the remote's tip for a scan.
    const char *specs[] = {"+refs/heads/*:refs/remotes/origin/*", "+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"};
    const git_strarray refspecs{const_cast<char **>(specs), 3};
    if (git_remote_fetch(remote, &refspecs, &opts, "releasedeck fetch") != 0) {
        *error = QStringLiteral("%1: fetch failed: %2").arg(m_url, Git::lastError());
        return false;
    }
    return true;
}

QString GitRemote::tip(const QString &branch) const
{
    return refTarget(m_repo.get(), QStringLiteral("refs/remotes/origin/") + branch);
}

QString GitRemote::tagTarget(const QString &tag) const
{
    return refTarget(m_repo.get(), QStringLiteral("refs/tags/") + tag);
}

QString GitRemote::unpushedTagTarget(const QString &tag) const
{
    return refTarget(m_repo.get(), QString::fromUtf8(pendingTagRef(tag)));
}

bool GitRemote::setHead(const QString &commit, const QString &branch, QString *error)
{
    int rc = 0;
    if (commit.isEmpty()) {
        rc = git_repository_set_head(m_repo.get(), ("refs/heads/" + branch).toUtf8().constData());
    } else {
        const auto oid = parseOid(commit);
        if (!oid) {
            *error = QStringLiteral("'%1' is not a commit id").arg(commit);
            return false;
        }
        rc = git_repository_set_head_detached(m_repo.get(), &*oid);
    }
    if (rc != 0) {
        *error = QStringLiteral("%1: %2").arg(m_path, Git::lastError());
        return false;
    }
    return true;
}

QString GitRemote::describe(const QString &commit) const
{
    const auto oid = parseOid(commit);
    git_commit *c = nullptr;
    if (!oid || git_commit_lookup(&c, m_repo.get(), &*oid) != 0)
        return commit.left(12);
    const QString out = QStringLiteral("%1 \"%2\" by %3")
                            .arg(commit.left(12), QString::fromUtf8(git_commit_summary(c)),
                                 QString::fromUtf8(git_commit_author(c)->name));
    git_commit_free(c);
    return out;
}

QString GitRemote::resolve(const QString &revision) const
{
    return refTarget(m_repo.get(), revision);
}

std::optional<QString> GitRemote::commit(const QString &parent, const QMap<QString, QByteArray> &files,
                                         const GitIdentity &who, const QString &message, QString *error)
{
    std::vector<git_oid> parents;
    if (!parent.isEmpty()) {
        const auto oid = parseOid(parent);
        if (!oid) {
            *error = QStringLiteral("'%1' is not a commit id").arg(parent);
            return std::nullopt;
        }
        parents.push_back(*oid);
    }
    CommitBuilder builder(m_repo.get());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        builder.write(it.key(), it.value());
    const auto id = builder.commit(parents, who, message, QString(), error);
    if (!id)
        return std::nullopt;
    return Git::oidToString(*id);
}

GitRemote::Push GitRemote::push(const QString &refspec, const QString &what, QString *error)
{
    git_remote *remote = nullptr;
    if (git_remote_lookup(&remote, m_repo.get(), "origin") != 0) {
        *error = QStringLiteral("%1: %2").arg(m_path, Git::lastError());
        return Push::Failed;
    }
    std::unique_ptr<git_remote, Git::Deleter<git_remote, git_remote_free>> owned(remote);
    const char *pushUrl = git_remote_pushurl(remote) ? git_remote_pushurl(remote) : git_remote_url(remote);
    if (QString why; !Git::checkLocalRemote(QString::fromUtf8(pushUrl), &why)) {
        *error = QStringLiteral("%1: pushing %2 failed: %3").arg(m_url, what, why);
        return Push::Failed;
    }
    struct Outcome
    {
        CredentialState credentials;
        QString rejected;
    } outcome{{0, m_login, m_noLogin, m_url}, {}};
    git_push_options opts = GIT_PUSH_OPTIONS_INIT;
    opts.callbacks.credentials = credentials;
    opts.callbacks.payload = &outcome;
    opts.callbacks.push_update_reference = [](const char *refname, const char *status, void *payload) -> int {
        if (status)
            static_cast<Outcome *>(payload)->rejected = QStringLiteral("%1: %2").arg(QString::fromUtf8(refname),
                                                                                     QString::fromUtf8(status));
        return 0;
    };
    const QByteArray spec = refspec.toUtf8();
    const char *specs[] = {spec.constData()};
    const git_strarray refspecs{const_cast<char **>(specs), 1};
    if (const int rc = git_remote_push(remote, &refspecs, &opts); rc != 0) {
        const QString why = Git::lastError();
        // libgit2 refuses a non-fast-forward itself when the remote has
        // commits it has not fetched; some servers answer with an error.
        if (rc == GIT_ENONFASTFORWARD || why.contains(QLatin1String("non-fast-forward"))
            || why.contains(QLatin1String("already exists")) || why.contains(QLatin1String("rejected"))) {
            *error = QStringLiteral("%1: %2 was refused: %3").arg(m_url, what, why);
            return Push::Rejected;
        }
        *error = QStringLiteral("%1: pushing %2 failed: %3").arg(m_url, what, why);
        return Push::Failed;
    }
    if (!outcome.rejected.isEmpty()) {
        *error = QStringLiteral("%1: %2 was refused (%3)").arg(m_url, what, outcome.rejected);
        return Push::Rejected;
    }
    return Push::Pushed;
}

GitRemote::Push GitRemote::pushBranch(const QString &commit, const QString &branch, QString *error)
{
    const auto oid = parseOid(commit);
    if (!oid) {
        *error = QStringLiteral("'%1' is not a commit id").arg(commit);
        return Push::Failed;
    }
    const QString current = tip(branch);
    if (current == commit)
        return Push::UpToDate;
    // Pushed by an earlier run, and others have built on it since.
    if (const auto tipOid = parseOid(current); tipOid && git_graph_descendant_of(m_repo.get(), &*tipOid, &*oid) == 1)
        return Push::UpToDate;
    // A ref of our own names what is pushed; the remote-tracking ref moves
    // only when the remote took it.
    const QString local = QStringLiteral("refs/releasedeck/push/") + branch;
    git_reference *ref = nullptr;
    if (git_reference_create(&ref, m_repo.get(), local.toUtf8().constData(), &*oid, 1, "releasedeck push") != 0) {
        *error = QStringLiteral("%1: %2").arg(m_path, Git::lastError());
        return Push::Failed;
    }
    git_reference_free(ref);
    const Push result = push(local + QStringLiteral(":refs/heads/") + branch, QStringLiteral("branch %1").arg(branch), error);
    if (result == Push::Pushed) {
        git_reference *tracking = nullptr;
        if (git_reference_create(&tracking, m_repo.get(), ("refs/remotes/origin/" + branch).toUtf8().constData(), &*oid, 1,
                                 "releasedeck push")
            == 0)
            git_reference_free(tracking);
    }
    return result;
}

GitRemote::Push GitRemote::pushTag(const QString &name, const QString &commit, const GitIdentity &who,
                                   const QString &message, QString *error)
{
    // A tag made here by an earlier try, or already on the remote, is kept
    // and pushed again: the remote answers "up to date" when it has it.
    const QString existing = tagTarget(name);
    if (!existing.isEmpty() && existing != commit) {
        *error = QStringLiteral("%1: tag %2 already names %3, not %4").arg(m_url, name, existing.left(12), commit.left(12));
        return Push::Rejected;
    }
    if (!createTag(name, commit, who, message, error))
        return Push::Failed;
    return pushExistingTag(name, error);
}

bool GitRemote::createTag(const QString &name, const QString &commit, const GitIdentity &who, const QString &message,
                          QString *error)
{
    const auto oid = parseOid(commit);
    if (!oid) {
        *error = QStringLiteral("'%1' is not a commit id").arg(commit);
        return false;
    }
    restorePendingTag(name);
    const QString existing = tagTarget(name);
    if (existing == commit)
        return true;
    if (!existing.isEmpty()) {
        *error = QStringLiteral("%1: tag %2 already names %3, not %4").arg(m_url, name, existing.left(12), commit.left(12));
        return false;
    }
    if (!CommitBuilder::tagAnnotated(m_repo.get(), name, *oid, who, message, error))
        return false;
    // A fetch prunes tags the remote lacks: the tag is kept aside as well
    // until it is pushed, so that a run killed in between can push it.
    git_reference *made = nullptr;
    if (git_reference_lookup(&made, m_repo.get(), ("refs/tags/" + name).toUtf8().constData()) != 0) {
        *error = QStringLiteral("%1: %2").arg(m_path, Git::lastError());
        return false;
    }
    git_reference *kept = nullptr;
    const int rc = git_reference_create(&kept, m_repo.get(), pendingTagRef(name).constData(), git_reference_target(made), 1,
                                        "releasedeck: tag not pushed yet");
    git_reference_free(made);
    git_reference_free(kept);
    if (rc != 0) {
        *error = QStringLiteral("%1: %2").arg(m_path, Git::lastError());
        return false;
    }
    return true;
}

void GitRemote::restorePendingTag(const QString &name)
{
    git_reference *kept = nullptr;
    if (git_reference_lookup(&kept, m_repo.get(), pendingTagRef(name).constData()) != 0)
        return;
    git_reference *tag = nullptr;
    // Not forced: a tag of that name fetched from the remote stays as it is.
    git_reference_create(&tag, m_repo.get(), ("refs/tags/" + name).toUtf8().constData(), git_reference_target(kept), 0,
                         "releasedeck: tag kept aside until pushed");
    git_reference_free(tag);
    git_reference_free(kept);
}

void GitRemote::forgetPendingTag(const QString &name)
{
    git_reference *kept = nullptr;
    if (git_reference_lookup(&kept, m_repo.get(), pendingTagRef(name).constData()) != 0)
        return;
    git_reference_delete(kept);
    git_reference_free(kept);
}

GitRemote::Push GitRemote::pushExistingTag(const QString &name, QString *error)
{
    restorePendingTag(name);
    if (tagTarget(name).isEmpty()) {
        *error = QStringLiteral("%1: no tag %2 in the clone to push").arg(m_path, name);
        return Push::Failed;
    }
    const Push result = push(QStringLiteral("refs/tags/%1:refs/tags/%1").arg(name), QStringLiteral("tag %1").arg(name), error);
    if (result == Push::Pushed || result == Push::UpToDate)
        forgetPendingTag(name);
    return result;
}

bool GitRemote::deleteLocalTag(const QString &name, QString *error)
{
    forgetPendingTag(name);
    const QByteArray ref = QStringLiteral("refs/tags/%1").arg(name).toUtf8();
    git_reference *r = nullptr;
    if (git_reference_lookup(&r, m_repo.get(), ref.constData()) != 0)
        return true; // gone already
    const int rc = git_reference_delete(r);
    git_reference_free(r);
    if (rc != 0) {
        *error = QStringLiteral("%1: cannot delete tag %2: %3").arg(m_path, name, Git::lastError());
        return false;
    }
    return true;
}

} // namespace ReleaseDeck
