#include "graphcache.h"

#include "git/gitutil.h"
#include "git/tagreader.h"
#include "platform/fileutil.h"

#include <git2/sys/commit_graph.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QWaitCondition>

#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcGraphCache, "releasedeck.scan.graph", QtWarningMsg)

namespace ReleaseDeck::GraphCache {

namespace {

QMutex g_mutex;
QWaitCondition g_done;
QSet<QString> g_running;

// Graph writes run one at a time on a pool of their own, so that they never
// hold up the global pool's scans and views; the application waits for them
// when it ends.
QThreadPool *writers()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process
        p->setMaxThreadCount(1);
        qAddPostRoutine(waitForWrites);
        return p;
    }();
    return pool;
}

QString objectsOf(const QString &repoPath)
{
    // The common folder holds the objects, for a worktree too.
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, QFile::encodeName(repoPath).constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0)
        return QString();
    Git::RepositoryPtr repo(raw);
    return QFileInfo(QString::fromUtf8(git_repository_commondir(repo.get())) + QLatin1String("objects")).canonicalFilePath();
}

} // namespace

QString objectsFolder(const QString &folder, const QString &repoPath)
{
    Git::ensureInitialised();
    const QString objects = objectsOf(repoPath);
    if (objects.isEmpty())
        return QString();
    struct stat st = {};
    if (::stat(QFile::encodeName(objects).constData(), &st) != 0)
        return QString();
    const QByteArray identity = objects.toUtf8() + '\n' + QByteArray::number(quint64(st.st_dev)) + '\n'
                                + QByteArray::number(quint64(st.st_ino));
    const QByteArray key = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(24);
    return folder + QLatin1String("/graphs/") + QString::fromLatin1(key);
}

bool write(const QString &folder, const QString &repoPath, QString *error)
{
    Git::ensureInitialised();
    const QString target = objectsFolder(folder, repoPath);
    if (target.isEmpty()) {
        *error = QStringLiteral("cannot open %1").arg(repoPath);
        return false;
    }
    // Opened as the scan opens it: hostile loose objects are refused first.
    Git::RepositoryPtr repo = openRepository(repoPath, error);
    if (!repo)
        return false;
    const QString info = target + QLatin1String("/info");
    QDir().mkpath(info);
    git_commit_graph_writer *rawWriter = nullptr;
    if (git_commit_graph_writer_new(&rawWriter, QFile::encodeName(info).constData()) != 0) {
        *error = Git::lastError();
        return false;
    }
    std::unique_ptr<git_commit_graph_writer, Git::Deleter<git_commit_graph_writer, git_commit_graph_writer_free>> writer(rawWriter);
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo.get()) != 0) {
        *error = Git::lastError();
        return false;
    }
    std::unique_ptr<git_revwalk, Git::Deleter<git_revwalk, git_revwalk_free>> walk(rawWalk);
    // Tags that name no commit are skipped by the glob; an unborn HEAD is
    // no error either.
    git_revwalk_push_glob(walk.get(), "refs/tags/*");
    git_revwalk_push_head(walk.get());
    git_error_clear();
    if (git_commit_graph_writer_add_revwalk(writer.get(), walk.get()) != 0) {
        *error = Git::lastError();
        return false;
    }
    git_buf buf = GIT_BUF_INIT;
    git_commit_graph_writer_options options = GIT_COMMIT_GRAPH_WRITER_OPTIONS_INIT;
    if (git_commit_graph_writer_dump(&buf, writer.get(), &options) != 0) {
        *error = Git::lastError();
        return false;
    }
    const QByteArray content(buf.ptr, qsizetype(buf.size));
    git_buf_dispose(&buf);
    return replaceFileAtomically(info + QLatin1String("/commit-graph"), content, error);
}

void schedule(const QString &folder, const QString &repoPath)
{
    const QString key = folder + u'\n' + repoPath;
    {
        QMutexLocker lock(&g_mutex);
        if (g_running.contains(key))
            return;
        g_running.insert(key);
    }
    writers()->start([folder, repoPath, key] {
        QString error;
        if (!write(folder, repoPath, &error))
            qCWarning(lcGraphCache, "commit-graph for %s not written: %s", qPrintable(repoPath), qPrintable(error));
        else
            qCInfo(lcGraphCache, "commit-graph for %s written to the cache", qPrintable(repoPath));
        QMutexLocker lock(&g_mutex);
        g_running.remove(key);
        g_done.wakeAll();
    });
}

void waitForWrites()
{
    QMutexLocker lock(&g_mutex);
    while (!g_running.isEmpty())
        g_done.wait(&g_mutex);
}

} // namespace ReleaseDeck::GraphCache
