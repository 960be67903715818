// WorkspaceSession on the demo workspace: the scan and what follows it, the
// rescans a change on disk brings, and the results a newer scan makes
// stale. Counts come from the git CLI; the interrupted run is a real
// approval cancelled after its commit.
#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "platform/workers.h"
#include "registry/registrycheck.h"
#include "session/workspacesession.h"
#include "workspace/workspacewatcher.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>


using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

constexpr int kScanTimeout = 60000;

struct Demo
{
    QTemporaryDir tmp;
    QString file;
    QString oss;
    WorkspaceSession session;
    QSignalSpy overviews{&session, &WorkspaceSession::overviewReady};
    QSignalSpy failures{&session, &WorkspaceSession::scanFailed};
    QSignalSpy reports{&session, &WorkspaceSession::registryChecked};
    QSignalSpy interrupted{&session, &WorkspaceSession::interruptedRunsFound};

    Demo()
    {
        REQUIRE(tmp.isValid());
        QString error;
        file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
        REQUIRE_FALSE(file.isEmpty());
        oss = tmp.path() + QLatin1String("/demo/repos/oss.git");
        session.setDataDir(tmp.path() + QLatin1String("/data"));
    }

    OverviewPtr lastOverview() const { return overviews.last().at(0).value<OverviewPtr>(); }

    // Release tags of the OSS repository, as git lists them.
    int ossReleaseTags() const
    {
        int n = 0;
        for (const QString &tag : git(oss, {QStringLiteral("tag"), QStringLiteral("-l")}).split(QLatin1Char('\n')))
            n += Version::parse(tag).has_value() ? 1 : 0;
        return n;
    }

    int ossReleasesScanned(const OverviewPtr &overview) const
    {
        int n = 0;
        for (const ReleaseTag &t : overview->snapshot.releases)
            n += t.repo == QLatin1String("oss") ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_CASE("A session scans, then checks the registries, looks up interrupted runs and watches the repositories",
          "[session]")
{
    Demo demo;
    // An approval cancelled after its commit: its journal stays open.
    useIdentity(demo.tmp.path() + QLatin1String("/home"), "Avery Approver", "avery@example.com");
    const QString journal = interruptedApproval(demo.file, demo.session.dataDir(), QStringLiteral("0.75.0"));

    demo.session.open(demo.file);
    REQUIRE(demo.overviews.wait(kScanTimeout));
    const OverviewPtr overview = demo.lastOverview();
    CHECK(demo.session.workspaceFile() == QFileInfo(demo.file).absoluteFilePath());
    CHECK(demo.ossReleasesScanned(overview) == demo.ossReleaseTags());

    // The follow-ups report for this very overview.
    REQUIRE_EVENTUALLY((!demo.reports.isEmpty() && !demo.interrupted.isEmpty()), kScanTimeout);
    CHECK(demo.reports.last().at(0).value<OverviewPtr>() == overview);
    const auto report = demo.reports.last().at(1).value<RegistryReportPtr>();
    REQUIRE(report);
    CHECK(report->status.size() > 0);
    CHECK(demo.session.registryReport() == report);
    CHECK(demo.interrupted.last().at(0).value<OverviewPtr>() == overview);
    const auto runs = demo.interrupted.last().at(1).value<QList<InterruptedRun>>();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].kind == OperationRequest::Kind::Approve);
    CHECK(runs[0].version == QLatin1String("0.75.0"));
    CHECK(runs[0].journal == journal);

    // The watch covers the workspace file and the OSS repository's refs.
    REQUIRE_EVENTUALLY(!demo.session.watcher()->watchedPaths().isEmpty(), kScanTimeout);
    const QStringList watched = demo.session.watcher()->watchedPaths();
    CHECK(watched.contains(QFileInfo(demo.file).absoluteFilePath()));
    CHECK(std::any_of(watched.begin(), watched.end(),
                      [&](const QString &p) { return p.startsWith(demo.oss + QLatin1Char('/')); }));
}

