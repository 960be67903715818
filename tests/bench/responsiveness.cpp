// bench_responsiveness: how long the GUI thread stalls while the main window
// scans a workspace and shows the result (DESIGN §6: no event-loop stall over
// 50 ms). A 5 ms timer is the probe: the longest gap between two of its
// timeouts, minus the interval, is the stall. See tests/bench/README.md.
#include "detailspane.h"
#include "diffview.h"
#include "mainwindow.h"
#include "plandialog.h"
#include "stagingpanel.h"
#include "pipelineview.h"
#include "registry/registrycheck.h"
#include "registryview.h"
#include "reviewview.h"
#include "reviewcharts.h"
#include "review/review.h"
#include <QChart>
#include <QEventLoop>
#include "session/workspacesession.h"
#include "workspace/scanrunner.h"
#include "scanview.h"
#include "versionsview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ReleaseDeck;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

// Records the end time and length of every gap between two probe timeouts.
class Probe : public QObject
{
public:
    explicit Probe(int intervalMs)
        : m_intervalNs(qint64(intervalMs) * 1000000)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 t = now();
            if (onGap)
                onGap(t - m_last);
            m_gaps.push_back({t, t - m_last});
            m_last = t;
        });
        m_clock.start();
    }

    void start()
    {
        m_last = now();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 now() const { return m_clock.nsecsElapsed(); }
    std::function<void(qint64 gapNs)> onGap; // at each timeout, with the gap it ends

    struct Stats
    {
        int ticks = 0;
        double maxStallMs = 0; // longest gap minus the interval
        double maxStallAtMs = 0; // when that gap ended, from `from`
        double p99GapMs = 0;
    };

    // Gaps that end in [from, to). A gap that spans a synchronous call ends
    // after it, so it counts in the window in which the call returned.
    Stats stats(qint64 from, qint64 to) const
    {
        Stats s;
        std::vector<qint64> lengths;
        qint64 longest = 0;
        for (const Gap &g : m_gaps) {
            if (g.end < from || g.end >= to)
                continue;
            lengths.push_back(g.length);
            if (g.length > longest) {
                longest = g.length;
                s.maxStallAtMs = ms(g.end - from);
            }
        }
        s.ticks = int(lengths.size());
        if (lengths.empty())
            return s;
        s.maxStallMs = std::max(0.0, ms(longest - m_intervalNs));
        std::sort(lengths.begin(), lengths.end());
        s.p99GapMs = ms(lengths[std::min(lengths.size() - 1, size_t(double(lengths.size()) * 0.99))]);
        return s;
    }

private:
    struct Gap
    {
        qint64 end;
        qint64 length;
    };
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_intervalNs;
    qint64 m_last = 0;
    std::vector<Gap> m_gaps;
};

// Times QEvent::FutureCallOut on the runner's watcher: the last one before
// snapshotShown is the delivery of the scan result to the GUI thread.
class CallOutClock : public QObject
{
public:
    CallOutClock(const Probe &probe, QObject *parent)
        : QObject(parent)
        , m_probe(probe)
    {
    }
    qint64 last = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FutureCallOut)
            last = m_probe.now();
        return QObject::eventFilter(watched, event);
    }

private:
    const Probe &m_probe;
};

// With --trace-slow MS: every event whose delivery takes at least MS, with
// its receiver (and the receiver's parent) and nesting depth, and every
// stall of the probe of at least MS, printed to stderr at the end in the
// order they ended. Shows what a stall is made of.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    double thresholdMs = -1;
    QElapsedTimer clock;
    QStringList lines;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (thresholdMs < 0)
            return QApplication::notify(receiver, event);
        // The receiver may be gone afterwards (a single-shot timer, deleteLater).
        const int type = int(event->type());
        QString receiverName = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char(' ') + receiver->objectName();
        if (const QObject *parent = receiver->parent())
            receiverName += QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className());
        const qint64 start = clock.nsecsElapsed();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double took = double(clock.nsecsElapsed() - start) / 1e6;
        if (took >= thresholdMs)
            lines << QStringLiteral("%1 ms at %2 depth %3 event %4 to %5")
                         .arg(took, 0, 'f', 1)
                         .arg(double(start) / 1e6, 0, 'f', 0)
                         .arg(m_depth)
                         .arg(type)
                         .arg(receiverName);
        return result;
    }

private:
    int m_depth = 0;
};

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QJsonObject statsJson(const Probe::Stats &s)
{
    return QJsonObject{{QStringLiteral("maxStallMs"), round1(s.maxStallMs)},
                       {QStringLiteral("maxStallAtMs"), round1(s.maxStallAtMs)},
                       {QStringLiteral("p99GapMs"), round1(s.p99GapMs)},
                       {QStringLiteral("ticks"), s.ticks}};
}

