#include "mainwindow.h"

#include "demoworkspace.h"
#include "detailspane.h"
#include "diffview.h"
#include "pipelineview.h"
#include "registrycheck.h"
#include "registrylogindialog.h"
#include "plandialog.h"
#include "registryview.h"
#include "stagingpanel.h"
#include "scanrunner.h"
#include "scanview.h"
#include "versionsview.h"
#include "workspacewatcher.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QStackedWidget>
#include <QTimer>
#include <QUrl>
#include <QToolBar>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace ReleaseDeck {

namespace {
constexpr int kMaxRecent = 8;
const QLatin1String kRecentKey("workspace/recent");
const QLatin1String kLastKey("workspace/last");
const QLatin1String kGeometryKey("window/geometry");
const QLatin1String kStateKey("window/state");
const QLatin1String kViewKey("window/view");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_runner(new ScanRunner(this))
    , m_registryRunner(new RegistryCheckRunner(this))
    , m_fileWatcher(new WorkspaceWatcher(this))
    , m_stack(new QStackedWidget(this))
    , m_pipeline(new PipelineView(this))
    , m_versions(new VersionsView(this))
    , m_registry(new RegistryView(this))
    , m_diff(new DiffView(this))
    , m_view(new ScanView(this))
    , m_details(new DetailsPane(this))
    , m_detailsDock(new QDockWidget(tr("Details"), this))
    , m_staging(new StagingPanel(this))
    , m_stagingDock(new QDockWidget(tr("Staging"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setWindowTitle(tr("ReleaseDeck"));
    m_stack->addWidget(m_pipeline);
    m_stack->addWidget(m_versions);
    m_stack->addWidget(m_registry);
    m_stack->addWidget(m_diff);
    m_stack->addWidget(m_view);
    setCentralWidget(m_stack);
    m_detailsDock->setObjectName(QStringLiteral("details"));
    m_detailsDock->setWidget(m_details);
    m_detailsDock->setAccessibleName(tr("Details pane"));
    m_detailsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    m_stagingDock->setObjectName(QStringLiteral("staging"));
    m_stagingDock->setWidget(m_staging);
    m_stagingDock->setAccessibleName(tr("Staging panel"));
    m_stagingDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_stagingDock);
    splitDockWidget(m_stagingDock, m_detailsDock, Qt::Vertical);
    resizeDocks({m_detailsDock}, {430}, Qt::Horizontal);
    resizeDocks({m_stagingDock, m_detailsDock}, {330, 500}, Qt::Vertical);
    connect(m_staging, &StagingPanel::operationRequested, this,
            [this](OperationRequest::Kind kind, const QString &version) { openOperation(int(kind), version); });
    createActions();

    connect(m_pipeline, &PipelineView::releaseSelected, this, &MainWindow::selectRelease);
    connect(m_versions, &VersionsView::releaseSelected, this, &MainWindow::selectRelease);
    connect(m_registry, &RegistryView::releaseSelected, this, &MainWindow::selectRelease);
    // Registries are asked after each scan, on a worker; what they hold
    // fills the Registry view and the timeline's badges when it comes.
    connect(m_registry, &RegistryView::checkRequested, this, &MainWindow::checkRegistries);
    connect(m_registryRunner, &RegistryCheckRunner::progress, m_registry,
            [this](int done, int total, const QString &) { m_registry->setProgress(done, total); });
    connect(m_registryRunner, &RegistryCheckRunner::cancelled, m_registry, &RegistryView::setCancelled);
    connect(m_registryRunner, &RegistryCheckRunner::finished, this, [this](const RegistryReportPtr &report) {
        m_registry->setReport(report);
        m_pipeline->setRegistryReport(report);
        m_details->setRegistryReport(report);
        emit registryChecked();
    });
    connect(m_runner, &ScanRunner::overviewReady, this, &MainWindow::showOverview);
    // A window left open on the wall keeps its today line and countdowns
    // current without a rescan.
    auto *clock = new QTimer(this);
    clock->setInterval(10 * 60 * 1000);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateNow);
    clock->start();
    // Refs or the workspace file changed on disk: scan again. Starting a
    // scan cancels the one still running.
    connect(m_fileWatcher, &WorkspaceWatcher::changed, this, [this] {
        if (m_workspaceFile.isEmpty())
            return;
        m_quietErrors = true;
        m_runner->start(m_workspaceFile);
    });

    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the scan (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, m_runner, &ScanRunner::cancel);
    connect(m_runner, &ScanRunner::started, this, [this] {
        m_status->setText(tr("Scanning %1…").arg(QDir::toNativeSeparators(m_workspaceFile)));
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
    });
    connect(m_runner, &ScanRunner::progress, this, [this](int done, int total, const QString &what) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_status->setText(what);
    });
    auto stopped = [this] {
        m_progress->hide();
        m_cancel->hide();
    };
    connect(m_runner, &ScanRunner::finished, this, stopped);
    connect(m_runner, &ScanRunner::failed, this, [this, stopped](const QString &error) {
        stopped();
        // A file saved half-way through an edit must not raise a dialog at
        // each save: a rescan nobody asked for reports in the status bar and
        // keeps the last good scan on screen.
        if (m_quietErrors) {
            m_status->setText(tr("Not rescanned: %1").arg(error.section(QLatin1Char('\n'), 0, 0)));
            m_status->setToolTip(error);
        } else {
            showError(error);
        }
    });
    connect(m_runner, &ScanRunner::cancelled, this, [this, stopped] {
        stopped();
        m_status->setText(tr("Scan cancelled."));
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
    showView(View(std::clamp(settings.value(kViewKey, 0).toInt(), 0, int(View::ScanData))));
}

void MainWindow::createViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    QToolBar *bar = addToolBar(tr("Views"));
    bar->setObjectName(QStringLiteral("views"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("View switcher"));
    m_viewActions = new QActionGroup(this);
    const QList<QPair<QString, QString>> views{
        {tr("&Pipeline"), tr("The OSS, SaaS and Enterprise releases on a timeline")},
        {tr("&Versions"), tr("Every version against its tags, images and charts")},
        {tr("&Registry"), tr("What the registries hold of each release, and whether it agrees with git")},
        {tr("&Diff"), tr("What changed between two versions")},
        {tr("&Scan Data"), tr("The raw scan: tags, charts, image references and problems")},
    };
    for (int i = 0; i < views.size(); ++i) {
        QAction *a = m_viewActions->addAction(views[i].first);
        a->setCheckable(true);
        a->setData(i);
        a->setToolTip(views[i].second);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showView(View(i)); });
        menu->addAction(a);
        bar->addAction(a);
    }
    menu->addSeparator();
    QAction *details = m_detailsDock->toggleViewAction();
    details->setText(tr("D&etails Pane"));
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    menu->addAction(details);
    menu->addSeparator();
    QMenu *timeline = menu->addMenu(tr("&Timeline"));
    timeline->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_pipeline, &PipelineView::zoomIn);
    timeline->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_pipeline, &PipelineView::zoomOut);
    timeline->addAction(tr("&Fit to Data"), QKeySequence(Qt::CTRL | Qt::Key_0), m_pipeline, &PipelineView::fitToData);
    timeline->addAction(tr("Show &Today"), QKeySequence(Qt::CTRL | Qt::Key_T), m_pipeline, &PipelineView::showToday);
}

