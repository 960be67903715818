#include "mainwindow.h"

#include "detailspane.h"
#include "diffview.h"
#include "pipelineview.h"
#include "plandialog.h"
#include "registrylogindialog.h"
#include "registryview.h"
#include "scanstatus.h"
#include "scanview.h"
#include "platform/eachturn.h"
#include "platform/fileutil.h"
#include "platform/workers.h"
#include "session/workspacesession.h"
#include "stagingpanel.h"
#include "statepage.h"
#include "supportview.h"
#include "reviewview.h"
#include "versionsview.h"
#include "domain/printable.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QtConcurrent>

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
    , m_session(new WorkspaceSession(this))
    , m_outer(new QStackedWidget(this))
    , m_statePage(new StatePage(this))
    , m_stack(new QStackedWidget(this))
    , m_pipeline(new PipelineView(this))
    , m_versions(new VersionsView(this))
    , m_registry(new RegistryView(this))
    , m_diff(new DiffView(this))
    , m_view(new ScanView(this))
    , m_support(new SupportView(this))
    , m_review(new ReviewView(this))
    , m_details(new DetailsPane(this))
    , m_detailsDock(new QDockWidget(tr("Details"), this))
    , m_staging(new StagingPanel(this))
    , m_stagingDock(new QDockWidget(tr("Staging"), this))
    , m_status(new ScanStatus(m_session, statusBar()))
{
    setWindowTitle(tr("ReleaseDeck"));
    m_stack->addWidget(m_pipeline);
    m_stack->addWidget(m_versions);
    m_stack->addWidget(m_registry);
    m_stack->addWidget(m_diff);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_support);
    m_stack->addWidget(m_review);
    // Until the first scan is shown: the loading or failure page.
    m_outer->addWidget(m_statePage);
    m_outer->addWidget(m_stack);
    setCentralWidget(m_outer);
    connect(m_statePage, &StatePage::chooseRequested, this, &MainWindow::chooseWorkspace);
    connect(m_statePage, &StatePage::demoRequested, m_session, &WorkspaceSession::openDemo);
    connect(m_statePage, &StatePage::cancelRequested, m_session, &WorkspaceSession::cancelScan);
    connect(m_statePage, &StatePage::retryRequested, this, [this] {
        if (!m_stateFile.isEmpty())
            openWorkspace(m_stateFile);
    });
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
    // The docks keep a width their buttons and values can be read at; the
    // views scroll instead.
    m_staging->setMinimumWidth(340);
    m_details->setMinimumWidth(340);
    resizeDocks({m_detailsDock}, {430}, Qt::Horizontal);
    resizeDocks({m_stagingDock, m_detailsDock}, {330, 500}, Qt::Vertical);
    connect(m_staging, &StagingPanel::operationRequested, this,
            [this](OperationRequest::Kind kind, const QString &version) { openOperation(int(kind), version); });
    createActions();

    connect(m_pipeline, &PipelineView::releaseSelected, this, &MainWindow::selectRelease);
    connect(m_versions, &VersionsView::releaseSelected, this, &MainWindow::selectRelease);
    connect(m_registry, &RegistryView::releaseSelected, this, &MainWindow::selectRelease);
    connect(m_support, &SupportView::releaseSelected, this, &MainWindow::selectRelease);
    connect(m_registry, &RegistryView::checkRequested, m_session, &WorkspaceSession::checkRegistries);

    connect(m_session, &WorkspaceSession::workspaceOpened, this, [this](const QString &file) {
        QSettings settings;
        settings.setValue(kLastKey, file);
        QStringList recent = settings.value(kRecentKey).toStringList();
        recent.removeAll(file);
        recent.prepend(file);
        settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
        updateRecentMenu();
    });
    connect(m_session, &WorkspaceSession::overviewReady, this, &MainWindow::showOverview);
    connect(m_session, &WorkspaceSession::scanStarted, this, [this](const QString &file) {
        if (m_overview)
            return; // the views keep the last scan while the next one runs
        m_stateFile = file;
        m_statePage->showLoading(tr("Scanning the workspace…"), file);
        m_outer->setCurrentWidget(m_statePage);
    });
    connect(m_session, &WorkspaceSession::demoWriting, this, [this](const QString &dir) {
        if (!m_overview)
            m_statePage->showLoading(tr("Writing the demo workspace…"), dir,
                                     tr("Creating its repositories and registry in %1; it opens when they are written.")
                                         .arg(printablePath(dir)));
    });
    connect(m_session, &WorkspaceSession::scanProgress, m_statePage, &StatePage::showProgress);
    connect(m_session, &WorkspaceSession::scanCancelled, this, [this] {
        if (!m_overview)
            m_statePage->showCancelled(m_stateFile);
    });
    connect(m_session, &WorkspaceSession::demoCancelled, this, [this] {
        if (!m_overview)
            m_statePage->showDemoCancelled();
    });
    connect(m_session, &WorkspaceSession::openFailed, this, &MainWindow::reportOpenFailure);
    connect(m_status, &ScanStatus::failed, this, [this](const QString &error) {
        if (m_overview) {
            QMessageBox box(QMessageBox::Warning, tr("ReleaseDeck"), error, QMessageBox::Close, this);
            box.setTextFormat(Qt::PlainText); // a reason quoting other people's files
            box.exec();
        }
        else
            m_statePage->showFailed(QString(), error);
    });
    // The session's follow-ups may finish before their view has taken the
    // overview: they wait for it.
    connect(m_session, &WorkspaceSession::registryProgress, this, [this](int done, int total) {
        if (m_registryShown)
            m_registry->setProgress(done, total);
    });
    connect(m_session, &WorkspaceSession::registryCancelled, m_registry, &RegistryView::setCancelled);
    connect(m_session, &WorkspaceSession::registryChecked, this,
            [this](const OverviewPtr &overview) {
                if (overview == m_overview && m_registryShown)
                    showRegistryReport();
            });
    connect(m_session, &WorkspaceSession::interruptedRunsFound, this,
            [this](const OverviewPtr &overview, const QList<InterruptedRun> &runs) {
                if (overview != m_overview)
                    return;
                m_interrupted = runs;
                if (m_stagingShown)
                    m_staging->setInterrupted(runs);
            });
    // A window left open on the wall keeps its today line and countdowns
    // current without a rescan.
    auto *clock = new QTimer(this);
    clock->setInterval(10 * 60 * 1000);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateNow);
    clock->start();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // The first start: as large as is useful, within the screen with
        // room for a window frame and a panel.
        const QRect available = screen()->availableGeometry();
        const QSize size = firstSize(available.size());
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    showView(View(std::clamp(settings.value(kViewKey, 0).toInt(), 0, int(View::Review))));
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
        {tr("S&upport"), tr("Which release lines get fixes, and each customer's status, target and upgrade path")},
        {tr("Re&view"), tr("The weekly release review: the agenda, cadence, stagger, lead time, failures, customers, and the cadence what-if")},
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
    // The review is for the wall: its charts take the docks' width while
    // it is shown, and the docks come back as they were.
    if (view == View::Review && currentView() != View::Review && m_stack->count() > int(View::Review)) {
        m_docksBeforeReview = {m_stagingDock->isVisible(), m_detailsDock->isVisible()};
        m_stagingDock->hide();
        m_detailsDock->hide();
    } else if (view != View::Review && currentView() == View::Review && m_docksBeforeReview) {
        // Hidden first, the review is not laid out again for the docks'
        // width on its way out; the next view is laid out once.
        m_stack->currentWidget()->hide();
        m_stagingDock->setVisible(m_docksBeforeReview->first);
        m_detailsDock->setVisible(m_docksBeforeReview->second);
        m_docksBeforeReview.reset();
    }
    m_stack->setCurrentIndex(int(view));
    if (m_viewActions)
        m_viewActions->actions().at(int(view))->setChecked(true);
    m_stack->currentWidget()->setFocus();
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_stack->currentIndex());
}