TEST_CASE("A change on disk rescans quietly, and a broken workspace keeps the last overview", "[session]")
{
    Demo demo;
    demo.session.watcher()->setDebounceInterval(50);
    demo.session.open(demo.file);
    REQUIRE(demo.overviews.wait(kScanTimeout));
    const OverviewPtr first = demo.lastOverview();
    REQUIRE_EVENTUALLY(!demo.session.watcher()->watchedPaths().isEmpty(), kScanTimeout);

    // A new release tag in OSS: a rescan nobody asked for, which finds it.
    git(demo.oss, {QStringLiteral("tag"), QStringLiteral("0.99.0")});
    REQUIRE_EVENTUALLY(demo.overviews.size() >= 2, kScanTimeout);
    CHECK(demo.ossReleasesScanned(demo.lastOverview()) == demo.ossReleaseTags());
    CHECK(demo.ossReleasesScanned(demo.lastOverview()) == demo.ossReleasesScanned(first) + 1);
    const OverviewPtr good = demo.session.overview();

    // The workspace file saved half-way through an edit: a quiet failure
    // naming the file, and the last good overview stays.
    writeFile(demo.file, "name: [unclosed\n");
    REQUIRE_EVENTUALLY(!demo.failures.isEmpty(), kScanTimeout);
    CHECK(demo.failures.last().at(0).toString().contains(QFileInfo(demo.file).fileName()));
    CHECK(demo.failures.last().at(1).toBool());
    CHECK(demo.session.overview() == good);

    // Asked for, the same failure is loud.
    demo.failures.clear();
    demo.session.reload();
    REQUIRE(demo.failures.wait(kScanTimeout));
    CHECK_FALSE(demo.failures.last().at(1).toBool());
}

TEST_CASE("Opening another workspace drops the first one's scan and follow-ups", "[session]")
{
    Demo demo;
    QString error;
    const QString other = DemoWorkspace::create(demo.tmp.path() + QLatin1String("/other"), QDate::currentDate(), &error);
    REQUIRE_FALSE(other.isEmpty());
    demo.session.setFollowUps(WorkspaceSession::CheckRegistries);

    demo.session.open(demo.file);
    demo.session.open(other);
    REQUIRE(demo.overviews.wait(kScanTimeout));
    const OverviewPtr overview = demo.lastOverview();
    CHECK(overview->snapshot.workspaceFile == QFileInfo(other).absoluteFilePath());
    REQUIRE_EVENTUALLY(!demo.reports.isEmpty(), kScanTimeout);
    CHECK(demo.reports.last().at(0).value<OverviewPtr>() == overview);
    // Only the newest scan was delivered, and the watch was never set up.
    CHECK(demo.overviews.size() == 1);
    CHECK(demo.interrupted.isEmpty());
    CHECK(demo.session.watcher()->watchedPaths().isEmpty());
}

namespace {

// A session whose data folder has no demo yet.
struct DemoToWrite
{
    QTemporaryDir tmp;
    WorkspaceSession session;
    QSignalSpy writing{&session, &WorkspaceSession::demoWriting};
    QSignalSpy cancelled{&session, &WorkspaceSession::demoCancelled};
    QSignalSpy overviews{&session, &WorkspaceSession::overviewReady};

    DemoToWrite()
    {
        REQUIRE(tmp.isValid());
        session.setDataDir(tmp.path());
        session.setFollowUps({});
    }

    QString file() const { return session.demoDirectory() + QLatin1String("/releasedeck.yaml"); }
};

} // namespace

TEST_CASE("The demo workspace is written on a worker the first time, then opened", "[session]")
{
    DemoToWrite demo;
    WorkspaceSession &session = demo.session;
    QSignalSpy &writing = demo.writing;
    QSignalSpy &overviews = demo.overviews;
    CHECK_FALSE(session.isOlderDemo(demo.file()));
    CHECK(session.isOlderDemo(demo.tmp.path() + QLatin1String("/demo/releasedeck.yaml")));

    session.openDemo();
    REQUIRE(writing.size() == 1);
    CHECK(writing.first().at(0).toString() == session.demoDirectory());
    REQUIRE(overviews.wait(kScanTimeout));
    const QString file = session.demoDirectory() + QLatin1String("/releasedeck.yaml");
    CHECK(session.workspaceFile() == file);
    const QString oss = session.demoDirectory() + QLatin1String("/repos/oss.git");
    const QList<RepoState> repos = overviews.last().at(0).value<OverviewPtr>()->snapshot.repos;
    const auto scanned = std::find_if(repos.begin(), repos.end(), [](const RepoState &r) { return r.id == QLatin1String("oss"); });
    REQUIRE(scanned != repos.end());
    CHECK(scanned->head == git(oss, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));

    // Written once: the second time it is only opened.
    session.openDemo();
    REQUIRE(overviews.wait(kScanTimeout));
    CHECK(writing.size() == 1);
}

