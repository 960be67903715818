// WorkspaceWatcher against real repositories changed by the git CLI: what
// moves a ref must give one changed() per burst, what git writes beside the
// refs (locks, objects, logs, index) must give none.
#include "workspace/workspacewatcher.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>
#include <QSemaphore>
#include <QThreadPool>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

// The quiet spell: short, because nothing here depends on it being long.
// A git command runs to its end while this thread waits for it, so all it
// wrote is queued for the watcher at once and makes one burst, however
// slow the machine.
constexpr int kDebounce = 20;
// A bound on waiting for what must come, not a time anything must take.
constexpr int kEventually = 60000;

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void gitIn(const QString &dir, const char *line)
{
    git(dir, words(line));
}

void saveAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    REQUIRE(file.commit());
}

struct Fixture
{
    QTemporaryDir tmp;
    WorkspaceWatcher watcher;
    QSignalSpy spy{&watcher, &WorkspaceWatcher::changed};
    QSignalSpy checks{&watcher, &WorkspaceWatcher::checked};
    int checksSeen = 0;

    Fixture()
    {
        REQUIRE(tmp.isValid());
        watcher.setDebounceInterval(kDebounce);
    }

    QString path(const char *relative) const { return tmp.path() + QLatin1Char('/') + QString::fromUtf8(relative); }

    QString clone(const char *name)
    {
        git(tmp.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"),
                         QString::fromUtf8(name)});
        gitIn(path(name), "commit -q --allow-empty -m initial");
        return path(name);
    }

    // Waits until the watcher has compared what the last step wrote (a
    // check since the last settle) and has nothing left on its way, then
    // returns how many changed() came since the last settle. A step must
    // write something watched, or there is nothing to wait for.
    int settle()
    {
        REQUIRE_EVENTUALLY((checks.size() > checksSeen && watcher.isIdle()), kEventually);
        checksSeen = int(checks.size());
        const int count = int(spy.count());
        spy.clear();
        return count;
    }

    // Waits until the watcher has seen the first event of a step and its
    // quiet spell is running.
    void waitForEvent() { REQUIRE_EVENTUALLY(!watcher.isIdle(), kEventually); }

    QStringList watched() const { return watcher.watchedPaths(); }
};

} // namespace

TEST_CASE("The debounce interval is 500 ms unless set")
{
    WorkspaceWatcher watcher;
    REQUIRE(watcher.debounceInterval() == 500);
    watcher.setDebounceInterval(250);
    REQUIRE(watcher.debounceInterval() == 250);
}

TEST_CASE("A clone is watched at HEAD, refs folders and the git dir")
{
    Fixture f;
    const QString repo = f.clone("repo");
    gitIn(repo, "tag charts/1.0.0");
    const QString workspace = f.path("workspace.yaml");
    writeFile(workspace, "repositories: []\n");

    f.watcher.watch(workspace, {repo});

    const QStringList watched = f.watched();
    CAPTURE(watched);
    REQUIRE(watched.contains(workspace));
    REQUIRE(watched.contains(f.tmp.path()));
    REQUIRE(watched.contains(repo + QLatin1String("/.git")));
    REQUIRE(watched.contains(repo + QLatin1String("/.git/HEAD")));
    REQUIRE(watched.contains(repo + QLatin1String("/.git/refs/heads")));
    REQUIRE(watched.contains(repo + QLatin1String("/.git/refs/tags")));
    REQUIRE(watched.contains(repo + QLatin1String("/.git/refs/tags/charts")));
    REQUIRE_FALSE(watched.contains(repo + QLatin1String("/.git/objects")));
    REQUIRE_FALSE(watched.contains(repo + QLatin1String("/.git/logs")));
}

TEST_CASE("Missing paths are skipped")
{
    Fixture f;
    QDir().mkpath(f.path("not-a-repo"));

    f.watcher.watch(f.path("no/such/workspace.yaml"), {f.path("no/such/repo"), f.path("not-a-repo")});
    REQUIRE(f.watched().isEmpty());

    f.watcher.watch(QString(), {});
    REQUIRE(f.watched().isEmpty());
}

TEST_CASE("A workspace file that does not exist yet is picked up when it is created")
{
    Fixture f;
    const QString workspace = f.path("workspace.yaml");
    f.watcher.watch(workspace, {});
    REQUIRE(f.watched() == QStringList{f.tmp.path()});

    writeFile(workspace, "repositories: []\n");
    REQUIRE(f.settle() == 1);
    REQUIRE(f.watched().contains(workspace));
}