QSize MainWindow::firstSize(const QSize &available)
{
    return QSize(std::min(1280, available.width() - 16), std::min(800, available.height() - 48));
}

void MainWindow::reportOpenFailure(const QString &file, const QString &error)
{
    m_stateFile = file;
    if (!m_overview) {
        m_statePage->showFailed(file, error);
        m_outer->setCurrentWidget(m_statePage);
        return;
    }
    // The open workspace stays as it was.
    QMessageBox box(QMessageBox::Warning, tr("ReleaseDeck"),
                    tr("%1 did not open; %2 stays open.")
                        .arg(printablePath(file), printableLine(m_overview->snapshot.name, 80)),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText); // the name and the reason are other people's text
    box.setInformativeText(QStringLiteral("<p>%1</p>").arg(error.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))));
    QPushButton *choose = box.addButton(tr("&Choose Another…"), QMessageBox::ActionRole);
    box.setDefaultButton(choose);
    emit openFailureShown(&box);
    box.exec();
    if (box.clickedButton() == choose)
        chooseWorkspace();
}

void MainWindow::showOverview(const OverviewPtr &overview)
{
    m_overview = overview;
    for (QAction *action : std::as_const(m_needWorkspace))
        action->setEnabled(true);
    setWindowTitle(tr("%1 — ReleaseDeck").arg(printableLine(overview->snapshot.name, 80)));
    m_outer->setCurrentWidget(m_stack);
    bool independentCharts = false;
    for (const Component &c : overview->snapshot.workspace.components)
        independentCharts = independentCharts || (c.kind == Component::Kind::Chart && c.isIndependent());
    m_adopt->setEnabled(independentCharts && overview->snapshot.manifest.releases.isEmpty());
    m_now = QDateTime::currentDateTimeUtc();
    m_interrupted.reset();
    m_registryShown = false;
    m_stagingShown = false;
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
    // Judged in turns of their own: git and the manifest now, the registry
    // when its report comes (or now, when it came first).
    auto checked = std::make_shared<bool>(false);
    QList<std::function<void()>> steps{
        [this] { paintTimeline(); },
        [this, overview] { m_versions->setOverview(overview); },
        [this, overview, checked] {
            m_registry->setOverview(overview);
            m_registryShown = true;
            if (const RegistryReportPtr report = m_session->registryReport()) {
                m_registry->setReport(report);
                *checked = true;
            }
        },
    };
    steps += judgeSteps([this, checked] {
        if (*checked)
            emit registryChecked();
    });
    steps += QList<std::function<void()>>{
        [this, overview] { m_diff->setOverview(overview); },
        [this, overview] { m_support->setOverview(overview, m_now); },
        [this, overview] {
            m_staging->setOverview(overview, m_now);
            m_stagingShown = true;
            if (m_verdicts && m_verdicts->overview() == overview)
                m_staging->setVerdicts(m_verdicts);
            if (m_interrupted)
                m_staging->setInterrupted(*m_interrupted);
        },
        [this, overview] { m_view->setSnapshot(overview->snapshot); },
        [this, overview] {
            m_versions->selectRelease(m_pipeline->selectedRelease());
            const WorkspaceSnapshot &snapshot = overview->snapshot;
            m_status->setMessage(snapshot.problems.isEmpty()
                                     ? tr("Scanned %1.").arg(printableLine(snapshot.name, 80))
                                     : tr("Scanned %1: %n problem(s), see Scan Data › Problems.", nullptr,
                                          int(snapshot.problems.size()))
                                           .arg(printableLine(snapshot.name, 80)));
            emit snapshotShown();
        },
    };
    m_turns.add(steps, [this, overview] { return m_overview == overview; });
}

