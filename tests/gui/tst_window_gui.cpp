// The main window as a desktop application: its first size on a small
// screen, what it keeps across restarts, its title, and what it shows while
// the first scan runs or when a workspace does not open.
#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "mainwindow.h"
#include "plandialog.h"
#include "stagingpanel.h"
#include "statepage.h"

#include "session/workspacesession.h"

#include <QAction>
#include <QDate>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>

#include <yaml-cpp/yaml.h>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

// Room a window manager takes around a window: its frame and title bar.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;

QString demoWorkspace(const QTemporaryDir &tmp, const QString &name = QStringLiteral("demo"))
{
    QString error;
    const QString file = DemoWorkspace::create(tmp.path() + QLatin1Char('/') + name, QDate::currentDate(), &error);
    REQUIRE_FALSE(file.isEmpty());
    return QFileInfo(file).absoluteFilePath();
}

// The workspace's name as its file says, read with yaml-cpp.
QString nameIn(const QString &workspaceFile)
{
    return QString::fromStdString(YAML::LoadFile(workspaceFile.toStdString())["name"].as<std::string>());
}

// Settings as a first start has them: tests of one process share them.
void freshSettings()
{
    QSettings().clear();
}

void openAndWait(MainWindow &window, const QString &file)
{
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openWorkspace(file);
    REQUIRE(shown.wait(60000));
}

// The Workspace menu's exports, by their texts.
QList<QAction *> exportActions(const MainWindow &window)
{
    QList<QAction *> found;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text().startsWith(QLatin1String("&Export")) || a->text().startsWith(QLatin1String("Export"))
            || a->text() == QStringLiteral("&Print Review…"))
            found.append(a);
    }
    return found;
}

} // namespace

TEST_CASE("While the first scan runs the window says so, then shows the views under the workspace's name", "[gui][window]")
{
    QTemporaryDir tmp;
    const QString file = demoWorkspace(tmp);
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openWorkspace(file);
    // The scan has started, not finished: a loading page, and a Staging
    // panel that claims nothing about releases.
    REQUIRE(shown.isEmpty());
    CHECK(window.showsStatePage());
    CHECK(window.statePage()->titleLabel()->text() == QStringLiteral("Scanning the workspace…"));
    CHECK(window.statePage()->textLabel()->text().contains(file));
    CHECK(window.stagingPanel()->titleLabel()->text() == QLatin1String("Waiting for the first scan"));
    CHECK_FALSE(window.stagingPanel()->factsLabel()->text().contains(QLatin1String("published")));
    // Nothing to export yet: Export Mapping, Review, Timeline, Print Review.
    const QList<QAction *> exports = exportActions(window);
    REQUIRE(exports.size() == 4);
    for (QAction *a : exports)
        CHECK_FALSE(a->isEnabled());

    REQUIRE(shown.wait(60000));
    for (QAction *a : exports)
        CHECK(a->isEnabled());
    CHECK_FALSE(window.showsStatePage());
    CHECK(window.windowTitle() == nameIn(file) + QStringLiteral(" — ReleaseDeck"));
    CHECK(window.windowTitle() == QStringLiteral("OpenHands (demo) — ReleaseDeck"));
}

TEST_CASE("A workspace that does not open leaves the open one as it was and stays out of Recent", "[gui][window][badinput]")
{
    freshSettings();
    QTemporaryDir tmp;
    const QString good = demoWorkspace(tmp);
    const QString broken = tmp.path() + QLatin1String("/broken/releasedeck.yaml");
    writeFile(broken, "name: Broken\nrepos: [\n");
    const QString absent = tmp.path() + QLatin1String("/nowhere/releasedeck.yaml");

    MainWindow window;
    window.show();
    openAndWait(window, good);
    const OverviewPtr before = window.overview();
    const QString title = window.windowTitle();

    for (const QString &bad : {broken, absent}) {
        INFO(bad.toStdString());
        QString text, details;
        bool offersAnother = false;
        qRegisterMetaType<QMessageBox *>();
        auto connection = QObject::connect(&window, &MainWindow::openFailureShown, &window, [&](QMessageBox *box) {
            text = box->text();
            details = box->informativeText();
            for (QAbstractButton *b : box->buttons())
                offersAnother = offersAnother || b->text() == QStringLiteral("&Choose Another…");
            QTimer::singleShot(0, box, [box] { box->done(QMessageBox::Close); });
        });
        window.openWorkspace(bad);
        REQUIRE_EVENTUALLY(!text.isEmpty(), 60000);
        QObject::disconnect(connection);
        CHECK(text.contains(bad));
        CHECK(text.contains(nameIn(good)));
        CHECK(details.contains(bad.toHtmlEscaped())); // the reason names the file
        CHECK(offersAnother);
        // The open workspace is untouched: file, scan, title, and the
        // failed path is nowhere in the settings.
        CHECK(window.workspaceFile() == good);
        CHECK(window.overview() == before);
        CHECK(window.windowTitle() == title);
        CHECK_FALSE(window.showsStatePage());
        const QStringList recent = QSettings().value(QStringLiteral("workspace/recent")).toStringList();
        CHECK(recent == QStringList{good});
        CHECK(QSettings().value(QStringLiteral("workspace/last")).toString() == good);
    }
    CHECK(window.statusMessage().startsWith(QLatin1String("Not opened: ")));
}

