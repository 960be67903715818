#include "workspacesession.h"

#include "demo/demoworkspace.h"
#include "platform/eachturn.h"
#include "registry/registrycheck.h"
#include "workspace/scanrunner.h"
#include "workspace/workspacewatcher.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUrl>

namespace ReleaseDeck {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
    , m_scan(new ScanRunner(this))
    , m_registry(new RegistryCheckRunner(this))
    , m_watcher(new WorkspaceWatcher(this))
    , m_interrupted(
          this, [](int, int, const QString &) {},
          [this](const QList<InterruptedRun> &runs) {
              if (m_interruptedFor == m_overview)
                  emit interruptedRunsFound(m_overview, runs);
          })
    , m_demo(
          this, [](int, int, const QString &) {},
          [this](const DemoResult &r) {
              if (!m_demoPending)
                  return; // another workspace was opened meanwhile
              m_demoPending = false;
              if (r.file.isEmpty()) {
                  if (!r.error.isEmpty()) // empty: stopped waiting for another's write
                      emit demoFailed(r.error);
              } else {
                  open(r.file);
              }
          })
    , m_dataDir(defaultDataDir())
{
    qRegisterMetaType<ReleaseDeck::OverviewPtr>();
    qRegisterMetaType<ReleaseDeck::RegistryReportPtr>();
    connect(m_scan, &ScanRunner::started, this,
            [this] { emit scanStarted(m_opening.isEmpty() ? m_workspaceFile : m_opening); });
    connect(m_scan, &ScanRunner::progress, this, &WorkspaceSession::scanProgress);
    connect(m_scan, &ScanRunner::overviewReady, this, [this](const OverviewPtr &overview) {
        // A workspace is open once it has scanned: until then the one
        // before it stays, with its watch.
        if (!m_opening.isEmpty()) {
            m_workspaceFile = m_opening;
            m_opening.clear();
            m_changedWhileOpening = false;
            if (m_followUps & WatchForChanges)
                m_watcher->watch(m_workspaceFile, {});
            emit workspaceOpened(m_workspaceFile);
        }
        onOverview(overview);
    });
    connect(m_scan, &ScanRunner::finished, this, &WorkspaceSession::scanFinished);
    connect(m_scan, &ScanRunner::failed, this, [this](const QString &error) {
        if (!m_opening.isEmpty()) {
            const QString file = std::exchange(m_opening, QString());
            emit openFailed(file, error);
            rescanIfChanged();
            return;
        }
        emit scanFailed(error, m_quiet);
    });
    connect(m_scan, &ScanRunner::cancelled, this, [this] {
        const bool wasOpening = !m_opening.isEmpty();
        m_opening.clear();
        emit scanCancelled();
        if (wasOpening)
            rescanIfChanged();
    });

    connect(m_registry, &RegistryCheckRunner::progress, this,
            [this](int done, int total, const QString &) { emit registryProgress(done, total); });
    connect(m_registry, &RegistryCheckRunner::cancelled, this, &WorkspaceSession::registryCancelled);
    connect(m_registry, &RegistryCheckRunner::finished, this, [this](const RegistryReportPtr &report) {
        if (m_checkedFor != m_overview)
            return; // a check of an older scan, finished before the new one started
        m_report = report;
        emit registryChecked(m_overview, report);
    });

    // Refs or the workspace file changed on disk: scan again. Starting a
    // scan cancels the one still running.
    connect(m_watcher, &WorkspaceWatcher::changed, this, [this] {
        // Not while another workspace is being opened: that scan goes on,
        // and the open one is scanned again if the other does not open.
        if (m_workspaceFile.isEmpty())
            return;
        if (m_opening.isEmpty())
            startScan(true);
        else
            m_changedWhileOpening = true;
    });
}

WorkspaceSession::~WorkspaceSession() = default;

void WorkspaceSession::setFollowUps(FollowUps followUps)
{
    m_followUps = followUps;
    if (!(followUps & WatchForChanges))
        m_watcher->clear();
}

QString WorkspaceSession::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString WorkspaceSession::demoDirectoryIn(const QString &dataDir)
{
    return dataDir + QStringLiteral("/demo-%1").arg(DemoWorkspace::kEdition);
}

bool WorkspaceSession::isOlderDemo(const QString &workspaceFile) const
{
    const QString data = m_dataDir + QLatin1Char('/');
    const QString dir = QFileInfo(workspaceFile).absolutePath();
    return dir.startsWith(data + QLatin1String("demo")) && dir.indexOf(QLatin1Char('/'), data.size()) < 0
           && dir != demoDirectory();
}

void WorkspaceSession::open(const QString &workspaceFile)
{
    m_demoPending = false;
    // Opened when its first scan succeeds (see the constructor); a file that
    // does not load leaves the open workspace as it was.
    // A rescan of the open workspace this cancels is owed to it, should
    // the other not open.
    m_changedWhileOpening = m_changedWhileOpening || (!m_workspaceFile.isEmpty() && m_opening.isEmpty() && m_scan->isRunning());
    m_opening = QFileInfo(workspaceFile).absoluteFilePath();
    m_quiet = false;
    m_scan->start(m_opening, m_scanOptions);
}

void WorkspaceSession::openDemo()
{
    const QString dir = demoDirectory();
    const QString file = dir + QLatin1String("/releasedeck.yaml");
    if (QFileInfo::exists(file)) {
        open(file);
        return;
    }
    m_demoPending = true;
    emit demoWriting(dir);
    // A write cancelled before goes on to its end: it opens when done,
    // rather than a second write removing the folder under it.
    if (m_demo.isRunning())
        return;
    m_demo.start([dir, file](ScanControl &control) {
        DemoResult r;
        // One write at a time, across processes too: a second ReleaseDeck
        // started meanwhile waits for the first, then opens what it wrote.
        // The lock goes stale only when its process is gone.
        QDir().mkpath(QFileInfo(dir).absolutePath());
        QLockFile lock(dir + QLatin1String(".lock"));
        lock.setStaleLockTime(0);
        while (!lock.tryLock(200)) {
            if (lock.error() != QLockFile::LockFailedError) {
                r.error = QStringLiteral("cannot lock %1.lock").arg(QDir::toNativeSeparators(dir));
                return r;
            }
            if (control.isCancelled())
                return r;
        }
        if (QFileInfo::exists(file)) {
            r.file = file;
            return r;
        }
        // The demo folder is ReleaseDeck's own. Without its workspace file,
        // which is written last, it is what a killed write left: start over.
        if (QFileInfo::exists(dir) && !QDir(dir).removeRecursively()) {
            r.error = QStringLiteral("%1 is left from an unfinished write and cannot be removed")
                          .arg(QDir::toNativeSeparators(dir));
            return r;
        }
        r.file = DemoWorkspace::create(dir, QDate::currentDate(), &r.error);
        return r;
    });
}

void WorkspaceSession::rescanIfChanged()
{
    if (std::exchange(m_changedWhileOpening, false) && !m_workspaceFile.isEmpty())
        startScan(true);
}

void WorkspaceSession::reload()
{
    if (!m_opening.isEmpty())
        open(m_opening);
    else if (!m_workspaceFile.isEmpty())
        startScan(false);
}

void WorkspaceSession::startScan(bool quiet)
{
    m_quiet = quiet;
    m_scan->start(m_workspaceFile, m_scanOptions);
}

void WorkspaceSession::cancelScan()
{
    // The demo's write cannot stop half-way (it would be written again
    // from the start): it finishes in the background and is not opened.
    if (std::exchange(m_demoPending, false))
        emit demoCancelled();
    m_scan->cancel();
}

void WorkspaceSession::cancelAll()
{
    m_scan->cancel();
    m_registry->cancel();
    m_interrupted.cancel();
    m_demo.cancel();
}

void WorkspaceSession::onOverview(const OverviewPtr &overview)
{
    m_overview = overview;
    m_report.reset();
    emit overviewReady(overview);
    // One follow-up per turn of the event loop, so that the views taking
    // the overview in their turns are not held up by all of them at once.
    QList<std::function<void()>> followUps;
    if (m_followUps & CheckRegistries)
        followUps.append([this] { checkRegistries(); });
    if (m_followUps & FindInterruptedRuns) {
        followUps.append([this, overview] {
            // Runs left open by a kill or a failure, read off this thread.
            m_interruptedFor = overview;
            m_interrupted.start([dataDir = m_dataDir, overview](ScanControl &) {
                return Operation::interrupted(dataDir, overview->snapshot.workspace);
            });
        });
    }
    if (m_followUps & WatchForChanges) {
        followUps.append([this, overview] {
            const Workspace &ws = overview->snapshot.workspace;
            QStringList repoPaths;
            for (const RepoConfig &r : ws.repos)
                repoPaths.append(r.path);
            m_watcher->watch(ws.file, repoPaths, overview->snapshot.scannedAt);
        });
    }
    runEachTurn(this, std::move(followUps), [this, overview] { return m_overview == overview; });
}

QStringList WorkspaceSession::keychainHosts(const Workspace &workspace) const
{
    QStringList hosts;
    for (const RegistryConfig &r : workspace.registries) {
        if (!r.url.isEmpty() && qEnvironmentVariableIsEmpty(r.userVariable().toLatin1().constData()))
            hosts.append(r.host);
    }
    // Operations push to https remotes with a token from the keychain too.
    if (qEnvironmentVariableIsEmpty("RELEASEDECK_GIT_TOKEN")) {
        for (const RepoConfig &r : workspace.repos) {
            const QUrl url(r.remote);
            if (url.scheme().startsWith(QLatin1String("http")) && !hosts.contains(url.host()))
                hosts.append(url.host());
        }
    }
    return hosts;
}

void WorkspaceSession::checkRegistries()
{
    if (!m_overview)
        return;
    const QStringList hosts = m_useKeychain ? keychainHosts(m_overview->snapshot.workspace) : QStringList();
    if (hosts.isEmpty()) {
        m_checkedFor = m_overview;
        m_registry->start(m_overview);
        return;
    }
    // The check starts when the keychain has answered, without waiting here.
    const quint64 request = ++m_keychainRequest;
    const OverviewPtr overview = m_overview;
    auto *keychain = new Keychain(this);
    connect(keychain, &Keychain::loaded, this,
            [this, keychain, request, overview](const QHash<QString, RegistryLogin> &logins, const QString &error) {
                keychain->deleteLater();
                if (request != m_keychainRequest || overview != m_overview)
                    return; // a newer check asked again
                if (!error.isEmpty())
                    emit warning(error);
                m_logins = logins;
                m_checkedFor = overview;
                m_registry->start(overview, logins);
            });
    keychain->read(hosts);
}

} // namespace ReleaseDeck
