// Clones of ReleaseDeck's own, commits made in memory, pushes, against
// bare repositories over file:// and a git daemon on 127.0.0.1.
// Expectations come from the git CLI reading the remote.
#include "testsupport.h"

#include "gitdaemon.h"
#include "git/gitremote.h"
#include "registryserver.h"

#include <QDir>
#include <QProcess>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

GitIdentity riley()
{
    return {QStringLiteral("Riley Release"), QStringLiteral("riley@example.com"),
            QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC)};
}

} // namespace

TEST_CASE("A commit made in memory is pushed as a fast-forward, and a stale one is rejected", "[gitremote]")
{
    QTemporaryDir tmp;
    const QString bare = makeBareRemote(tmp.path());
    const bool overDaemon = GENERATE(false, true);
    std::unique_ptr<GitDaemon> daemon;
    QString url = QStringLiteral("file://") + bare;
    if (overDaemon) {
        daemon = std::make_unique<GitDaemon>(tmp.path() + QLatin1String("/remotes"));
        REQUIRE(daemon->isRunning());
        url = daemon->url(QStringLiteral("charts.git"));
    }
    INFO(url.toStdString());
    const QString cache = tmp.path() + QLatin1String("/cache");
    QString error;
    auto remote = onWorker([&] { return GitRemote::open(url, cache, &error); });
    INFO(error.toStdString());
    REQUIRE(remote);
    REQUIRE(remote->fetch(&error));
    const QString start = remote->tip(QStringLiteral("main"));
    CHECK(start == git(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}));
    CHECK(remote->readFile(start, QStringLiteral("releases.yaml"), &error) == QByteArray("releases:\n"));

    const auto staged = remote->commit(start, {{QStringLiteral("releases.yaml"), "releases:\n  - version: 0.73.0\n"}},
                                       riley(), QStringLiteral("Stage 0.73.0"), &error);
    REQUIRE(staged);
    CHECK(remote->pushBranch(*staged, QStringLiteral("main"), &error) == GitRemote::Push::Pushed);
    INFO(error.toStdString());
    CHECK(git(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == *staged);
    CHECK(git(bare, {QStringLiteral("show"), QStringLiteral("main:releases.yaml")}) == QLatin1String("releases:\n  - version: 0.73.0"));
    CHECK(git(bare, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae> %s"), QStringLiteral("main")})
          == QLatin1String("Riley Release <riley@example.com> Stage 0.73.0"));
    // Pushing it again sends nothing.
    CHECK(remote->pushBranch(*staged, QStringLiteral("main"), &error) == GitRemote::Push::UpToDate);

    // Someone else pushes first (the git CLI, from a clone of their own).
    const QString other = tmp.path() + QLatin1String("/other");
    git(tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), bare, other});
    writeFile(other + QLatin1String("/NOTES"), "theirs\n");
    git(other, {QStringLiteral("add"), QStringLiteral(".")});
    git(other, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Theirs")});
    git(other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    const QString theirs = git(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")});

    // Ours, built on the tip we knew, is refused and the remote keeps theirs.
    const auto stale = remote->commit(*staged, {{QStringLiteral("releases.yaml"), "releases:\n  - version: 0.74.0\n"}},
                                      riley(), QStringLiteral("Stage 0.74.0"), &error);
    REQUIRE(stale);
    CHECK(remote->pushBranch(*stale, QStringLiteral("main"), &error) == GitRemote::Push::Rejected);
    INFO(error.toStdString());
    CHECK(error.contains(QLatin1String("refused")));
    CHECK(git(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == theirs);
    // After a fetch the plan can be built again on their tip, and goes through.
    REQUIRE(remote->fetch(&error));
    CHECK(remote->tip(QStringLiteral("main")) == theirs);
    const auto rebuilt = remote->commit(theirs, {{QStringLiteral("releases.yaml"), "releases:\n  - version: 0.74.0\n"}},
                                        riley(), QStringLiteral("Stage 0.74.0"), &error);
    REQUIRE(rebuilt);
    CHECK(remote->pushBranch(*rebuilt, QStringLiteral("main"), &error) == GitRemote::Push::Pushed);
    CHECK(git(bare, {QStringLiteral("show"), QStringLiteral("main:NOTES")}) == QLatin1String("theirs"));
}

TEST_CASE("A tag is pushed once, and a tag of that name on another commit is never moved", "[gitremote]")
{
    QTemporaryDir tmp;
    const QString bare = makeBareRemote(tmp.path());
    GitDaemon daemon(tmp.path() + QLatin1String("/remotes"));
    REQUIRE(daemon.isRunning());
    QString error;
    auto remote = GitRemote::open(daemon.url(QStringLiteral("charts.git")), tmp.path() + QLatin1String("/cache"), &error);
    REQUIRE(remote);
    REQUIRE(remote->fetch(&error));
    const QString start = remote->tip(QStringLiteral("main"));
    CHECK(remote->pushTag(QStringLiteral("openhands/0.73.0"), start, riley(), QStringLiteral("Publish 0.73.0\n"), &error)
          == GitRemote::Push::Pushed);
    INFO(error.toStdString());
    CHECK(git(bare, {QStringLiteral("cat-file"), QStringLiteral("-t"), QStringLiteral("openhands/0.73.0")}) == QLatin1String("tag"));
    CHECK(git(bare, {QStringLiteral("rev-parse"), QStringLiteral("openhands/0.73.0^{commit}")}) == start);
    // Again, as a resumed plan would: nothing is sent, the tag object stays.
    const QString tagObject = git(bare, {QStringLiteral("rev-parse"), QStringLiteral("openhands/0.73.0")});
    const GitRemote::Push again
        = remote->pushTag(QStringLiteral("openhands/0.73.0"), start, riley(), QStringLiteral("Publish 0.73.0\n"), &error);
    INFO(error.toStdString());
    CHECK((again == GitRemote::Push::Pushed || again == GitRemote::Push::UpToDate));
    CHECK(git(bare, {QStringLiteral("rev-parse"), QStringLiteral("openhands/0.73.0")}) == tagObject);
    // Another commit under the same name: refused, the tag stays.
    const auto next = remote->commit(start, {{QStringLiteral("x"), "y\n"}}, riley(), QStringLiteral("Next"), &error);
    REQUIRE(next);
    CHECK(remote->pushTag(QStringLiteral("openhands/0.73.0"), *next, riley(), QStringLiteral("Publish\n"), &error)
          == GitRemote::Push::Rejected);
    CHECK(error.contains(QLatin1String("already names")));
    CHECK(git(bare, {QStringLiteral("rev-parse"), QStringLiteral("openhands/0.73.0^{commit}")}) == start);

    // A tag someone else pushed to the remote is seen after a fetch and not overwritten.
    git(bare, {QStringLiteral("tag"), QStringLiteral("openhands/0.74.0"), start});
    REQUIRE(remote->fetch(&error));
    CHECK(remote->pushTag(QStringLiteral("openhands/0.74.0"), *next, riley(), QStringLiteral("Publish\n"), &error)
          == GitRemote::Push::Rejected);
    CHECK(git(bare, {QStringLiteral("rev-parse"), QStringLiteral("openhands/0.74.0^{commit}")}) == start);
}

TEST_CASE("A remote that is not there is one clear error", "[gitremote][badinput]")
{
    QTemporaryDir tmp;
    QString error;
    const ClosedPort closed;
    CHECK_FALSE(GitRemote::open(QStringLiteral("git://127.0.0.1:%1/none.git").arg(closed.port()), tmp.path(), &error));
    INFO(error.toStdString());
    CHECK(error.startsWith(QLatin1String("git://127.0.0.1:")));
    CHECK(error.contains(QLatin1String("cannot clone")));
    CHECK_FALSE(error.contains(QLatin1Char('\n')));
    CHECK(QDir(tmp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("A remote that asks for a login says so in one line, with no token or a refused one", "[gitremote][badinput]")
{
    // An HTTP server on loopback that answers every request 401, as a
    // private repository does: python3's http.server, on a port of its own.
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import http.server,sys\n"
                                 "class H(http.server.BaseHTTPRequestHandler):\n"
                                 "    def do_GET(self):\n"
                                 "        self.send_response(401)\n"
                                 "        self.send_header('WWW-Authenticate', 'Basic realm=\"x\"')\n"
                                 "        self.send_header('Content-Length', '0')\n"
                                 "        self.end_headers()\n"
                                 "    do_POST = do_GET\n"
                                 "    def log_message(self, *a): pass\n"
                                 "s = http.server.HTTPServer(('127.0.0.1', 0), H)\n"
                                 "print(s.server_address[1], flush=True)\n"
                                 "s.serve_forever()\n")});
    REQUIRE(server.waitForStarted(-1));
    REQUIRE(server.waitForReadyRead(30000));
    const QString port = QString::fromLatin1(server.readLine().trimmed());
    REQUIRE_FALSE(port.isEmpty());
    const QString url = QStringLiteral("http://127.0.0.1:%1/charts.git").arg(port);
    QTemporaryDir tmp;
    QString error;

    qunsetenv("RELEASEDECK_GIT_TOKEN");
    CHECK_FALSE(GitRemote::open(url, tmp.path() + QLatin1String("/a"), &error));
    CHECK(error == QStringLiteral("%1: cannot clone: the server at http://127.0.0.1:%2 asks for a login: set RELEASEDECK_GIT_TOKEN, "
                                  "or keep one in the keychain")
                       .arg(url, port));

    qputenv("RELEASEDECK_GIT_TOKEN", "s3cret-token-value");
    CHECK_FALSE(GitRemote::open(url, tmp.path() + QLatin1String("/b"), &error));
    qunsetenv("RELEASEDECK_GIT_TOKEN");
    CHECK(error == QStringLiteral("%1: cannot clone: the server refused the login for http://127.0.0.1:%2 (authentication failed)")
                       .arg(url, port));
    CHECK_FALSE(error.contains(QLatin1String("s3cret")));
    server.kill();
    server.waitForFinished();
}

TEST_CASE("git's lock files a killed run left in a clone are cleared, and a half-made clone is made again", "[gitremote][fault]")
{
    QTemporaryDir tmp;
    const QString bare = makeBareRemote(tmp.path());
    GitDaemon daemon(tmp.path() + QLatin1String("/remotes"));
    REQUIRE(daemon.isRunning());
    const QString url = daemon.url(QStringLiteral("charts.git"));
    const QString cache = tmp.path() + QLatin1String("/cache");
    QString error;
    QString clonePath;
    {
        auto remote = GitRemote::open(url, cache, &error);
        REQUIRE(remote);
        REQUIRE(remote->fetch(&error));
        clonePath = remote->path();
    }
    // What a kill during a fetch leaves: a ref's lock and packed-refs' lock.
    const QString start = git(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    git(bare, {QStringLiteral("tag"), QStringLiteral("openhands/0.10.0"), start});
    QDir().mkpath(clonePath + QLatin1String("/refs/tags/openhands"));
    for (const char *lock : {"/refs/tags/openhands/0.10.0.lock", "/packed-refs.lock"}) {
        QFile f(clonePath + QLatin1String(lock));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    {
        auto remote = GitRemote::open(url, cache, &error);
        REQUIRE(remote);
        INFO(error.toStdString());
        REQUIRE(remote->fetch(&error));
        CHECK(remote->tagTarget(QStringLiteral("openhands/0.10.0")) == start);
    }
    CHECK(git(clonePath, {QStringLiteral("rev-parse"), QStringLiteral("openhands/0.10.0^{commit}")}) == start);
    // A clone killed before it wrote HEAD: a folder with something in it.
    QDir(clonePath).removeRecursively();
    QDir().mkpath(clonePath + QLatin1String("/objects/pack"));
    {
        QFile f(clonePath + QLatin1String("/objects/pack/tmp_pack_x"));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    auto remote = GitRemote::open(url, cache, &error);
    INFO(error.toStdString());
    REQUIRE(remote);
    REQUIRE(remote->fetch(&error));
    CHECK(remote->tip(QStringLiteral("main")) == start);
}