TEST_CASE("A tag in a working clone gives exactly one changed()")
{
    Fixture f;
    const QString repo = f.clone("repo");
    f.watcher.watch(QString(), {repo});

    gitIn(repo, "tag v1.0.0");
    REQUIRE(f.settle() == 1);

    gitIn(repo, "tag -a v1.0.1 -m release");
    REQUIRE(f.settle() == 1);
}

TEST_CASE("A commit and a branch switch give changed()")
{
    Fixture f;
    const QString repo = f.clone("repo");
    f.watcher.watch(QString(), {repo});

    gitIn(repo, "commit -q --allow-empty -m second");
    REQUIRE(f.settle() == 1);

    gitIn(repo, "switch -q -c topic");
    REQUIRE(f.settle() == 1);

    // Only HEAD changes here.
    gitIn(repo, "switch -q main");
    REQUIRE(f.settle() == 1);
}

TEST_CASE("A namespaced tag in a new refs/tags folder is seen, and so is the next one in it")
{
    Fixture f;
    const QString repo = f.clone("repo");
    f.watcher.watch(QString(), {repo});

    gitIn(repo, "tag charts/1.0.0");
    REQUIRE(f.settle() == 1);
    const QStringList watched = f.watched();
    CAPTURE(watched);
    REQUIRE(watched.contains(repo + QLatin1String("/.git/refs/tags/charts")));

    // Only the new folder's own watch sees this one.
    gitIn(repo, "tag charts/1.0.1");
    REQUIRE(f.settle() == 1);

    gitIn(repo, "tag openhands/deep/0.73.0");
    REQUIRE(f.settle() == 1);
    gitIn(repo, "tag openhands/deep/0.74.0");
    REQUIRE(f.settle() == 1);
}

TEST_CASE("A push into a bare repository gives changed()")
{
    Fixture f;
    gitIn(f.tmp.path(), "init -q --bare -b main remote.git");
    const QString bare = f.path("remote.git");
    git(f.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), bare, QStringLiteral("work")});
    const QString work = f.path("work");
    gitIn(work, "commit -q --allow-empty -m initial");

    f.watcher.watch(QString(), {bare});
    const QStringList watched = f.watched();
    CAPTURE(watched);
    REQUIRE(watched.contains(bare + QLatin1String("/HEAD")));
    REQUIRE(watched.contains(bare + QLatin1String("/refs/heads")));

    gitIn(work, "push -q origin main");
    REQUIRE(f.settle() == 1);

    gitIn(work, "tag v1.0.0");
    gitIn(work, "push -q origin v1.0.0");
    REQUIRE(f.settle() == 1);
}

TEST_CASE("After pack-refs new tags and packed-refs rewrites are still seen")
{
    Fixture f;
    const QString repo = f.clone("repo");
    gitIn(repo, "tag v1.0.0");
    gitIn(repo, "tag charts/1.0.0");
    f.watcher.watch(QString(), {repo});

    gitIn(repo, "pack-refs --all");
    REQUIRE(f.settle() == 1);
    const QStringList watched = f.watched();
    CAPTURE(watched);
    REQUIRE(watched.contains(repo + QLatin1String("/.git/packed-refs")));
    // pack-refs removed the emptied folder.
    REQUIRE_FALSE(watched.contains(repo + QLatin1String("/.git/refs/tags/charts")));

    gitIn(repo, "tag v2.0.0");
    REQUIRE(f.settle() == 1);

    // Deleting a packed tag rewrites packed-refs by rename.
    gitIn(repo, "tag -d v1.0.0");
    REQUIRE(f.settle() == 1);

    gitIn(repo, "tag charts/2.0.0");
    REQUIRE(f.settle() == 1);
}

TEST_CASE("Rewriting the workspace file by rename is seen every time")
{
    Fixture f;
    const QString workspace = f.path("workspace.yaml");
    writeFile(workspace, "repositories: []\n");
    f.watcher.watch(workspace, {});

    saveAtomically(workspace, "repositories: [a]\n");
    REQUIRE(f.settle() == 1);
    REQUIRE(f.watched().contains(workspace));

    saveAtomically(workspace, "repositories: [b]\n");
    REQUIRE(f.settle() == 1);
    REQUIRE(f.watched().contains(workspace));

    // Only a watch on the renamed-in file sees a write in place: the folder
    // does not report changes inside its files.
    QFile file(workspace);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Append));
    file.write("# more\n");
    file.close();
    REQUIRE(f.settle() == 1);
}