TEST_CASE("Cancelling the demo while it is written opens nothing, and opening it again waits for the same write", "[session]")
{
    DemoToWrite demo;
    demo.session.openDemo();
    REQUIRE(demo.session.isWritingDemo());
    demo.session.cancelScan();
    CHECK(demo.cancelled.size() == 1);
    // The write goes on to its end, and nothing is opened.
    REQUIRE_EVENTUALLY(!demo.session.isWritingDemo(), kScanTimeout);
    QCoreApplication::processEvents();
    CHECK(QFileInfo(demo.file()).isFile());
    CHECK(demo.overviews.isEmpty());
    CHECK(demo.session.workspaceFile().isEmpty());

    // Opened now, it is read, not written again.
    demo.session.openDemo();
    REQUIRE(demo.overviews.wait(kScanTimeout));
    CHECK(demo.writing.size() == 1);
    CHECK(demo.session.workspaceFile() == demo.file());

    // Cancelled and asked for again while the write runs: one write, opened
    // when it is done; the oss repository is whole, as git reads it.
    DemoToWrite again;
    again.session.openDemo();
    again.session.cancelScan();
    again.session.openDemo();
    REQUIRE(again.overviews.wait(kScanTimeout));
    CHECK(again.session.workspaceFile() == again.file());
    const QString oss = again.session.demoDirectory() + QLatin1String("/repos/oss.git");
    CHECK(git(oss, {QStringLiteral("fsck"), QStringLiteral("--no-progress"), QStringLiteral("--no-dangling")}).isEmpty());
}

TEST_CASE("A demo another process is writing is waited for and opened, not written again", "[session]")
{
    DemoToWrite demo;
    const QString dir = demo.session.demoDirectory();
    REQUIRE(QDir().mkpath(QFileInfo(dir).absolutePath()));
    // The other process's lock, held while it writes.
    QLockFile other(dir + QLatin1String(".lock"));
    REQUIRE(other.tryLock(0));
    demo.session.openDemo();
    REQUIRE(demo.session.isWritingDemo());
    QString error;
    REQUIRE_FALSE(DemoWorkspace::create(dir, QDate::currentDate(), &error).isEmpty());
    writeFile(dir + QLatin1String("/written-by-the-other"), "x\n");
    CHECK(demo.session.isWritingDemo()); // still waiting for the lock
    other.unlock();
    REQUIRE(demo.overviews.wait(kScanTimeout));
    CHECK(demo.session.workspaceFile() == demo.file());
    CHECK(QFileInfo(dir + QLatin1String("/written-by-the-other")).isFile());
    CHECK(git(dir + QLatin1String("/repos/oss.git"), {QStringLiteral("fsck"), QStringLiteral("--no-progress"), QStringLiteral("--no-dangling")})
              .isEmpty());
}

TEST_CASE("An interrupted run on another workspace's remotes is not offered", "[session]")
{
    Demo demo;
    QString error;
    const QString other = DemoWorkspace::create(demo.tmp.path() + QLatin1String("/other"), QDate::currentDate(), &error);
    REQUIRE_FALSE(other.isEmpty());
    useIdentity(demo.tmp.path() + QLatin1String("/home"), "Avery Approver", "avery@example.com");
    // Interrupted on the other demo, with the same data folder.
    const QString journal = interruptedApproval(other, demo.session.dataDir(), QStringLiteral("0.75.0"));
    demo.session.setFollowUps(WorkspaceSession::FindInterruptedRuns);

    demo.session.open(demo.file);
    REQUIRE_EVENTUALLY(!demo.interrupted.isEmpty(), kScanTimeout);
    CHECK(demo.interrupted.last().at(1).value<QList<InterruptedRun>>().isEmpty());

    // Its own workspace offers it.
    demo.session.open(other);
    REQUIRE_EVENTUALLY(demo.interrupted.size() >= 2, kScanTimeout);
    const auto runs = demo.interrupted.last().at(1).value<QList<InterruptedRun>>();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].journal == journal);
}

