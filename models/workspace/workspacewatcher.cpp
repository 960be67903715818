#include "workspacewatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include <optional>

Q_LOGGING_CATEGORY(lcWatch, "releasedeck.watch", QtWarningMsg)

namespace ReleaseDeck {

namespace {

QString absoluteClean(const QString &base, const QString &path)
{
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

// A pointer file (".git" or "commondir") is one short line; never read more.
QString readFirstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}

std::optional<QString> gitDirOf(const QString &repoPath)
{
    const QFileInfo dotGit(repoPath + QLatin1String("/.git"));
    if (dotGit.isDir())
        return dotGit.absoluteFilePath();
    if (dotGit.isFile()) {
        // Submodules, worktrees and --separate-git-dir leave "gitdir: <path>".
        const QString line = readFirstLine(dotGit.absoluteFilePath());
        const QLatin1String prefix("gitdir:");
        if (!line.startsWith(prefix))
            return std::nullopt;
        return absoluteClean(repoPath, line.mid(prefix.size()).trimmed());
    }
    if (QFileInfo(repoPath + QLatin1String("/HEAD")).isFile())
        return repoPath; // bare
    return std::nullopt;
}

void addStat(QCryptographicHash &hash, qint64 &newest, const QFileInfo &info)
{
    hash.addData(info.absoluteFilePath().toUtf8());
    if (info.exists()) {
        // ctime as well as mtime: a rename into place (QSaveFile, git's
        // lock files) changes ctime even when the new file keeps its mtime.
        const qint64 modified = info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch();
        const qint64 changed = info.fileTime(QFileDevice::FileMetadataChangeTime).toMSecsSinceEpoch();
        hash.addData(QByteArray::number(modified));
        hash.addData(QByteArray::number(changed));
        hash.addData(QByteArray::number(info.size()));
        newest = std::max({newest, modified, changed});
    }
    hash.addData(QByteArrayView("\n"));
}

void addRefTree(QCryptographicHash &hash, qint64 &newest, const QString &dir)
{
    // Sorted, because directory order can change when a lock file comes and goes.
    const QFileInfoList entries = QDir(dir).entryInfoList(
        QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir())
            addRefTree(hash, newest, entry.absoluteFilePath());
        else if (!entry.fileName().endsWith(QLatin1String(".lock")))
            addStat(hash, newest, entry);
    }
}

void addDirTree(QStringList &paths, const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return;
    paths << dir;
    QDirIterator it(dir, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir::cleanPath(it.next());
}

} // namespace

WorkspaceWatcher::WorkspaceWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, &WorkspaceWatcher::onDebounceTimeout);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &WorkspaceWatcher::onPathChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &WorkspaceWatcher::onPathChanged);
}

WorkspaceWatcher::~WorkspaceWatcher() = default;

void WorkspaceWatcher::watch(const QString &workspaceFile, const QStringList &repoPaths, const QDateTime &since)
{
    const QString file = workspaceFile.isEmpty() ? QString() : absoluteClean(QDir::currentPath(), workspaceFile);
    if (!m_watcher->files().isEmpty() && file == m_workspaceFile && repoPaths == m_repoPaths)
        return;
    clear();
    m_workspaceFile = file;
    m_repoPaths = repoPaths;
    QSet<QString> seen;
    for (const QString &path : repoPaths) {
        const QString root = absoluteClean(QDir::currentPath(), path);
        const std::optional<QString> gitDir = gitDirOf(root);
        if (!gitDir || seen.contains(*gitDir))
            continue;
        seen.insert(*gitDir);
        GitDirs dirs{*gitDir, *gitDir};
        const QString common = readFirstLine(*gitDir + QLatin1String("/commondir"));
        if (!common.isEmpty())
            dirs.commonDir = absoluteClean(*gitDir, common);
        m_gitDirs.append(dirs);
    }
    rescan();
    // Taken here, on this thread, once per workspace: later comparisons run
    // on a worker.
    const Fingerprint now = fingerprint(m_workspaceFile, m_gitDirs);
    m_fingerprint = now.hash;
    if (since.isValid() && now.newestMs > since.toMSecsSinceEpoch()) {
        qCDebug(lcWatch) << "changed while the scan ran";
        m_fingerprint.clear();
        m_debounce.start();
    }
    qCDebug(lcWatch) << "watching" << watchedPaths();
}

void WorkspaceWatcher::clear()
{
    ++m_generation;
    m_debounce.stop();
    const QStringList paths = watchedPaths();
    if (!paths.isEmpty())
        m_watcher->removePaths(paths);
    m_workspaceFile.clear();
    m_repoPaths.clear();
    m_gitDirs.clear();
    m_fingerprint.clear();
}

void WorkspaceWatcher::setDebounceInterval(int ms)
{
    m_debounce.setInterval(qMax(0, ms));
}