void MainWindow::showView(View view)
{
    m_stack->setCurrentIndex(int(view));
    if (m_viewActions)
        m_viewActions->actions().at(int(view))->setChecked(true);
    m_stack->currentWidget()->setFocus();
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_stack->currentIndex());
}

void MainWindow::showOverview(const OverviewPtr &overview)
{
    m_overview = overview;
    m_now = QDateTime::currentDateTimeUtc();
    // The timeline first, then one view per turn of the event loop, so that
    // a large workspace never holds the GUI thread for long in one go. A
    // newer overview arriving meanwhile ends the older sequence.
    m_pipeline->setOverview(overview, m_now);
    // Keep the selection; else the pending release; else the newest one.
    int selected = m_pipeline->selectedRelease();
    if (selected < 0)
        selected = overview->train.pendingIndex() >= 0 ? overview->train.pendingIndex()
                                                       : int(overview->train.releases().size()) - 1;
    selectRelease(selected);
    const QList<std::function<void()>> steps{
        [this, overview] { m_versions->setOverview(overview); },
        [this, overview] {
            m_registry->setOverview(overview);
            m_details->setRegistryReport({});
            checkRegistries();
        },
        [this, overview] { m_diff->setOverview(overview); },
        [this, overview] {
            m_staging->setOverview(overview, m_now);
            // Runs left open by a kill or a failure, read off the GUI thread.
            auto *watcher = new QFutureWatcher<QList<InterruptedRun>>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
                m_staging->setInterrupted(watcher->result());
                watcher->deleteLater();
            });
            watcher->setFuture(QtConcurrent::run(&Operation::interrupted,
                                                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                                 overview->snapshot.workspace));
        },
        [this, overview] { m_view->setSnapshot(overview->snapshot); },
        [this, overview] {
            const Workspace &ws = overview->snapshot.workspace;
            QStringList repoPaths;
            for (const RepoConfig &r : ws.repos)
                repoPaths.append(r.path);
            m_fileWatcher->watch(ws.file, repoPaths, overview->snapshot.scannedAt);
        },
        [this, overview] {
            m_versions->selectRelease(m_pipeline->selectedRelease());
            m_status->setToolTip(QString());
            const WorkspaceSnapshot &snapshot = overview->snapshot;
            m_status->setText(snapshot.problems.isEmpty()
                                  ? tr("Scanned %1.").arg(snapshot.name)
                                  : tr("Scanned %1: %n problem(s), see Scan Data › Problems.", nullptr,
                                       int(snapshot.problems.size()))
                                        .arg(snapshot.name));
            emit snapshotShown();
        },
    };
    runSteps(overview, steps, 0);
}