TEST_CASE("With nothing open, a workspace that does not open is explained in the window with ways on", "[gui][window][badinput]")
{
    freshSettings();
    QTemporaryDir tmp;
    // The demo's own file, broken half-way through an edit.
    const QString broken = demoWorkspace(tmp);
    QFile in(broken);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray good = in.readAll();
    in.close();
    writeFile(broken, "name: Broken\nrepos: [\n");
    MainWindow window;
    window.show();
    window.openWorkspace(broken);
    REQUIRE_EVENTUALLY(window.statePage()->chooseButton()->isVisible(), 60000);
    CHECK(window.showsStatePage());
    CHECK(window.statePage()->titleLabel()->text() == QLatin1String("The workspace did not open"));
    // The loader's own words: the file, the line, the column.
    CHECK(window.statePage()->textLabel()->text().contains(broken + QLatin1String(":3:")));
    CHECK(window.statePage()->retryButton()->isVisible());
    CHECK(window.workspaceFile().isEmpty());
    CHECK(QSettings().value(QStringLiteral("workspace/recent")).toStringList().isEmpty());
    CHECK(window.windowTitle() == QLatin1String("ReleaseDeck"));

    // Mended on disk, Try Again opens it.
    writeFile(broken, good);
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.statePage()->retryButton()->click();
    REQUIRE(shown.wait(60000));
    CHECK_FALSE(window.showsStatePage());
    CHECK(window.workspaceFile() == broken);
    CHECK(QSettings().value(QStringLiteral("workspace/recent")).toStringList() == QStringList{broken});
}

TEST_CASE("A path or a name with a line break in it is shown escaped on one line", "[gui][window][badinput]")
{
    freshSettings();
    QTemporaryDir tmp;
    const QString broken = tmp.path() + QStringLiteral("/two\nlines/releasedeck.yaml");
    writeFile(broken, "name: Broken\nrepos: [\n");
    MainWindow window;
    window.show();
    window.openWorkspace(broken);
    REQUIRE_EVENTUALLY(window.statePage()->chooseButton()->isVisible(), 60000);
    const QString text = window.statePage()->textLabel()->text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("two\\x0alines/releasedeck.yaml:3:")));
    CHECK_FALSE(text.contains(QStringLiteral("two\nlines")));
    // The status bar's one line is not cut at the line break.
    CHECK(window.statusMessage().contains(QStringLiteral("two\\x0alines/releasedeck.yaml:3:")));

    // A workspace's name from its file, in the title.
    const QString good = demoWorkspace(tmp);
    QFile in(good);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray yaml = in.readAll();
    in.close();
    REQUIRE(yaml.contains("\nname: OpenHands (demo)\n"));
    writeFile(good, yaml.replace("\nname: OpenHands (demo)\n", "\nname: \"Open\\nHands\"\n"));
    openAndWait(window, good);
    CHECK(window.windowTitle() == QStringLiteral("Open\\x0aHands — ReleaseDeck"));
    CHECK_FALSE(window.statusMessage().contains(QLatin1Char('\n')));
}