TEST_CASE("A burst of 30 tags gives one changed()")
{
    Fixture f;
    const QString repo = f.clone("repo");
    f.watcher.watch(QString(), {repo});

    // A quiet spell longer than any burst: every tag's events restart it
    // and none ends it, however slow each git process is.
    f.watcher.setDebounceInterval(3600 * 1000);
    for (int i = 0; i < 30; ++i) {
        git(repo, {QStringLiteral("tag"), QStringLiteral("burst/v%1").arg(i)});
        // Deliver each tag's events now, one burst of events per tag.
        QCoreApplication::processEvents();
    }
    CHECK_FALSE(f.watcher.isIdle());
    CHECK(f.spy.isEmpty());
    CHECK(f.checks.isEmpty());
    // The burst ends: one comparison, one changed().
    f.watcher.setDebounceInterval(kDebounce);
    REQUIRE(f.settle() == 1);
    CHECK(f.checks.size() == 1);
}

TEST_CASE("Lock files, objects, logs, the index, FETCH_HEAD and ORIG_HEAD give no changed()")
{
    Fixture f;
    const QString repo = f.clone("repo");
    const QString gitDir = repo + QLatin1String("/.git");
    f.watcher.watch(QString(), {repo});

    SECTION("files written by hand")
    {
        writeFile(gitDir + QLatin1String("/objects/ab/cdef0123"), "blob");
        writeFile(gitDir + QLatin1String("/refs/heads/main.lock"), "0000000000000000000000000000000000000000\n");
        writeFile(gitDir + QLatin1String("/refs/tags/v9.lock"), "0000000000000000000000000000000000000000\n");
        writeFile(gitDir + QLatin1String("/HEAD.lock"), "ref: refs/heads/other\n");
        writeFile(gitDir + QLatin1String("/FETCH_HEAD"), "fetched\n");
        writeFile(gitDir + QLatin1String("/ORIG_HEAD"), "orig\n");
        writeFile(gitDir + QLatin1String("/logs/HEAD.extra"), "log\n");
        // git's way of writing the index: a lock file renamed into place.
        writeFile(gitDir + QLatin1String("/index.lock"), "index");
        QFile::remove(gitDir + QLatin1String("/index"));
        REQUIRE(QFile::rename(gitDir + QLatin1String("/index.lock"), gitDir + QLatin1String("/index")));
        REQUIRE(f.settle() == 0);

        QFile::remove(gitDir + QLatin1String("/refs/heads/main.lock"));
        QFile::remove(gitDir + QLatin1String("/refs/tags/v9.lock"));
        QFile::remove(gitDir + QLatin1String("/HEAD.lock"));
        REQUIRE(f.settle() == 0);
    }

    SECTION("git commands that leave the refs alone")
    {
        writeFile(repo + QLatin1String("/file.txt"), "content\n");
        gitIn(repo, "add file.txt");
        gitIn(repo, "status --short");
        // Fetching without a destination only writes FETCH_HEAD.
        gitIn(repo, "fetch -q . main");
        REQUIRE(f.settle() == 0);
    }
}

TEST_CASE("clear() stops watching, including a change already on its way")
{
    Fixture f;
    const QString repo = f.clone("repo");
    const QString workspace = f.path("workspace.yaml");
    writeFile(workspace, "repositories: []\n");
    f.watcher.watch(workspace, {repo});
    // A quiet spell that cannot end before the clear() below.
    f.watcher.setDebounceInterval(3600 * 1000);

    gitIn(repo, "tag v1.0.0");
    // The event has arrived and the quiet spell runs; then clear.
    f.waitForEvent();
    f.watcher.clear();
    REQUIRE(f.watched().isEmpty());
    REQUIRE(f.watcher.isIdle());

    gitIn(repo, "tag v2.0.0");
    saveAtomically(workspace, "repositories: [a]\n");
    // Whatever was running has ended and what it posted has been handled.
    REQUIRE(QThreadPool::globalInstance()->waitForDone(kEventually));
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    CHECK(f.watcher.isIdle());
    CHECK(f.spy.isEmpty());
    CHECK(f.checks.isEmpty());
}

TEST_CASE("watch() replaces what was watched")
{
    Fixture f;
    const QString first = f.clone("first");
    const QString second = f.clone("second");
    f.watcher.watch(QString(), {first});
    f.watcher.watch(QString(), {second});

    const QStringList watched = f.watched();
    CAPTURE(watched);
    for (const QString &path : watched)
        REQUIRE_FALSE(path.startsWith(first + QLatin1Char('/')));

    // A tag in the first and a fetch in the second (FETCH_HEAD, watched
    // but no change): compared once, no changed().
    gitIn(first, "tag v1.0.0");
    gitIn(second, "fetch -q . main");
    REQUIRE(f.settle() == 0);

    gitIn(second, "tag v1.0.0");
    REQUIRE(f.settle() == 1);
}