void MainWindow::runSteps(const OverviewPtr &overview, const QList<std::function<void()>> &steps, int next)
{
    if (next >= steps.size())
        return;
    QTimer::singleShot(0, this, [this, overview, steps, next] {
        if (m_overview != overview)
            return;
        steps[next]();
        runSteps(overview, steps, next + 1);
    });
}

void MainWindow::updateNow()
{
    if (!m_overview)
        return;
    m_now = QDateTime::currentDateTimeUtc();
    m_pipeline->setNow(m_now);
    m_details->setRelease(m_overview, m_pipeline->selectedRelease(), m_now);
    m_staging->setOverview(m_overview, m_now);
}

void MainWindow::selectRelease(int release)
{
    m_details->setRelease(m_overview, release, m_now);
    m_pipeline->selectRelease(release);
    m_versions->selectRelease(release);
    m_registry->selectRelease(release);
}

void MainWindow::checkRegistries()
{
    if (!m_overview)
        return;
    // Logins the environment does not give come from the keychain, read
    // without waiting; the check starts when it has answered.
    QStringList hosts;
    for (const RegistryConfig &r : m_overview->snapshot.workspace.registries) {
        if (!r.url.isEmpty() && qEnvironmentVariableIsEmpty(r.userVariable().toLatin1().constData()))
            hosts.append(r.host);
    }
    // Operations push to https remotes with a token from the keychain too.
    QStringList gitHosts;
    for (const RepoConfig &r : m_overview->snapshot.workspace.repos) {
        const QUrl url(r.remote);
        if (url.scheme().startsWith(QLatin1String("http")) && !hosts.contains(url.host()) && !gitHosts.contains(url.host()))
            gitHosts.append(url.host());
    }
    if (qEnvironmentVariableIsEmpty("RELEASEDECK_GIT_TOKEN"))
        hosts += gitHosts;
    if (hosts.isEmpty()) {
        m_registryRunner->start(m_overview);
        return;
    }
    const quint64 request = ++m_keychainRequest;
    const OverviewPtr overview = m_overview;
    auto *keychain = new Keychain(this);
    connect(keychain, &Keychain::loaded, this,
            [this, keychain, request, overview](const QHash<QString, RegistryLogin> &logins, const QString &error) {
                keychain->deleteLater();
                if (request != m_keychainRequest || overview != m_overview)
                    return; // a newer check asked again
                if (!error.isEmpty())
                    m_status->setText(error);
                m_logins = logins;
                m_registryRunner->start(overview, logins);
            });
    keychain->read(hosts);
}

void MainWindow::editRegistryLogins()
{
    if (!m_overview)
        return;
    RegistryLoginDialog dialog(m_overview->snapshot.workspace, this);
    connect(&dialog, &RegistryLoginDialog::loginsChanged, this, &MainWindow::checkRegistries);
    dialog.exec();
}

