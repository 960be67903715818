// bench_startup: time from process start to the first paint of the pipeline
// timeline with the scanned demo workspace (budget 1 s). The parent writes a
// fresh demo workspace (timed apart: a first-run cost), then starts itself
// with --child, which does what app/main.cpp does and reports when the
// timeline's viewport is first painted once it has the scan result (the
// timeline gets it first; the other views follow, then snapshotShown). See
// tests/bench/README.md.
#include "demo/demoworkspace.h"
#include "mainwindow.h"
#include "pipelineview.h"
#include "session/workspacesession.h"
#include "workspace/scanrunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <unistd.h>

using namespace ReleaseDeck;

namespace {

qint64 clockNs(clockid_t id)
{
    timespec ts{};
    clock_gettime(id, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

// How long ago the kernel started this process, from /proc/self/stat
// (field 22, in clock ticks since boot: 10 ms resolution).
double processAgeMs()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const qint64 startTicks = fields.value(19).toLongLong(); // field 22 overall
    const double startMs = double(startTicks) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(clockNs(CLOCK_BOOTTIME)) / 1e6 - startMs;
}

void useThrowAwaySettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDeckBench"));
    QCoreApplication::setApplicationName(QStringLiteral("ReleaseDeckBench"));
}

// Reports the first paint of the timeline once it has the scan result.
class FirstPaint : public QObject
{
public:
    bool armed = false;
    std::function<void()> painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && event->type() == QEvent::Paint) {
            armed = false;
            painted();
        }
        return QObject::eventFilter(watched, event);
    }
};

int runChild(int argc, char *argv[], const QElapsedTimer &sinceMain, double ageAtMainMs)
{
    const qint64 launchedNs = QByteArray(argv[3]).toLongLong();
    const QString workspace = QString::fromLocal8Bit(argv[2]);
    QJsonObject out;
    auto mark = [&](const char *name) { out.insert(QLatin1String(name), round1(sinceMain.nsecsElapsed() / 1e6)); };

    QApplication app(argc, argv);
    useThrowAwaySettings();
    QSettings().clear();
    mark("qapplicationMs");
    MainWindow window;
    window.show();
    mark("windowShownMs");
    window.openInitialWorkspace(workspace);
    mark("scanStartedMs");

    FirstPaint first;
    window.pipelineView()->viewport()->installEventFilter(&first);
    // Connected after the window's own connection: the timeline already
    // holds the result when this runs.
    QObject::connect(window.session()->scanRunner(), &ScanRunner::overviewReady, &app, [&] {
        mark("resultMs");
        first.armed = true;
    });
    first.painted = [&] {
        mark("paintStartMs");
        // A zero timer fires once this paint event, and the flush after it, is done.
        QTimer::singleShot(0, &app, [&] {
            mark("firstPaintMs");
            const qint64 now = clockNs(CLOCK_MONOTONIC);
            out.insert(QStringLiteral("launchToPaintMs"), round1(double(now - launchedNs) / 1e6));
            QCoreApplication::exit(0);
        });
    };
    QObject::connect(window.session()->scanRunner(), &ScanRunner::failed, &app, [](const QString &error) {
        std::fprintf(stderr, "scan failed: %s\n", qPrintable(error));
        QCoreApplication::exit(2);
    });
    QTimer::singleShot(60000, &app, [] {
        std::fprintf(stderr, "no painted timeline after 60 s\n");
        QCoreApplication::exit(2);
    });
    if (const int rc = app.exec(); rc != 0)
        return rc;
    out.insert(QStringLiteral("processStartToMainMs"), round1(ageAtMainMs));
    out.insert(QStringLiteral("platform"), QGuiApplication::platformName());
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

int runParent(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    useThrowAwaySettings();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Process start to the first painted timeline on a fresh demo workspace."));
    parser.addHelpOption();
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("runs; the median is reported (5)"),
                                     QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"),
                                      QStringLiteral("fail when the median exceeds this many ms (off)"),
                                      QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({runsOpt, limitOpt});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    // The children inherit the environment: without a display, run them offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::vector<double> demo, launch, main, shown;
    QJsonArray all;
    QString platform;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir tmp;
        QElapsedTimer clock;
        clock.start();
        QString error;
        const QString file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
        const double demoMs = clock.nsecsElapsed() / 1e6;
        if (file.isEmpty()) {
            std::fprintf(stderr, "cannot write the demo workspace: %s\n", qPrintable(error));
            return 2;
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 launched = clockNs(CLOCK_MONOTONIC);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), file, QString::number(launched)});
        if (!child.waitForFinished(90000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed (exit code %d)\n", i + 1, child.exitCode());
            return 2;
        }
        QJsonObject r = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
        r.insert(QStringLiteral("demoWriteMs"), round1(demoMs));
        std::fprintf(stderr, "run %d: %s\n", i + 1, QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
        all.append(r);
        demo.push_back(demoMs);
        launch.push_back(r.value(QStringLiteral("launchToPaintMs")).toDouble());
        main.push_back(r.value(QStringLiteral("firstPaintMs")).toDouble());
        shown.push_back(r.value(QStringLiteral("resultMs")).toDouble());
        platform = r.value(QStringLiteral("platform")).toString();
    }
    const double limit = parser.value(limitOpt).toDouble();
    const QJsonObject summary{
        {QStringLiteral("platform"), platform},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("medianLaunchToPaintMs"), round1(median(launch))},
        {QStringLiteral("medianMainToPaintMs"), round1(median(main))},
        {QStringLiteral("medianMainToResultMs"), round1(median(shown))},
        {QStringLiteral("medianDemoWriteMs"), round1(median(demo))},
        {QStringLiteral("maxLaunchToPaintMs"), round1(*std::max_element(launch.begin(), launch.end()))},
    };
    std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    if (limit > 0 && median(launch) > limit) {
        std::fprintf(stderr, "FAIL: median start-up %.1f ms exceeds %.0f ms\n", median(launch), limit);
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // First thing: everything the child reports is measured from here, and
    // launchToPaintMs from the parent's clock just before it started us.
    QElapsedTimer sinceMain;
    sinceMain.start();
    const double ageAtMainMs = processAgeMs();
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, sinceMain, ageAtMainMs);
    return runParent(argc, argv);
}
