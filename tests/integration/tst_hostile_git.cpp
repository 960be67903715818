// The git side against remotes and repositories made to hurt: a server that
// takes the connection and never answers, a loopback remote that sends the
// login on to another server, loose objects that are cut short, huge or
// behind an alternates file, a HEAD that cannot be read. Real libgit2, real
// repositories from the git CLI, servers on 127.0.0.1 started here.
#include "testsupport.h"

#include "gitdaemon.h"
#include "git/gitremote.h"
#include "git/tagreader.h"
#include "git/timedstream.h"
#include "workspace/scanner.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <memory>
#include <mutex>
#include <thread>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

GitIdentity riley()
{
    return {QStringLiteral("Riley Release"), QStringLiteral("riley@example.com"),
            QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC)};
}

QString looseFile(const QString &repo, const QString &id)
{
    const QString path = QStringLiteral("%1/objects/%2/%3").arg(repo, id.left(2), id.mid(2));
    REQUIRE(QFile::exists(path));
    return path;
}

// Cuts a loose object in half, as a crash during a write leaves it.
void truncate(const QString &file)
{
    QFile f(file);
    REQUIRE(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(f.resize(f.size() / 2));
}

// Runs fn on a thread of its own and waits for its answer. A call that never
// returns (what these tests are about) fails the test after a bound far
// beyond any answer instead of hanging the suite; its thread is left behind.
template<typename Fn>
auto finishes(Fn fn)
{
    using Result = decltype(fn());
    struct Shared
    {
        std::mutex mutex;
        std::optional<Result> result;
    };
    auto shared = std::make_shared<Shared>();
    std::thread([shared, fn]() mutable {
        Result r = fn();
        const std::lock_guard lock(shared->mutex);
        shared->result = std::move(r);
    }).detach();
    const auto done = [&] {
        const std::lock_guard lock(shared->mutex);
        return shared->result.has_value();
    };
    REQUIRE_EVENTUALLY(done(), 120000);
    const std::lock_guard lock(shared->mutex);
    return std::move(*shared->result);
}

struct Outcome
{
    bool ok = false;
    QString error;
};

// A server on 127.0.0.1 that takes every connection and never answers
// (tests/support/silent_server.py).
struct SilentServer
{
    QProcess process;
    int port = 0;

    SilentServer()
    {
        process.start(QStringLiteral("python3"), {QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/silent_server.py")});
        port = readyPort(process);
    }
    ~SilentServer()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

// A remote on 127.0.0.1 whose answer never ends
// (tests/support/endless_git_server.py): "trickle-http" answers a byte a
// second, "endless-refs" a git:// ref advertisement with no end.
struct EndlessServer
{
    QProcess process;
    int port = 0;

    explicit EndlessServer(const QString &mode)
    {
        process.start(QStringLiteral("python3"), {QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/endless_git_server.py"), mode});
        port = readyPort(process);
    }
    ~EndlessServer()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

// A clone at `cache` made from a git daemon serving a bare remote under
// `dir`, whose origin then points at `url`.
std::shared_ptr<GitRemote> cloneThenPointAt(const QString &dir, const QString &cache, const QString &url)
{
    makeBareRemote(dir);
    GitDaemon daemon(dir + QLatin1String("/remotes"));
    REQUIRE(daemon.isRunning());
    QString error;
    auto opened = GitRemote::open(daemon.url(QStringLiteral("charts.git")), cache, &error);
    INFO(error.toStdString());
    REQUIRE(opened);
    auto remote = std::make_shared<GitRemote>(std::move(*opened));
    REQUIRE(remote->fetch(&error));
    git(remote->path(), {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), url});
    return remote;
}

// tests/support/git_http.py serving ROOT for USER:TOKEN, or sending every
// request on to `redirect`.
struct GitHttpServer
{
    QProcess process;
    int port = 0;

    GitHttpServer(const QString &root, const QString &portFile, const QString &user, const QString &token,
                  const QString &redirect = {})
    {
        QStringList args{QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/git_http.py"), root, portFile, user, token};
        if (!redirect.isEmpty())
            args.append(redirect);
        process.start(QStringLiteral("python3"), args);
        REQUIRE(process.waitForStarted(-1));
        REQUIRE_EVENTUALLY(QFile::exists(portFile), 60000);
        QFile f(portFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        port = f.readAll().toInt();
        REQUIRE(port > 0);
    }
    ~GitHttpServer()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    // What it logged, once it has stopped.
    QByteArray log()
    {
        process.terminate();
        process.waitForFinished(5000);
        return process.readAllStandardError();
    }
};

} // namespace

TEST_CASE("A git remote that takes the connection and never answers stops a clone, a fetch and a push after the set time, naming the host",
          "[hostile][git][hang]")
{
    Git::ensureInitialised();
    Git::setNetworkTimeout(1);
    struct Reset
    {
        ~Reset() { Git::setNetworkTimeout(0); }
    } reset;
    const QString scheme = GENERATE(QStringLiteral("git"), QStringLiteral("http"));
    QTemporaryDir tmp;
    SilentServer silent;
    const QString url = QStringLiteral("%1://127.0.0.1:%2/charts.git").arg(scheme).arg(silent.port);
    const QString noAnswer = QStringLiteral("127.0.0.1:%1: no answer within 1 s").arg(silent.port);
    const QString cache = tmp.path() + QLatin1String("/cache");
    INFO(url.toStdString());

    SECTION("clone")
    {
        const Outcome clone = finishes([url, cache] {
            Outcome o;
            o.ok = GitRemote::open(url, cache, &o.error).has_value();
            return o;
        });
        CHECK_FALSE(clone.ok);
        CHECK(clone.error == url + QLatin1String(": cannot clone: ") + noAnswer);
        CHECK(QDir(cache).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
    SECTION("fetch and push")
    {
        // A clone made from a git daemon; then its remote stops answering.
        makeBareRemote(tmp.path());
        GitDaemon daemon(tmp.path() + QLatin1String("/remotes"));
        REQUIRE(daemon.isRunning());
        QString error;
        auto opened = GitRemote::open(daemon.url(QStringLiteral("charts.git")), cache, &error);
        INFO(error.toStdString());
        REQUIRE(opened);
        auto remote = std::make_shared<GitRemote>(std::move(*opened));
        REQUIRE(remote->fetch(&error));
        const QString start = remote->tip(QStringLiteral("main"));
        const auto next = remote->commit(start, {{QStringLiteral("releases.yaml"), "releases:\n  - version: 0.73.0\n"}}, riley(),
                                         QStringLiteral("Stage 0.73.0"), &error);
        REQUIRE(next);
        git(remote->path(), {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), url});

        const Outcome fetch = finishes([remote] {
            Outcome o;
            o.ok = remote->fetch(&o.error);
            return o;
        });
        CHECK_FALSE(fetch.ok);
        CHECK(fetch.error == remote->url() + QLatin1String(": fetch failed: ") + noAnswer);

        const QString commit = *next;
        const Outcome push = finishes([remote, commit] {
            Outcome o;
            o.ok = remote->pushBranch(commit, QStringLiteral("main"), &o.error) == GitRemote::Push::Pushed;
            return o;
        });
        CHECK_FALSE(push.ok);
        CHECK(push.error == remote->url() + QLatin1String(": pushing branch main failed: ") + noAnswer);
        CHECK(remote->tip(QStringLiteral("main")) == start);
    }
}

TEST_CASE("A git remote that trickles its answer a byte a second stops a clone and a fetch at the connection's deadline, naming the host",
          "[hostile][git][hang]")
{
    Git::ensureInitialised();
    struct Reset
    {
        ~Reset() { Git::setNetworkDeadline(0); }
    } reset;
    QTemporaryDir tmp;
    EndlessServer trickle(QStringLiteral("trickle-http"));
    const QString url = QStringLiteral("http://127.0.0.1:%1/charts.git").arg(trickle.port);
    const QString stopped = QStringLiteral("127.0.0.1:%1: no whole answer within 2 s; stopped").arg(trickle.port);
    const QString cache = tmp.path() + QLatin1String("/cache");
    // A byte comes each second, well inside the idle spell: only the
    // deadline ends it.
    REQUIRE(Git::networkTimeout() >= 10);

    SECTION("clone")
    {
        Git::setNetworkDeadline(2);
        const Outcome clone = finishes([url, cache] {
            Outcome o;
            o.ok = GitRemote::open(url, cache, &o.error).has_value();
            return o;
        });
        CHECK_FALSE(clone.ok);
        CHECK(clone.error == url + QLatin1String(": cannot clone: ") + stopped);
        CHECK(QDir(cache).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
    SECTION("fetch")
    {
        const auto remote = cloneThenPointAt(tmp.path(), cache, url);
        const QString start = remote->tip(QStringLiteral("main"));
        Git::setNetworkDeadline(2);
        const Outcome fetch = finishes([remote] {
            Outcome o;
            o.ok = remote->fetch(&o.error);
            return o;
        });
        CHECK_FALSE(fetch.ok);
        CHECK(fetch.error == remote->url() + QLatin1String(": fetch failed: ") + stopped);
        CHECK(remote->tip(QStringLiteral("main")) == start);
    }
    Git::setNetworkDeadline(0);
    CHECK(Git::networkDeadline() == 15 * 60);
}

TEST_CASE("A git remote with an endless ref advertisement stops a clone and a fetch at the byte cap, naming the host, in bounded memory",
          "[hostile][git][hang]")
{
    Git::ensureInitialised();
    struct Reset
    {
        ~Reset() { Git::setMaxAnswerBytes(0); }
    } reset;
    QTemporaryDir tmp;
    EndlessServer endless(QStringLiteral("endless-refs"));
    const QString url = QStringLiteral("git://127.0.0.1:%1/charts.git").arg(endless.port);
    const QString stopped = QStringLiteral("127.0.0.1:%1: the answer is larger than 1 MiB; stopped").arg(endless.port);
    const QString cache = tmp.path() + QLatin1String("/cache");

    SECTION("clone")
    {
        Git::setMaxAnswerBytes(qint64(1) << 20);
        resetPeakMemory();
        const qint64 before = peakMemoryKiB();
        const Outcome clone = finishes([url, cache] {
            Outcome o;
            o.ok = GitRemote::open(url, cache, &o.error).has_value();
            return o;
        });
        CHECK_FALSE(clone.ok);
        CHECK(clone.error == url + QLatin1String(": cannot clone: ") + stopped);
        CHECK(QDir(cache).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        // A megabyte of refs kept, not gigabytes.
        CHECK(peakMemoryKiB() - before < 64 * 1024);
    }
    SECTION("fetch")
    {
        const auto remote = cloneThenPointAt(tmp.path(), cache, url);
        const QString start = remote->tip(QStringLiteral("main"));
        Git::setMaxAnswerBytes(qint64(1) << 20);
        resetPeakMemory();
        const qint64 before = peakMemoryKiB();
        const Outcome fetch = finishes([remote] {
            Outcome o;
            o.ok = remote->fetch(&o.error);
            return o;
        });
        CHECK_FALSE(fetch.ok);
        CHECK(fetch.error == remote->url() + QLatin1String(": fetch failed: ") + stopped);
        CHECK(remote->tip(QStringLiteral("main")) == start);
        CHECK(peakMemoryKiB() - before < 64 * 1024);
    }
    Git::setMaxAnswerBytes(0);
    CHECK(Git::maxAnswerBytes() == qint64(4) << 30);
}

TEST_CASE("A loopback HTTP remote that sends the request on to another server never gets the login sent there",
          "[hostile][secrets][git]")
{
    QTemporaryDir tmp;
    makeBareRemote(tmp.path());
    const QString root = tmp.path() + QLatin1String("/remotes");
    const QString user = QStringLiteral("release-bot");
    const QString token = QStringLiteral("ghp_RedirectT0ken9999");
    const RegistryLogin login{user, token};

    // Another port stands for another host: the login is for the remote's own.
    GitHttpServer other(root, tmp.path() + QLatin1String("/other.port"), user, token);
    GitHttpServer moved(root, tmp.path() + QLatin1String("/moved.port"), user, token, other.base());
    const QString url = moved.base() + QLatin1String("/charts.git");
    const Outcome clone = finishes([url, cache = tmp.path() + QLatin1String("/cache"), login] {
        Outcome o;
        o.ok = GitRemote::open(url, cache, &o.error, login).has_value();
        return o;
    });
    INFO(clone.error.toStdString());
    CHECK_FALSE(clone.ok);
    CHECK(clone.error.startsWith(url + QLatin1String(": cannot clone: ")));
    CHECK(clone.error.contains(QStringLiteral("127.0.0.1:%1").arg(other.port)));
    CHECK_FALSE(clone.error.contains(QLatin1Char('\n')));
    CHECK_FALSE(clone.error.contains(token));
    const QByteArray otherLog = other.log();
    INFO(otherLog.toStdString());
    CHECK(otherLog.contains("authorization none"));
    CHECK_FALSE(otherLog.contains("authorization sent"));

    // The same login to that server as the remote itself is sent, and works.
    GitHttpServer direct(root, tmp.path() + QLatin1String("/direct.port"), user, token);
    const QString directUrl = direct.base() + QLatin1String("/charts.git");
    const Outcome good = finishes([directUrl, cache = tmp.path() + QLatin1String("/cache2"), login] {
        Outcome o;
        o.ok = GitRemote::open(directUrl, cache, &o.error, login).has_value();
        return o;
    });
    INFO(good.error.toStdString());
    CHECK(good.ok);
    CHECK(direct.log().contains("authorization sent"));
}

TEST_CASE("A local remote with a truncated loose object stops the clone and the fetch with a line naming it, instead of spinning",
          "[hostile][git][hang]")
{
    QTemporaryDir tmp;
    const QString bare = makeBareRemote(tmp.path());
    const bool asPath = GENERATE(false, true);
    const QString url = asPath ? bare : QLatin1String("file://") + bare;
    const QString cache = tmp.path() + QLatin1String("/cache");
    INFO(url.toStdString());

    SECTION("clone")
    {
        const QString id = git(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        const QString file = looseFile(bare, id);
        truncate(file);
        const Outcome clone = finishes([url, cache] {
            Outcome o;
            o.ok = GitRemote::open(url, cache, &o.error).has_value();
            return o;
        });
        CHECK_FALSE(clone.ok);
        CHECK(clone.error.contains(QStringLiteral("the loose object %1 (%2) is truncated").arg(id, file)));
        CHECK_FALSE(clone.error.contains(QLatin1Char('\n')));
    }
    SECTION("fetch")
    {
        QString error;
        auto opened = GitRemote::open(url, cache, &error);
        INFO(error.toStdString());
        REQUIRE(opened);
        auto remote = std::make_shared<GitRemote>(std::move(*opened));
        // Someone pushes a commit; a disk fault cuts it short in the remote.
        const QString work = tmp.path() + QLatin1String("/work");
        writeFile(work + QLatin1String("/NOTES"), "next\n");
        git(work, {QStringLiteral("add"), QStringLiteral(".")});
        git(work, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Next")});
        git(work, {QStringLiteral("push"), QStringLiteral("-q"), bare, QStringLiteral("main")});
        const QString id = git(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        const QString file = looseFile(bare, id);
        truncate(file);
        const Outcome fetch = finishes([remote] {
            Outcome o;
            o.ok = remote->fetch(&o.error);
            return o;
        });
        CHECK_FALSE(fetch.ok);
        CHECK(fetch.error.contains(QStringLiteral("the loose object %1 (%2) is truncated").arg(id, file)));
        CHECK_FALSE(fetch.error.contains(QLatin1Char('\n')));
    }
}

TEST_CASE("Loose objects behind an alternates file are checked too, and alternates that lead round in a circle end",
          "[hostile][git][hang]")
{
    Git::ensureInitialised();
    QTemporaryDir tmp;
    const QString base = makeBareRemote(tmp.path());
    const QString shared = tmp.path() + QLatin1String("/shared.git");
    git(tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("--shared"), base, shared});
    REQUIRE(QFile::exists(shared + QLatin1String("/objects/info/alternates")));
    const QString id = git(base, {QStringLiteral("rev-parse"), QStringLiteral("main^{tree}")});
    const QString file = looseFile(base, id);
    truncate(file);
    const bool circle = GENERATE(false, true);
    if (circle)
        writeFile(base + QLatin1String("/objects/info/alternates"), (shared + QLatin1String("/objects\n")).toUtf8());
    const QString error = finishes([shared] {
        QString e;
        return openRepository(shared, &e) ? QString() : e;
    });
    CHECK(error.contains(QStringLiteral("the loose object %1 (%2) is truncated").arg(id, file)));
    CHECK_FALSE(error.contains(QLatin1Char('\n')));
}

TEST_CASE("A loose commit or tree whose header claims more than 16 MiB is refused from its header, and a big blob is checked in bounded memory",
          "[hostile][git]")
{
    Git::ensureInitialised();
    QTemporaryDir tmp;
    const QString bare = makeBareRemote(tmp.path());
    struct Case
    {
        const char *type;
        qint64 declared, body;
        const char *problem;
    };
    const Case cases[] = {
        // A gigabyte claimed, a megabyte there: refused before the rest is looked for.
        {"commit", qint64(1) << 30, qint64(1) << 20, "is a commit of 1024 MiB; larger than 16 MiB"},
        // All 64 MiB there: a tree that large is still not one a repository holds.
        {"tree", qint64(64) << 20, qint64(64) << 20, "is a tree of 64 MiB; larger than 16 MiB"},
        {"blob", qint64(128) << 20, qint64(128) << 20, nullptr},
    };
    const Case which = GENERATE_REF(from_range(std::begin(cases), std::end(cases)));
    INFO(which.type);
    const ProcessResult made = run(QStringLiteral("python3"), {QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/loose_object.py"),
                                                              bare + QLatin1String("/objects"), QLatin1String(which.type),
                                                              QString::number(which.declared), QString::number(which.body)});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString id = QString::fromLatin1(made.out.trimmed());
    const QString file = QStringLiteral("%1/objects/%2/%3").arg(bare, id.left(2), id.mid(2));
    REQUIRE(QFile::exists(file));
    resetPeakMemory();
    const qint64 before = peakMemoryKiB();
    QString error;
    const bool opened = openRepository(bare, &error) != nullptr;
    INFO(error.toStdString());
    if (which.problem) {
        CHECK_FALSE(opened);
        CHECK(error.startsWith(QStringLiteral("the loose object %1 (%2) %3").arg(id, file, QLatin1String(which.problem))));
        CHECK_FALSE(error.contains(QLatin1Char('\n')));
    } else {
        CHECK(opened);
        // Inflated through a fixed buffer, never whole.
        CHECK(peakMemoryKiB() - before < 32 * 1024);
    }
}

TEST_CASE("A HEAD that cannot be read is a problem naming the repository, not an empty history", "[hostile][git]")
{
    Git::ensureInitialised();
    QTemporaryDir tmp;
    const QString bare = makeBareRemote(tmp.path());
    git(bare, {QStringLiteral("tag"), QStringLiteral("0.73.0"), QStringLiteral("main")});
    git(bare, {QStringLiteral("pack-refs"), QStringLiteral("--all")});
    REQUIRE_FALSE(QFile::exists(bare + QLatin1String("/refs/heads/main")));
    const QString missing = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    struct Case
    {
        const char *what;
        QString file;
        QByteArray content;
        bool problem;
    };
    const Case cases[] = {
        {"garbage in packed-refs", QStringLiteral("packed-refs"), "# pack-refs with: peeled fully-peeled sorted \nnot a ref at all\n\x01\x02\n", true},
        {"main names a missing commit", QStringLiteral("refs/heads/main"), missing.toLatin1() + '\n', true},
        {"HEAD names a missing commit", QStringLiteral("HEAD"), missing.toLatin1() + '\n', true},
        {"HEAD names a branch not made yet", QStringLiteral("HEAD"), "ref: refs/heads/unborn\n", false},
    };
    const Case which = GENERATE_REF(from_range(std::begin(cases), std::end(cases)));
    INFO(which.what);
    QFile::remove(bare + QLatin1Char('/') + which.file);
    writeFile(bare + QLatin1Char('/') + which.file, which.content);

    RepoConfig config;
    config.id = QStringLiteral("charts");
    config.path = bare;
    const RepoTags tags = readTags(config, nullptr);
    INFO(tags.problems.join(QLatin1Char('\n')).toStdString());
    const bool headProblem = std::any_of(tags.problems.cbegin(), tags.problems.cend(), [](const QString &p) {
        return p.startsWith(QLatin1String("repository 'charts': HEAD")) && !p.contains(QLatin1Char('\n'));
    });
    CHECK(headProblem == which.problem);
    CHECK(tags.state.head.isEmpty());
    if (!which.problem)
        CHECK(tags.problems.isEmpty());

    // The release manifest there is "not recorded yet" only for a branch not made yet.
    Workspace ws;
    ws.file = tmp.path() + QLatin1String("/releasedeck.yaml");
    ws.repos.append(config);
    ws.manifestRepo = config.id;
    const WorkspaceSnapshot snap = Scanner::scan(ws);
    INFO(snap.problems.join(QLatin1Char('\n')).toStdString());
    const bool manifestProblem = std::any_of(snap.problems.cbegin(), snap.problems.cend(), [](const QString &p) {
        return p.startsWith(QLatin1String("charts:releases.yaml: HEAD"));
    });
    CHECK(manifestProblem == which.problem);
}