TEST_CASE("Cancel while the demo is written says it is not opened, and Open Demo opens it", "[gui][window]")
{
    freshSettings();
    QTemporaryDir tmp;
    MainWindow window;
    window.session()->setDataDir(tmp.path());
    window.show();
    window.session()->openDemo();
    REQUIRE(window.session()->isWritingDemo());
    CHECK(window.statePage()->titleLabel()->text() == QStringLiteral("Writing the demo workspace…"));
    REQUIRE(window.statePage()->cancelButton()->isVisible());
    window.statePage()->cancelButton()->click();
    CHECK(window.statePage()->titleLabel()->text() == QLatin1String("Demo not opened"));
    CHECK(window.statePage()->demoButton()->isVisible());
    CHECK_FALSE(window.statePage()->retryButton()->isVisible());
    CHECK_FALSE(window.statePage()->cancelButton()->isVisible());
    // The write ends; nothing opens by itself.
    REQUIRE_EVENTUALLY(!window.session()->isWritingDemo(), 60000);
    QCoreApplication::processEvents();
    CHECK(window.showsStatePage());
    CHECK(window.workspaceFile().isEmpty());

    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.statePage()->demoButton()->click();
    REQUIRE(shown.wait(60000));
    CHECK(window.workspaceFile() == window.session()->demoDirectory() + QLatin1String("/releasedeck.yaml"));
    CHECK(window.windowTitle() == QStringLiteral("OpenHands (demo) — ReleaseDeck"));
}

TEST_CASE("The first window fits a 1280x720 screen with its frame, and so does every view's least size", "[gui][window]")
{
    const QSize screen(1280, 720);
    const QSize first = MainWindow::firstSize(screen);
    CHECK(first.width() + kFrameWidth <= screen.width());
    CHECK(first.height() + kFrameHeight <= screen.height());
    // On a large screen it is no larger than it needs to be.
    CHECK(MainWindow::firstSize(QSize(2560, 1440)) == QSize(1280, 800));

    QTemporaryDir tmp;
    MainWindow window;
    window.show();
    openAndWait(window, demoWorkspace(tmp));
    for (int v = 0; v <= int(MainWindow::View::Review); ++v) {
        INFO("view " << v);
        window.showView(MainWindow::View(v));
        QCoreApplication::processEvents();
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        CHECK(least.width() <= first.width());
        CHECK(least.height() <= first.height());
    }
}

TEST_CASE("The window keeps its size, docks and view from one start to the next", "[gui][window]")
{
    freshSettings();
    QTemporaryDir tmp;
    const QString file = demoWorkspace(tmp);
    QSize size;
    {
        MainWindow window;
        window.show();
        openAndWait(window, file);
        window.showView(MainWindow::View::Diff);
        window.stagingDock()->hide();
        // Not the first size, and not below the least the layout takes.
        window.resize(window.minimumSizeHint().expandedTo(window.minimumSize()) + QSize(24, 32));
        QCoreApplication::processEvents();
        size = window.size();
        REQUIRE(size != MainWindow::firstSize(window.screen()->availableGeometry().size()));
        window.close();
    }
    MainWindow again;
    again.show();
    INFO(again.size().width() << "x" << again.size().height() << " for " << size.width() << "x" << size.height());
    CHECK(again.size() == size);
    CHECK(again.currentView() == MainWindow::View::Diff);
    CHECK(again.stagingDock()->isHidden());
    // And the workspace it had open.
    QSignalSpy shown(&again, &MainWindow::snapshotShown);
    again.openInitialWorkspace(QString());
    REQUIRE(shown.wait(60000));
    CHECK(again.workspaceFile() == file);
}

TEST_CASE("A plan dialog fits the screen on both of its pages", "[gui][window]")
{
    QTemporaryDir tmp;
    useIdentity(tmp.path() + QLatin1String("/avery"), "Avery Approver", "avery@example.com");
    MainWindow window;
    window.show();
    openAndWait(window, demoWorkspace(tmp));
    StagingPanel *panel = window.stagingPanel();
    REQUIRE_EVENTUALLY(panel->button(OperationRequest::Kind::Approve)->isEnabled(), 10000);
    qRegisterMetaType<QDialog *>();
    QSignalSpy opened(&window, &MainWindow::operationOpened);
    panel->button(OperationRequest::Kind::Approve)->click();
    REQUIRE(opened.size() == 1);
    auto *dialog = qobject_cast<PlanDialog *>(opened.first().first().value<QDialog *>());
    REQUIRE(dialog);
    const QRect available = dialog->screen()->availableGeometry();
    auto fits = [&] {
        CHECK(dialog->width() + kFrameWidth <= available.width());
        CHECK(dialog->height() + kFrameHeight <= available.height());
        // A 720-pixel screen can show it whole.
        CHECK(dialog->minimumSizeHint().height() + kFrameHeight <= 720);
    };
    fits();
    dialog->noteEdit()->setText(QStringLiteral("a week on SaaS"));
    dialog->nextButton()->click();
    REQUIRE_EVENTUALLY(dialog->page() == PlanDialog::Page::Plan, 30000);
    fits();
    dialog->close();
}