// Calls each view's setter directly with the shown overview, `runs` times,
// and returns the median of each in ms. The views already hold a snapshot, so
// this is also what a rescan (reload, file watcher) costs them.
QJsonObject breakdown(MainWindow &window, int runs)
{
    const OverviewPtr overview = window.overview();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The selected release, else the pending one, else the newest: never -1, which would time an empty pane.
    int release = window.pipelineView()->selectedRelease();
    if (release < 0)
        release = overview->train.pendingIndex();
    if (release < 0)
        release = int(overview->train.releases().size()) - 1;
    QJsonObject out;
    auto time = [&](const QString &name, const std::function<void()> &call) {
        std::vector<double> t;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            call();
            t.push_back(ms(clock.nsecsElapsed()));
            QCoreApplication::processEvents(); // deferred layouts and deletes, outside the timing
        }
        std::sort(t.begin(), t.end());
        out.insert(name, round1(t[t.size() / 2]));
    };
    window.showView(MainWindow::View::Pipeline);
    QCoreApplication::processEvents();
    // Blocked so that releaseSelected does not also refill the details pane.
    time(QStringLiteral("PipelineView::setOverview"), [&] {
        const QSignalBlocker block(window.pipelineView());
        window.pipelineView()->setOverview(overview, now);
    });
    time(QStringLiteral("PipelineView paint"), [&] { window.pipelineView()->viewport()->repaint(); });
    time(QStringLiteral("VersionsView::setOverview"), [&] { window.versionsView()->setOverview(overview); });
    time(QStringLiteral("DiffView::setOverview"), [&] { window.diffView()->setOverview(overview); });
    time(QStringLiteral("ScanView::setSnapshot"), [&] { window.scanView()->setSnapshot(overview->snapshot); });
    time(QStringLiteral("DetailsPane::setRelease"), [&] { window.detailsPane()->setRelease(overview, release, now); });
    // The registry check's report, made here on this thread for the timing.
    const RegistryReportPtr registry = QSharedPointer<RegistryReport>::create(RegistryCheck::run(
        overview->snapshot.workspace, ArtifactPlan::build(overview->snapshot, overview->train),
        overview->train.releases().size(), nullptr));
    time(QStringLiteral("RegistryView::setOverview"), [&] { window.registryView()->setOverview(overview); });
    time(QStringLiteral("RegistryView::setReport"), [&] { window.registryView()->setReport(registry); });
    VerdictsPtr verdicts;
    time(QStringLiteral("Verdicts::build"), [&] { verdicts = Verdicts::build(overview, registry, now); });
    time(QStringLiteral("PipelineView::setVerdicts"), [&] { window.pipelineView()->setVerdicts(verdicts); });
    time(QStringLiteral("VersionsView::setVerdicts"), [&] { window.versionsView()->setVerdicts(verdicts); });
    time(QStringLiteral("RegistryView::setVerdicts"), [&] { window.registryView()->setVerdicts(verdicts); });
    time(QStringLiteral("DetailsPane::setVerdicts"), [&] { window.detailsPane()->setVerdicts(verdicts); });
    // What the setters spend sizing columns: QHeaderView samples up to 1000 rows per column.
    const QList<QPair<QString, QWidget *>> withTables{{QStringLiteral("VersionsView"), window.versionsView()},
                                                  {QStringLiteral("ScanView"), window.scanView()}};
    for (const auto &[name, widget] : withTables) {
        const QList<QTableView *> tables = widget->findChildren<QTableView *>();
        time(name + QStringLiteral(" resizeColumnsToContents"), [&] {
            for (QTableView *table : tables)
                table->resizeColumnsToContents();
        });
    }
    // A resize lays the timeline out again (PipelineView::resizeEvent), as
    // happens twice right after a scan when the scroll bars come and go.
    const QSize size = window.pipelineView()->size();
    int shrink = 0;
    time(QStringLiteral("PipelineView resize"),
         [&] { window.pipelineView()->resize(size.width(), size.height() - 20 * (++shrink)); });
    window.pipelineView()->resize(size);
    const QList<QPair<QString, MainWindow::View>> views{{QStringLiteral("Versions"), MainWindow::View::Versions},
                                                        {QStringLiteral("Registry"), MainWindow::View::Registry},
                                                        {QStringLiteral("Diff"), MainWindow::View::Diff},
                                                        {QStringLiteral("ScanData"), MainWindow::View::ScanData},
                                                        {QStringLiteral("Pipeline"), MainWindow::View::Pipeline}};
    for (const auto &[name, view] : views) {
        window.showView(view);
        QCoreApplication::processEvents();
        time(name + QStringLiteral(" view paint"), [&] { window.centralWidget()->repaint(); });
    }
    // The Review view: the review read here on this thread, then each chart
    // built, and the view shown and painted.
    ReviewPtr review;
    const ReviewPeriod period = ReviewPeriod::ending(ReviewPeriod::defaultWeek(now.date(), 12, trainDates(overview->train)), 12);
    time(QStringLiteral("Review::build (on a worker in the app)"), [&] { review = Review::build(verdicts, period, now); });
    using Build = QChart *(*)(const Review &);
    const QList<QPair<QString, Build>> charts{{QStringLiteral("cadence"), &ReviewCharts::cadence},
                                              {QStringLiteral("churn"), &ReviewCharts::churn},
                                              {QStringLiteral("stagger"), &ReviewCharts::stagger},
                                              {QStringLiteral("leadTime"), &ReviewCharts::leadTime},
                                              {QStringLiteral("failures"), &ReviewCharts::failures},
                                              {QStringLiteral("customers"), &ReviewCharts::customers}};
    for (const auto &[name, build] : charts)
        time(QStringLiteral("ReviewCharts::") + name, [&, build = build] { delete build(*review); });
    time(QStringLiteral("showView(Review) and back"), [&] {
        window.showView(MainWindow::View::Review);
        window.showView(MainWindow::View::Pipeline);
    });
    window.showView(MainWindow::View::Review);
    QEventLoop loop;
    QObject::connect(window.reviewView(), &ReviewView::reviewReady, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    window.reviewView()->setVerdicts(verdicts);
    loop.exec();
    QCoreApplication::processEvents();
    time(QStringLiteral("Review view paint"), [&] { window.centralWidget()->repaint(); });
    window.showView(MainWindow::View::Pipeline);
    QCoreApplication::processEvents();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings (recent workspaces, geometry) go to a throw-away location.
    QStandardPaths::setTestModeEnabled(true);
    TracingApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDeckBench"));
    QCoreApplication::setApplicationName(QStringLiteral("ReleaseDeckBench"));
    QSettings().clear();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI stalls while MainWindow scans and shows a workspace."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("the releasedeck.yaml to open"));
    const QCommandLineOption intervalOpt(QStringLiteral("interval"), QStringLiteral("probe interval in ms (5)"),
                                         QStringLiteral("ms"), QStringLiteral("5"));
    const QCommandLineOption afterOpt(QStringLiteral("after"), QStringLiteral("ms measured after snapshotShown (2000)"),
                                      QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"),
                                      QStringLiteral("fail when a stall exceeds this many ms (250)"),
                                      QStringLiteral("ms"), QStringLiteral("250"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QStringLiteral("give up after this many s (600)"),
                                        QStringLiteral("s"), QStringLiteral("600"));
    const QCommandLineOption switchOpt(QStringLiteral("switch-views"),
                                       QStringLiteral("then show Versions, Diff and Pipeline, 1 s apart"));
    const QCommandLineOption breakdownOpt(QStringLiteral("breakdown"),
                                          QStringLiteral("then time each view's setter and paint directly"));
    const QCommandLineOption approveOpt(QStringLiteral("approve"),
                                        QStringLiteral("then approve the pending release through the Staging panel and "
                                                       "the plan dialog, and measure until the rescan is shown"),
                                        QStringLiteral("note"));
    const QCommandLineOption traceOpt(QStringLiteral("trace-slow"),
                                      QStringLiteral("print every event that takes at least this many ms"),
                                      QStringLiteral("ms"));
    parser.addOptions({intervalOpt, afterOpt, limitOpt, timeoutOpt, switchOpt, breakdownOpt, approveOpt, traceOpt});
    parser.process(app);
    if (parser.isSet(traceOpt)) {
        app.thresholdMs = parser.value(traceOpt).toDouble();
        app.clock.start();
    }
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString workspace = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    const int interval = parser.value(intervalOpt).toInt();
    const int after = parser.value(afterOpt).toInt();
    const double limit = parser.value(limitOpt).toDouble();
    constexpr int kSettleMs = 1000; // measured after each view switch

    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    Probe probe(interval);
    if (app.thresholdMs >= 0) {
        // The probe's stalls in the same list, to tell which events make one up.
        probe.onGap = [&app, interval](qint64 gapNs) {
            const double stall = double(gapNs) / 1e6 - interval;
            if (stall >= app.thresholdMs)
                app.lines << QStringLiteral("stall %1 ms ending at %2")
                                 .arg(stall, 0, 'f', 1)
                                 .arg(double(app.clock.nsecsElapsed()) / 1e6, 0, 'f', 0);
        };
    }
    auto *callOuts = new CallOutClock(probe, &app);
    qint64 t0 = 0, tShown = -1, tOverview = -1;
    struct Switch
    {
        QString name;
        MainWindow::View view;
        qint64 at = 0;
        double callMs = 0;
        qint64 end = 0; // the Review view: until its review is shown, and half a second more
    };
    QList<Switch> switches;
    if (parser.isSet(switchOpt))
        switches = {{QStringLiteral("Versions"), MainWindow::View::Versions},
                    {QStringLiteral("Registry"), MainWindow::View::Registry},
                    {QStringLiteral("Diff"), MainWindow::View::Diff},
                    {QStringLiteral("Review"), MainWindow::View::Review},
                    {QStringLiteral("Pipeline"), MainWindow::View::Pipeline}};

    QObject::connect(window.session()->scanRunner(), &ScanRunner::failed, &app, [](const QString &error) {
        std::fprintf(stderr, "scan failed: %s\n", qPrintable(error));
        QCoreApplication::exit(2);
    });
    // Connected after MainWindow's own slot: this runs once the views are set.
    QObject::connect(window.session()->scanRunner(), &ScanRunner::overviewReady, &app, [&] {
        if (tShown < 0)
            tOverview = probe.now();
    });

    // The operation: the plan dialog's prepare and run on workers, then the rescan.
    qint64 tOp = -1, tOpEnd = -1;
    QString opError;
    std::function<void()> finishOperation = [&] {
        tOpEnd = probe.now();
        QCoreApplication::exit(0);
    };
    std::function<void()> operate = [&] {
        tOp = probe.now();
        QObject::connect(&window, &MainWindow::operationOpened, &app, [&](QDialog *d) {
            auto *dialog = qobject_cast<PlanDialog *>(d);
            dialog->noteEdit()->setText(parser.value(approveOpt));
            dialog->nextButton()->click();
            auto *poll = new QTimer(&app);
            poll->start(20);
            QObject::connect(poll, &QTimer::timeout, &app, [&, dialog, poll] {
                if (dialog->page() == PlanDialog::Page::Plan && dialog->nextButton()->isEnabled()) {
                    dialog->nextButton()->click();
                } else if (dialog->page() == PlanDialog::Page::Result) {
                    poll->stop();
                    if (!dialog->succeeded()) {
                        opError = dialog->resultText();
                        QCoreApplication::exit(2);
                    }
                } else if (dialog->page() == PlanDialog::Page::Form && !dialog->nextButton()->isEnabled() && probe.now() - tOp > 2000000000LL) {
                    poll->stop();
                    opError = QStringLiteral("the plan was refused");
                    QCoreApplication::exit(2);
                }
            });
            // The window scans again when the operation completed.
            QObject::connect(&window, &MainWindow::snapshotShown, &app, [&] { QTimer::singleShot(kSettleMs, &app, finishOperation); });
        });
        QToolButton *approve = window.stagingPanel()->button(OperationRequest::Kind::Approve);
        if (!approve->isEnabled()) {
            opError = QStringLiteral("Approve is disabled: ") + approve->defaultAction()->statusTip();
            QCoreApplication::exit(2);
            return;
        }
        approve->click();
    };

    int nextSwitch = 0;
    std::function<void()> step = [&] {
        if (nextSwitch < switches.size()) {
            Switch &s = switches[nextSwitch++];
            s.at = probe.now();
            if (s.view == MainWindow::View::Review) {
                // Read on a worker, shown when it comes: measured until then.
                auto *once = new QObject(&app);
                QObject::connect(window.reviewView(), &ReviewView::reviewReady, once, [&, once, index = nextSwitch - 1] {
                    delete once;
                    QTimer::singleShot(500, &app, [&, index] {
                        switches[index].end = probe.now();
                        step();
                    });
                });
            }
            if (app.thresholdMs >= 0)
                app.lines << QStringLiteral("showView(%1) at %2").arg(s.name).arg(double(app.clock.nsecsElapsed()) / 1e6, 0, 'f', 0);
            window.showView(s.view);
            s.callMs = ms(probe.now() - s.at);
            if (s.view != MainWindow::View::Review)
                QTimer::singleShot(kSettleMs, &app, step);
            return;
        }
        if (parser.isSet(approveOpt) && tOp < 0) {
            operate();
            return;
        }
        QCoreApplication::exit(0);
    };
    QObject::connect(&window, &MainWindow::snapshotShown, &app, [&] {
        if (tShown >= 0)
            return; // the rescan after an operation
        tShown = probe.now();
        QTimer::singleShot(after, &app, step);
    });

    probe.start();
    // Let the first show and paint of the empty window settle before the scan starts.
    QTimer::singleShot(500, &app, [&] {
        t0 = probe.now();
        window.openWorkspace(workspace);
        if (auto *watcher = window.session()->scanRunner()->findChild<QFutureWatcherBase *>())
            watcher->installEventFilter(callOuts);
    });
    QTimer::singleShot(parser.value(timeoutOpt).toInt() * 1000, &app, [&] {
        std::fprintf(stderr, "no snapshot shown after %s s\n", qPrintable(parser.value(timeoutOpt)));
        QCoreApplication::exit(2);
    });
    if (const int rc = app.exec(); rc != 0) {
        if (!opError.isEmpty())
            std::fprintf(stderr, "operation failed: %s\n", qPrintable(opError));
        return rc;
    }
    probe.stop();
    for (const QString &line : std::as_const(app.lines))
        std::fprintf(stderr, "%s\n", qPrintable(line));

    const Probe::Stats scan = probe.stats(t0, tShown);
    const Probe::Stats shown = probe.stats(tShown, tShown + qint64(after) * 1000000);
    const Probe::Stats all = probe.stats(t0, tShown + qint64(after) * 1000000);
    double worst = std::max(scan.maxStallMs, shown.maxStallMs);
    QJsonObject switchJson;
    for (const Switch &s : std::as_const(switches)) {
        const Probe::Stats st = probe.stats(s.at, s.end ? s.end : s.at + qint64(kSettleMs) * 1000000);
        QJsonObject o = statsJson(st);
        o.insert(QStringLiteral("showViewCallMs"), round1(s.callMs));
        if (s.end)
            o.insert(QStringLiteral("shownAfterMs"), round1(ms(s.end - s.at) - 500));
        switchJson.insert(s.name, o);
        worst = std::max(worst, st.maxStallMs);
    }
    const OverviewPtr overview = window.overview();
    const qint64 delivered = callOuts->last >= t0 && callOuts->last <= tShown ? callOuts->last : -1;
    QJsonObject result{
        {QStringLiteral("workspace"), workspace},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("intervalMs"), interval},
        {QStringLiteral("releases"), overview ? int(overview->train.releases().size()) : 0},
        {QStringLiteral("imageRefs"), overview ? int(overview->snapshot.imageRefs.size()) : 0},
        // Start of the scan to the result's arrival on the GUI thread, and to snapshotShown.
        {QStringLiteral("scanMs"), delivered >= 0 ? round1(ms(delivered - t0)) : -1.0},
        {QStringLiteral("shownMs"), round1(ms(tShown - t0))},
        // The synchronous handling of the result: MainWindow::showOverview
        // (pipeline, versions, diff, details), then ScanView::setSnapshot.
        {QStringLiteral("showOverviewMs"), delivered >= 0 && tOverview >= 0 ? round1(ms(tOverview - delivered)) : -1.0},
        {QStringLiteral("setSnapshotMs"), tOverview >= 0 ? round1(ms(tShown - tOverview)) : -1.0},
        {QStringLiteral("maxStallScanMs"), round1(scan.maxStallMs)},
        {QStringLiteral("maxStallShownMs"), round1(shown.maxStallMs)},
        {QStringLiteral("p99GapMs"), round1(all.p99GapMs)},
        {QStringLiteral("scan"), statsJson(scan)},
        {QStringLiteral("shown"), statsJson(shown)},
        {QStringLiteral("peakRssMb"), round1(double(peakRssKb()) / 1024)},
        {QStringLiteral("limitMs"), limit},
        {QStringLiteral("pass"), worst <= limit},
    };
    if (!switches.isEmpty())
        result.insert(QStringLiteral("switches"), switchJson);
    if (tOp >= 0 && tOpEnd >= 0) {
        // From the click on Approve to a second after the rescan is shown.
        const Probe::Stats op = probe.stats(tOp, tOpEnd);
        QJsonObject o = statsJson(op);
        o.insert(QStringLiteral("totalMs"), round1(ms(tOpEnd - tOp)));
        result.insert(QStringLiteral("approve"), o);
        worst = std::max(worst, op.maxStallMs);
    }
    if (parser.isSet(breakdownOpt) && overview)
        result.insert(QStringLiteral("breakdownMs"), breakdown(window, 3));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    if (worst > limit) {
        std::fprintf(stderr, "FAIL: a GUI stall of %.1f ms exceeds the limit of %.0f ms\n", worst, limit);
        return 1;
    }
    return 0;
}
