#pragma once

#include "domain/artifactcheck.h"
#include "domain/overview.h"
#include "ops/operation.h"
#include "platform/keychain.h"
#include "platform/latestjob.h"
#include "workspace/scanner.h"

#include <QHash>
#include <QObject>

namespace ReleaseDeck {

class RegistryCheckRunner;
class ScanRunner;
class WorkspaceWatcher;

// What one open workspace does over time, for the window and the command
// line alike: a scan on a worker, then the registry check, the lookup of
// interrupted runs and the watch on its files and repositories; a rescan
// when they change. Work made stale by a newer scan is cancelled and its
// results dropped. Nothing here waits on the calling thread; every result
// arrives as a signal.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    // What follows each scan. The command line scans and nothing more.
    enum FollowUp {
        CheckRegistries = 0x1,
        FindInterruptedRuns = 0x2,
        WatchForChanges = 0x4,
        AllFollowUps = CheckRegistries | FindInterruptedRuns | WatchForChanges,
    };
    Q_DECLARE_FLAGS(FollowUps, FollowUp)

    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    void setFollowUps(FollowUps followUps);
    FollowUps followUps() const { return m_followUps; }
    void setScanOptions(const Scanner::Options &options) { m_scanOptions = options; }
    // Whether registry logins the environment does not give are read from
    // the keychain (the window) or not at all (the command line).
    void setUseKeychain(bool use) { m_useKeychain = use; }

    // Where clones, journals and the demo workspace live: the application's
    // data folder unless set.
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QString dataDir() const { return m_dataDir; }
    static QString defaultDataDir();
    // The demo workspace of this edition, and whether a file is the demo of
    // an older edition (`…/demo/`, `…/demo-1/`) that is no longer opened.
    static QString demoDirectoryIn(const QString &dataDir);
    QString demoDirectory() const { return demoDirectoryIn(m_dataDir); }
    bool isOlderDemo(const QString &workspaceFile) const;

    // Opens a workspace: a scan whose failure is reported loudly.
    void open(const QString &workspaceFile);
    // Opens the demo workspace, writing it on a worker the first time.
    void openDemo();
    // Whether the demo is being written, opened when done or not.
    bool isWritingDemo() const { return m_demo.isRunning(); }
    // Scans again because someone asked: failures are reported loudly.
    void reload();
    // Asks the registries again about the current overview; logins the
    // environment does not give are read from the keychain first.
    void checkRegistries();
    // Cancels the running scan, or the opening of the demo being written.
    void cancelScan();
    // Cancels everything still running.
    void cancelAll();

    QString workspaceFile() const { return m_workspaceFile; }
    // The workspace open() is scanning for the first time; empty when none.
    QString openingFile() const { return m_opening; }
    OverviewPtr overview() const { return m_overview; }
    RegistryReportPtr registryReport() const { return m_report; }
    // Logins read from the keychain, by host, for the operations to use.
    QHash<QString, RegistryLogin> logins() const { return m_logins; }

    ScanRunner *scanRunner() const { return m_scan; }
    RegistryCheckRunner *registryRunner() const { return m_registry; }
    WorkspaceWatcher *watcher() const { return m_watcher; }

signals:
    void workspaceOpened(const QString &workspaceFile); // its first scan succeeded
    // A workspace open() was given did not scan: the one open before stays.
    void openFailed(const QString &workspaceFile, const QString &error);
    void demoWriting(const QString &dir);
    void demoFailed(const QString &error);
    // The demo's opening cancelled; its write goes on to the end.
    void demoCancelled();

    void scanStarted(const QString &workspaceFile);
    void scanProgress(int done, int total, const QString &what);
    void overviewReady(const ReleaseDeck::OverviewPtr &overview);
    // After overviewReady, once everything connected to it has run.
    void scanFinished();
    // `quiet`: a rescan nobody asked for failed (a file saved half-way
    // through an edit); the last good overview stays.
    void scanFailed(const QString &error, bool quiet);
    void scanCancelled();

    void registryProgress(int done, int total);
    void registryChecked(const ReleaseDeck::OverviewPtr &overview, const ReleaseDeck::RegistryReportPtr &report);
    void registryCancelled();
    void interruptedRunsFound(const ReleaseDeck::OverviewPtr &overview, const QList<ReleaseDeck::InterruptedRun> &runs);
    // Something worth a line in the status bar, such as a keychain that
    // cannot be asked.
    void warning(const QString &message);

private:
    struct DemoResult
    {
        QString file;
        QString error;
    };

    void startScan(bool quiet);
    void rescanIfChanged();
    void onOverview(const OverviewPtr &overview);
    QStringList keychainHosts(const Workspace &workspace) const;

    ScanRunner *m_scan;
    RegistryCheckRunner *m_registry;
    WorkspaceWatcher *m_watcher;
    LatestJob<QList<InterruptedRun>> m_interrupted;
    LatestJob<DemoResult> m_demo;
    FollowUps m_followUps = AllFollowUps;
    bool m_useKeychain = true;
    Scanner::Options m_scanOptions;
    QString m_dataDir;
    QString m_workspaceFile;
    QString m_opening;
    bool m_changedWhileOpening = false; // the open workspace changed, or its rescan was cut
    OverviewPtr m_overview;
    OverviewPtr m_interruptedFor; // the overview the running lookup is for
    OverviewPtr m_checkedFor;     // the overview the running registry check is for
    RegistryReportPtr m_report;
    QHash<QString, RegistryLogin> m_logins;
    quint64 m_keychainRequest = 0;
    bool m_quiet = false;       // the running scan was started by a change on disk
    bool m_demoPending = false; // the demo opens once written, unless another workspace was opened
};

} // namespace ReleaseDeck

Q_DECLARE_OPERATORS_FOR_FLAGS(ReleaseDeck::WorkspaceSession::FollowUps)