TEST_CASE("A .git file is followed to the git dir it names")
{
    Fixture f;

    SECTION("separate git dir")
    {
        const QString gitDir = f.path("separate.git");
        git(f.tmp.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"),
                           QStringLiteral("--separate-git-dir=") + gitDir, QStringLiteral("work")});
        const QString work = f.path("work");
        REQUIRE(QFileInfo(work + QLatin1String("/.git")).isFile());
        gitIn(work, "commit -q --allow-empty -m initial");

        f.watcher.watch(QString(), {work});
        const QStringList watched = f.watched();
        CAPTURE(watched);
        REQUIRE(watched.contains(gitDir + QLatin1String("/HEAD")));
        REQUIRE(watched.contains(gitDir + QLatin1String("/refs/tags")));

        gitIn(work, "tag v1.0.0");
        REQUIRE(f.settle() == 1);
    }

    SECTION("worktree: its own HEAD, the main repository's refs")
    {
        const QString main = f.clone("main");
        gitIn(main, "worktree add -q -b feature ../tree");
        const QString tree = f.path("tree");

        f.watcher.watch(QString(), {tree});
        const QStringList watched = f.watched();
        CAPTURE(watched);
        REQUIRE(watched.contains(main + QLatin1String("/.git/worktrees/tree/HEAD")));
        REQUIRE(watched.contains(main + QLatin1String("/.git/refs/heads")));

        gitIn(tree, "commit -q --allow-empty -m feature");
        REQUIRE(f.settle() == 1);

        gitIn(main, "tag v1.0.0");
        REQUIRE(f.settle() == 1);
    }
}

TEST_CASE("Watching the same paths again keeps a change on its way", "[watcher]")
{
    Fixture f;
    const QString repo = f.clone("repo");
    const QString ws = f.path("releasedeck.yaml");
    saveAtomically(ws, "repos: []\n");
    f.watcher.watch(ws, {repo});
    // Long enough that the watch below comes before it ends.
    f.watcher.setDebounceInterval(3600 * 1000);
    gitIn(repo, "tag v1");
    f.waitForEvent();
    // A scan result arrives and re-arms the watch before the quiet spell ends.
    f.watcher.watch(ws, {repo});
    CHECK_FALSE(f.watcher.isIdle());
    f.watcher.setDebounceInterval(kDebounce);
    CHECK(f.settle() == 1);
}

TEST_CASE("A ref written while the scan being shown ran counts as a change", "[watcher]")
{
    Fixture f;
    const QString repo = f.clone("repo");
    const QString ws = f.path("releasedeck.yaml");
    saveAtomically(ws, "repos: []\n");
    // The scan started, then a tag arrived before its result was shown:
    // the scan started a moment before the tag's file was written.
    gitIn(repo, "tag v1");
    const QDateTime written = QFileInfo(repo + QLatin1String("/.git/refs/tags/v1")).lastModified().toUTC();
    REQUIRE(written.isValid());
    f.watcher.watch(ws, {repo}, written.addMSecs(-1));
    CHECK_FALSE(f.watcher.isIdle());
    CHECK(f.settle() == 1);

    // Nothing newer than the scan: no change, decided at once.
    f.watcher.clear();
    f.watcher.watch(ws, {repo}, QDateTime::currentDateTimeUtc().addSecs(60));
    CHECK(f.watcher.isIdle());
    CHECK(f.spy.isEmpty());
}

TEST_CASE("clear() drops a comparison already running", "[watcher]")
{
    Fixture f;
    const QString repo = f.clone("repo");
    f.watcher.watch(QString(), {repo});
    // Hold the pool: the comparison is queued and cannot end until released.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore hold;
    pool->start([&hold] { hold.acquire(); });
    f.watcher.setDebounceInterval(0);
    gitIn(repo, "tag v1.0.0");
    f.waitForEvent();
    // The zero quiet spell ends at once: the comparison is on its way.
    REQUIRE_EVENTUALLY(f.watcher.isComparing(), kEventually);
    f.watcher.clear();
    CHECK_FALSE(f.watcher.isIdle()); // the comparison is still out
    hold.release();
    REQUIRE(pool->waitForDone(kEventually));
    pool->setMaxThreadCount(threads);
    REQUIRE_EVENTUALLY(f.watcher.isIdle(), kEventually);
    CHECK(f.spy.isEmpty());
    CHECK(f.checks.isEmpty());
}