TEST_CASE("A demo whose first write was killed is written again, not refused forever", "[session]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    WorkspaceSession session;
    session.setDataDir(tmp.path());
    session.setFollowUps({});
    // What a kill part-way leaves: repositories begun, no workspace file.
    const QString dir = session.demoDirectory();
    git(tmp.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), dir + QLatin1String("/repos/oss.git")});
    writeFile(dir + QLatin1String("/customers.yaml"), "customers: []\n");
    QSignalSpy overviews(&session, &WorkspaceSession::overviewReady);
    QSignalSpy failed(&session, &WorkspaceSession::demoFailed);

    session.openDemo();
    REQUIRE_EVENTUALLY((!overviews.isEmpty() || !failed.isEmpty()), kScanTimeout);
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    REQUIRE(failed.isEmpty());
    CHECK(session.workspaceFile() == dir + QLatin1String("/releasedeck.yaml"));
    const QString oss = dir + QLatin1String("/repos/oss.git");
    CHECK(git(oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.75.0")}) == QLatin1String("0.75.0"));
    CHECK(QFile(dir + QLatin1String("/customers.yaml")).size() > 100);
}

TEST_CASE("A registry check of an older scan is not reported for a newer one", "[session]")
{
    Demo demo;
    // A registry that takes the request and never answers, until the test lets it go.
    QTcpServer hanging;
    REQUIRE(hanging.listen(QHostAddress::LocalHost, 0));
    const QString file = withRegistries(demo.file, QStringLiteral("hanging.yaml"),
                                        QStringLiteral("registries:\n  - id: slow\n    url: http://127.0.0.1:%1\n    host: ghcr.io\n")
                                            .arg(hanging.serverPort()));
    RegistryConfig rc;
    rc.id = QStringLiteral("slow");
    qputenv(rc.userVariable().toLatin1().constData(), "someone"); // no keychain: the check starts at once
    demo.session.setFollowUps(WorkspaceSession::CheckRegistries);
    demo.session.open(file);
    REQUIRE(demo.overviews.wait(kScanTimeout));
    REQUIRE_EVENTUALLY(hanging.hasPendingConnections(), kScanTimeout);
    // A newer scan, with no check of its own: the first one's is still the newest check.
    demo.session.setFollowUps({});
    demo.session.reload();
    REQUIRE(demo.overviews.wait(kScanTimeout));
    const OverviewPtr second = demo.lastOverview();
    // The registry goes away; the first check ends and reports.
    hanging.close();
    while (QTcpSocket *s = hanging.nextPendingConnection())
        delete s;
    REQUIRE(workers()->waitForDone(kScanTimeout));
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    for (const auto &r : demo.reports)
        CHECK(r.at(0).value<OverviewPtr>() != second);
    CHECK(demo.reports.isEmpty());
    CHECK_FALSE(demo.session.registryReport());
}

TEST_CASE("A change to the open workspace while another fails to open is scanned once that open has failed", "[session][badinput]")
{
    Demo demo;
    demo.session.watcher()->setDebounceInterval(50);
    demo.session.open(demo.file);
    REQUIRE(demo.overviews.wait(kScanTimeout));
    REQUIRE_EVENTUALLY(!demo.session.watcher()->watchedPaths().isEmpty(), kScanTimeout);
    const QString broken = demo.tmp.path() + QLatin1String("/broken.yaml");
    writeFile(broken, "name: Broken\nrepos: [\n");
    QSignalSpy failedOpens(&demo.session, &WorkspaceSession::openFailed);

    // A new tag, noticed while the other file is being opened.
    git(demo.oss, {QStringLiteral("tag"), QStringLiteral("0.99.0")});
    demo.session.open(broken);
    REQUIRE_EVENTUALLY(!failedOpens.isEmpty(), kScanTimeout);
    CHECK(failedOpens.first().at(0).toString() == broken);
    CHECK(demo.session.workspaceFile() == QFileInfo(demo.file).absoluteFilePath());
    REQUIRE_EVENTUALLY(demo.ossReleasesScanned(demo.lastOverview()) == demo.ossReleaseTags(), kScanTimeout);
}