void MainWindow::openOperation(int kind, const QString &version)
{
    if (!m_overview)
        return;
    const StagingState &state = m_staging->state();
    PlanDialog::Options options;
    options.version = version;
    options.askEarly = state.early;
    options.freeze = state.freeze;
    OperationSetup setup;
    setup.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    setup.logins = m_logins;
    auto *dialog = new PlanDialog(m_overview->snapshot.workspace, OperationRequest::Kind(kind), options, setup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The timeline, matrix and panel follow from a scan of what it changed.
    connect(dialog, &PlanDialog::completed, this, &MainWindow::reload);
    dialog->open();
    emit operationOpened(dialog);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Workspace"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *demo = file->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemo);
    demo->setToolTip(tr("The generated demo workspace"));
    QAction *reload = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reload->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    file->addAction(tr("Registry &Logins…"), this, &MainWindow::editRegistryLogins);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    createViewMenu();
    // The operations, as the Staging panel offers them.
    QMenu *train = menuBar()->addMenu(tr("&Release"));
    train->addActions(m_staging->actions());
    train->addSeparator();
    QAction *staging = m_stagingDock->toggleViewAction();
    staging->setText(tr("&Staging Panel"));
    staging->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    train->addAction(staging);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ReleaseDeck"), this, [this] {
        QMessageBox::about(this, tr("About ReleaseDeck"),
                           tr("<b>ReleaseDeck %1</b><p>The OSS, SaaS and Enterprise release train, "
                              "across repositories and registries.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    updateRecentMenu();
}

QString MainWindow::demoDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/demo-%1").arg(DemoWorkspace::kEdition);
}

namespace {

// A demo written by an older edition of the app (`…/demo/`, `…/demo-1/`).
bool isOlderDemo(const QString &workspaceFile)
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/');
    const QString dir = QFileInfo(workspaceFile).absolutePath();
    return dir.startsWith(data + QLatin1String("demo")) && dir.indexOf(QLatin1Char('/'), data.size()) < 0
           && dir != MainWindow::demoDirectory();
}

} // namespace

void MainWindow::openInitialWorkspace(const QString &file)
{
    if (!file.isEmpty()) {
        openWorkspace(file);
        return;
    }
    const QString last = QSettings().value(kLastKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && !isOlderDemo(last)) {
        openWorkspace(last);
        return;
    }
    openDemo();
}

void MainWindow::openDemo()
{
    const QString dir = demoDirectory();
    const QString file = dir + QLatin1String("/releasedeck.yaml");
    if (QFileInfo::exists(file)) {
        openWorkspace(file);
        return;
    }
    m_status->setText(tr("Writing the demo workspace to %1…").arg(QDir::toNativeSeparators(dir)));
    m_progress->setRange(0, 0);
    m_progress->show();
    auto *watcher = new QFutureWatcher<QPair<QString, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto [created, error] = watcher->result();
        watcher->deleteLater();
        m_progress->hide();
        if (created.isEmpty())
            showError(tr("Cannot write the demo workspace: %1").arg(error));
        else
            openWorkspace(created);
    });
    watcher->setFuture(QtConcurrent::run([dir] {
        QString error;
        const QString created = DemoWorkspace::create(dir, QDate::currentDate(), &error);
        return qMakePair(created, error);
    }));
}

void MainWindow::openWorkspace(const QString &file)
{
    m_workspaceFile = QFileInfo(file).absoluteFilePath();
    // The file alone until a scan names the repositories, so that fixing a
    // workspace that does not load is noticed too.
    m_fileWatcher->watch(m_workspaceFile, {});
    setWindowTitle(tr("%1 — ReleaseDeck").arg(QFileInfo(m_workspaceFile).dir().dirName()));
    QSettings settings;
    settings.setValue(kLastKey, m_workspaceFile);
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(m_workspaceFile);
    recent.prepend(m_workspaceFile);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    updateRecentMenu();
    m_quietErrors = false;
    m_runner->start(m_workspaceFile);
}

void MainWindow::chooseWorkspace()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QFileInfo(m_workspaceFile).path(),
                                                      tr("ReleaseDeck workspaces (*.yaml *.yml)"));
    if (!file.isEmpty())
        openWorkspace(file);
}

QString MainWindow::statusMessage() const
{
    return m_status->text();
}

void MainWindow::reload()
{
    if (m_workspaceFile.isEmpty())
        return;
    m_quietErrors = false;
    m_runner->start(m_workspaceFile);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &file : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this, [this, file] { openWorkspace(file); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &message)
{
    m_status->setText(message.section(QLatin1Char('\n'), 0, 0));
    QMessageBox::warning(this, tr("ReleaseDeck"), message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_runner->cancel();
    m_registryRunner->cancel();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kViewKey, int(currentView()));
    event->accept();
}

} // namespace ReleaseDeck