int WorkspaceWatcher::debounceInterval() const
{
    return m_debounce.interval();
}

QStringList WorkspaceWatcher::watchedPaths() const
{
    return m_watcher->files() + m_watcher->directories();
}

void WorkspaceWatcher::onPathChanged(const QString &path)
{
    qCDebug(lcWatch) << "changed" << path;
    // A rename over a watched file drops its watch, and a new ref folder is
    // not watched yet: bring the watch list up to date before anything else
    // is written there.
    rescan();
    m_debounce.start();
}

void WorkspaceWatcher::onDebounceTimeout()
{
    // Again here: the last event of a burst may have removed a watch after
    // onPathChanged had already rescanned.
    rescan();
    if (m_check) {
        // A comparison is still running; look again once it is done.
        m_debounce.start();
        return;
    }
    // Stat every ref on a worker: a repository may hold thousands of loose ones.
    const quint64 generation = m_generation;
    m_check = new QFutureWatcher<Fingerprint>(this);
    connect(m_check, &QFutureWatcherBase::finished, this, [this, generation] {
        const Fingerprint now = m_check->result();
        m_check->deleteLater();
        m_check = nullptr;
        if (generation != m_generation)
            return;
        if (now.hash == m_fingerprint) {
            qCDebug(lcWatch) << "only lock files, objects, logs or the index changed";
            emit checked(false);
            return;
        }
        m_fingerprint = now.hash;
        emit changed();
        emit checked(true);
    });
    m_check->setFuture(QtConcurrent::run(&WorkspaceWatcher::fingerprint, m_workspaceFile, m_gitDirs));
}

void WorkspaceWatcher::rescan()
{
    const QStringList wanted = wantedPaths();
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    const QStringList watched = watchedPaths();
    const QSet<QString> watchedSet(watched.cbegin(), watched.cend());

    QStringList stale;
    for (const QString &path : watched) {
        if (!wantedSet.contains(path))
            stale << path;
    }
    if (!stale.isEmpty())
        m_watcher->removePaths(stale);

    QStringList missing;
    for (const QString &path : wanted) {
        if (!watchedSet.contains(path))
            missing << path;
    }
    if (!missing.isEmpty()) {
        // A path removed since wantedPaths() looked fails here; the next
        // rescan sees it gone.
        const QStringList failed = m_watcher->addPaths(missing);
        if (!failed.isEmpty())
            qCDebug(lcWatch) << "cannot watch" << failed;
    }
}

// Existing paths only, so that a missing repository or workspace is skipped.
QStringList WorkspaceWatcher::wantedPaths() const
{
    QStringList paths;
    auto addIfExists = [&paths](const QString &path) {
        if (QFileInfo::exists(path))
            paths << path;
    };
    if (!m_workspaceFile.isEmpty()) {
        addIfExists(m_workspaceFile);
        // Editors save by rename, which only the folder sees.
        addIfExists(QFileInfo(m_workspaceFile).absolutePath());
    }
    for (const GitDirs &repo : m_gitDirs) {
        // The git dirs themselves see HEAD replaced and packed-refs or a
        // refs folder created; refs/ sees refs/heads or refs/tags created.
        addIfExists(repo.gitDir);
        addIfExists(repo.gitDir + QLatin1String("/HEAD"));
        addIfExists(repo.commonDir);
        addIfExists(repo.commonDir + QLatin1String("/packed-refs"));
        addIfExists(repo.commonDir + QLatin1String("/refs"));
        addDirTree(paths, repo.commonDir + QLatin1String("/refs/heads"));
        addDirTree(paths, repo.commonDir + QLatin1String("/refs/tags"));
    }
    paths.removeDuplicates();
    return paths;
}

// What a changed() is about. Folder events cannot say which entry changed,
// so a rewritten index, a fetch's FETCH_HEAD or a lock file wakes the timer
// too; leaving those out here is what keeps them from emitting changed().
WorkspaceWatcher::Fingerprint WorkspaceWatcher::fingerprint(const QString &workspaceFile, const QList<GitDirs> &gitDirs)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    qint64 newest = 0;
    if (!workspaceFile.isEmpty())
        addStat(hash, newest, QFileInfo(workspaceFile));
    for (const GitDirs &repo : gitDirs) {
        addStat(hash, newest, QFileInfo(repo.gitDir + QLatin1String("/HEAD")));
        addStat(hash, newest, QFileInfo(repo.commonDir + QLatin1String("/packed-refs")));
        addRefTree(hash, newest, repo.commonDir + QLatin1String("/refs/heads"));
        addRefTree(hash, newest, repo.commonDir + QLatin1String("/refs/tags"));
    }
    return {hash.result(), newest};
}

} // namespace ReleaseDeck