void MainWindow::updateNow()
{
    if (!m_overview)
        return;
    m_now = QDateTime::currentDateTimeUtc();
    m_pipeline->setNow(m_now);
    m_details->setRelease(m_overview, m_pipeline->selectedRelease(), m_now);
    m_staging->setOverview(m_overview, m_now);
    m_support->setOverview(m_overview, m_now);
    if (m_registryShown)
        m_turns.add(judgeSteps({}), [this, overview = m_overview] { return m_overview == overview; });
}

QList<std::function<void()>> MainWindow::judgeSteps(std::function<void()> then)
{
    // One verdict per release, shown the same in every view: judged in one
    // turn, handed to the views in the next, so that judging thousands of
    // releases and the repaints after the hand-over do not hold the GUI
    // thread in one go.
    auto judged = std::make_shared<VerdictsPtr>();
    return {
        [this, judged] {
            RegistryReportPtr report = m_session->registryReport();
            if (report && report->completeness.size() != m_overview->train.releases().size())
                report.reset();
            // Judged already, as when the report came while the overview was
            // still being shown.
            if (m_verdicts && m_verdicts->overview() == m_overview && m_verdicts->report() == report
                && m_verdicts->now() == m_now)
                return;
            *judged = Verdicts::build(m_overview, report, m_now);
        },
        [this, judged, then = std::move(then)] {
            // Judged before a newer report came (its steps ran ahead of
            // these): the newer verdicts stay.
            if (*judged && m_verdicts && m_verdicts->overview() == (*judged)->overview()
                && m_verdicts->report() && !(*judged)->report())
                judged->reset();
            if (*judged)
                showVerdicts(*judged);
            if (then)
                then();
        },
        [this, judged] {
            if (*judged)
                paintTimeline();
        },
    };
}

void MainWindow::paintTimeline()
{
    // The timeline paints an overview or verdicts in a later turn than it
    // takes them (PipelineView holds the paint until then): this is that
    // turn, with nothing else in it.
    m_pipeline->viewport()->repaint();
}

void MainWindow::showVerdicts(const VerdictsPtr &verdicts)
{
    m_verdicts = verdicts;
    m_pipeline->setVerdicts(m_verdicts);
    m_versions->setVerdicts(m_verdicts);
    m_registry->setVerdicts(m_verdicts);
    m_details->setVerdicts(m_verdicts);
    m_review->setVerdicts(m_verdicts);
    if (m_stagingShown)
        m_staging->setVerdicts(m_verdicts);
    emit verdictsChanged();
}

