#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "mainwindow.h"
#include "platform/eachturn.h"
#include "platform/workers.h"
#include "workspace/scanrunner.h"
#include "scanview.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

using namespace ReleaseDeck;

TEST_CASE("The window opens the demo workspace and shows its scan", "[gui]")
{
    QTemporaryDir tmp;
    QString error;
    const QString file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
    REQUIRE_FALSE(file.isEmpty());

    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openInitialWorkspace(file);
    REQUIRE(shown.wait(60000));

    QTabWidget *tabs = window.scanView()->tabs();
    auto *releases = qobject_cast<QTableView *>(tabs->widget(0));
    REQUIRE(releases);
    CHECK(releases->model()->rowCount() >= 12);
    CHECK(tabs->tabText(1).startsWith(QLatin1String("Chart releases (")));

    // Filtering narrows every table.
    auto *filter = window.scanView()->findChild<QLineEdit *>();
    REQUIRE(filter);
    auto *charts = qobject_cast<QTableView *>(tabs->widget(1));
    const int before = charts->model()->rowCount();
    QTest::keyClicks(filter, QStringLiteral("image-loader/0.66"));
    CHECK(charts->model()->rowCount() == 1);
    filter->clear();
    CHECK(charts->model()->rowCount() == before);

    // Reload (F5) scans again.
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(shown.wait(60000));
}

TEST_CASE("A demo written by an older edition is replaced by a new one, and the old is left alone", "[gui]")
{
    // The app's data folder, in Qt's test mode a folder of its own.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir(data).removeRecursively();
    const QString old = data + QLatin1String("/demo/releasedeck.yaml");
    TestSupport::writeFile(old, "repos: []\n");
    QSettings().setValue(QStringLiteral("workspace/last"), old);

    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openInitialWorkspace(QString());
    REQUIRE(shown.wait(60000));
    CHECK(window.workspaceFile() == MainWindow::demoDirectory() + QLatin1String("/releasedeck.yaml"));
    CHECK(window.workspaceFile() != old);
    CHECK(QFileInfo(MainWindow::demoDirectory() + QLatin1String("/registry/openhands/runtime/index.json")).isFile());
    CHECK(QFileInfo::exists(old));
    QSettings().remove(QStringLiteral("workspace/last"));
    QDir(data).removeRecursively();
}

TEST_CASE("A broken workspace shows an error, not a crash", "[gui][badinput]")
{
    QTemporaryDir tmp;
    TestSupport::writeFile(tmp.path() + QLatin1String("/releasedeck.yaml"), "repos: [\n");
    ScanRunner runner;
    QSignalSpy failed(&runner, &ScanRunner::failed);
    runner.start(tmp.path() + QLatin1String("/releasedeck.yaml"));
    REQUIRE(failed.wait(30000));
    CHECK(failed.front().front().toString().startsWith(tmp.path() + QLatin1String("/releasedeck.yaml:2:1: ")));
}

TEST_CASE("A newer scan supersedes a running one", "[gui]")
{
    QTemporaryDir tmp;
    QString error;
    const QString first = DemoWorkspace::create(tmp.path() + QLatin1String("/first"), QDate::currentDate(), &error);
    REQUIRE_FALSE(first.isEmpty());
    const QString second = DemoWorkspace::create(tmp.path() + QLatin1String("/second"), QDate::currentDate(), &error);
    REQUIRE_FALSE(second.isEmpty());
    ScanRunner runner;
    QSignalSpy finished(&runner, &ScanRunner::finished);
    runner.start(first);
    runner.start(second);
    REQUIRE(finished.wait(60000));
    // Once every scan has ended and what they posted has been handled, the
    // newer one is still the only result.
    REQUIRE(workers()->waitForDone(60000));
    QCoreApplication::sendPostedEvents();
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().first().value<WorkspaceSnapshot>().workspaceFile == QFileInfo(second).absoluteFilePath());
}

TEST_CASE("A runner deleted while it scans leaves nothing behind", "[gui]")
{
    QTemporaryDir tmp;
    QString error;
    const QString file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
    REQUIRE_FALSE(file.isEmpty());
    for (int i = 0; i < 60; ++i) {
        auto *runner = new ScanRunner;
        runner->start(file);
        QTest::qWait(i % 7);
        delete runner; // progress posted by the worker must not reach it
        QCoreApplication::processEvents();
    }
    REQUIRE(workers()->waitForDone(60000));
    QCoreApplication::sendPostedEvents();
    // The scans left behind ended; a new runner scans as git sees the demo.
    ScanRunner runner;
    QSignalSpy finished(&runner, &ScanRunner::finished);
    runner.start(file);
    REQUIRE(finished.wait(60000));
    const auto snapshot = finished.first().first().value<WorkspaceSnapshot>();
    REQUIRE(snapshot.repos.size() == 3);
    for (const RepoState &repo : snapshot.repos)
        CHECK(repo.head == TestSupport::git(repo.path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
}

TEST_CASE("Work queued from two places runs one piece a turn, what is added next first, and stale pieces not at all", "[gui]")
{
    // A zero timer of its own counts the event loop's turns between pieces.
    int turns = 0;
    QTimer counter;
    counter.setInterval(0);
    QObject::connect(&counter, &QTimer::timeout, [&turns] { ++turns; });
    counter.start();
    TurnQueue queue;
    QList<QPair<QString, int>> ran;
    bool firstCurrent = true;
    auto piece = [&](const QString &name, std::function<void()> then = {}) {
        return [&, name, then] {
            ran.append({name, turns});
            if (then)
                then();
        };
    };
    const auto always = [] { return true; };
    queue.add({piece(QStringLiteral("a1"),
                     [&] {
                         // Ahead of what still waits, as a registry report is.
                         queue.addNext({piece(QStringLiteral("b1")), piece(QStringLiteral("b2"), [&] {
                                            firstCurrent = false; // a2 and a3 are stale now
                                            queue.add({piece(QStringLiteral("c"))}, always);
                                        })},
                                       always);
                     }),
               piece(QStringLiteral("a2")), piece(QStringLiteral("a3"))},
              [&firstCurrent] { return firstCurrent; });
    REQUIRE_EVENTUALLY(ran.size() == 4, 10000);
    QStringList names;
    for (const auto &[name, turn] : std::as_const(ran))
        names.append(name);
    CHECK(names == (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("c")}));
    for (qsizetype i = 1; i < ran.size(); ++i)
        CHECK(ran[i].second > ran[i - 1].second);
}