void MainWindow::selectRelease(int release)
{
    m_details->setRelease(m_overview, release, m_now);
    m_pipeline->selectRelease(release);
    m_versions->selectRelease(release);
    m_registry->selectRelease(release);
}

void MainWindow::showRegistryReport()
{
    // The report's table, then the verdicts, in turns of their own, ahead
    // of what the window still has to show of the overview.
    const RegistryReportPtr report = m_session->registryReport();
    QList<std::function<void()>> steps{[this, report] { m_registry->setReport(report); }};
    steps += judgeSteps([this] { emit registryChecked(); });
    m_turns.addNext(steps, [this, overview = m_overview, report] {
        return m_overview == overview && m_session->registryReport() == report;
    });
}

void MainWindow::editRegistryLogins()
{
    if (!m_overview)
        return;
    RegistryLoginDialog dialog(m_overview->snapshot.workspace, this);
    connect(&dialog, &RegistryLoginDialog::loginsChanged, m_session, &WorkspaceSession::checkRegistries);
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
    setup.dataDir = m_session->dataDir();
    setup.logins = m_session->logins();
    auto *dialog = new PlanDialog(m_overview->snapshot.workspace, OperationRequest::Kind(kind), options, setup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The timeline, matrix and panel follow from a scan of what it changed.
    connect(dialog, &PlanDialog::completed, m_session, &WorkspaceSession::reload);
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
    QAction *demo = file->addAction(tr("Open &Demo Workspace"), m_session, &WorkspaceSession::openDemo);
    demo->setToolTip(tr("The generated demo workspace"));
    QAction *reload = file->addAction(tr("&Reload"), m_session, &WorkspaceSession::reload);
    reload->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    file->addAction(tr("Registry &Logins…"), this, &MainWindow::editRegistryLogins);
    QAction *mapping = file->addAction(tr("&Export Mapping…"), this, &MainWindow::exportMapping);
    mapping->setToolTip(tr("Chart releases and the OSS/SaaS releases they deploy, by content, as CSV or Markdown"));
    QAction *review = file->addAction(tr("Export Re&view…"), this, &MainWindow::exportReview);
    review->setToolTip(tr("The review pack of the weeks the Review view shows, as PDF, HTML or Markdown"));
    QAction *print = file->addAction(tr("&Print Review…"), QKeySequence::Print, this, &MainWindow::printReview);
    QAction *timeline = file->addAction(tr("Export &Timeline…"), this, &MainWindow::exportTimeline);
    timeline->setToolTip(tr("The timeline as it is shown, as PNG or SVG"));
    // Nothing to export before a workspace is shown.
    m_needWorkspace = {mapping, review, print, timeline};
    for (QAction *action : std::as_const(m_needWorkspace))
        action->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    createViewMenu();
    // The operations, as the Staging panel offers them.
    QMenu *train = menuBar()->addMenu(tr("&Release"));
    train->addActions(m_staging->actions());
    // Once, on a workspace whose charts still have numbers of their own.
    m_adopt = train->addAction(tr("&Adopt One Version…"), this, [this] { openOperation(int(OperationRequest::Kind::Adopt), QString()); });
    m_adopt->setToolTip(tr("Write the first release manifest from history and switch the charts to one version"));
    m_adopt->setEnabled(false);
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
    return WorkspaceSession::demoDirectoryIn(WorkspaceSession::defaultDataDir());
}

void MainWindow::openInitialWorkspace(const QString &file)
{
    if (!file.isEmpty()) {
        openWorkspace(file);
        return;
    }
    const QString last = QSettings().value(kLastKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && !m_session->isOlderDemo(last)) {
        openWorkspace(last);
        return;
    }
    m_session->openDemo();
}

void MainWindow::openWorkspace(const QString &file) { m_session->open(file); }

QString MainWindow::workspaceFile() const { return m_session->workspaceFile(); }

bool MainWindow::showsStatePage() const { return m_outer->currentWidget() == m_statePage; }

void MainWindow::chooseWorkspace()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QFileInfo(workspaceFile()).path(),
                                                      tr("ReleaseDeck workspaces (*.yaml *.yml)"));
    if (!file.isEmpty())
        openWorkspace(file);
}

QString MainWindow::statusMessage() const
{
    return m_status->message();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &file : recent)
        m_recentMenu->addAction(printablePath(file).replace(QLatin1Char('&'), QLatin1String("&&")), this, [this, file] { openWorkspace(file); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->cancelAll();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    // The docks as the user left them, not as the Review view hid them.
    if (m_docksBeforeReview) {
        m_stagingDock->setVisible(m_docksBeforeReview->first);
        m_detailsDock->setVisible(m_docksBeforeReview->second);
    }
    settings.setValue(kStateKey, saveState());
    settings.setValue(kViewKey, int(currentView()));
    event->accept();
}

} // namespace ReleaseDeck
