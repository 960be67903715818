#pragma once

#include <QByteArray>
#include <QList>
#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QFileSystemWatcher;

namespace ReleaseDeck {

// Watches a workspace file and the refs of its repositories, and reports a
// change once things have been quiet for the debounce interval, so that a
// burst of ref updates (a fetch, a rebase) gives one rescan.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceWatcher(QObject *parent = nullptr);
    ~WorkspaceWatcher() override;

    // Replaces what is watched: the workspace file and, for each repository
    // path (a clone or a bare repository), the files and folders whose
    // change means its refs or HEAD moved. The same file and paths again
    // keep the watch as it is, a change on its way included. A ref or file
    // written after `since` (when the scan being shown started) counts as a
    // change, so that nothing written during that scan is missed.
    void watch(const QString &workspaceFile, const QStringList &repoPaths, const QDateTime &since = {});
    void clear();

    void setDebounceInterval(int ms);
    int debounceInterval() const;

    QStringList watchedPaths() const;
    // Nothing on its way: no quiet spell running, no comparison in flight.
    bool isIdle() const { return !m_debounce.isActive() && !m_check; }
    // A comparison is running on a worker.
    bool isComparing() const { return m_check != nullptr; }

signals:
    void changed();
    // After each quiet spell, once what is watched has been compared with
    // what it was: `changed` says whether changed() was emitted for it.
    void checked(bool changed);

private:
    // A worktree keeps its own HEAD but shares refs with the main repository.
    struct GitDirs
    {
        QString gitDir;    // HEAD
        QString commonDir; // refs/, packed-refs
    };

    struct Fingerprint
    {
        QByteArray hash;
        qint64 newestMs = 0; // newest modification among what was hashed
    };

    void onPathChanged(const QString &path);
    void onDebounceTimeout();
    void rescan();
    QStringList wantedPaths() const;
    static Fingerprint fingerprint(const QString &workspaceFile, const QList<GitDirs> &gitDirs);

    QFileSystemWatcher *m_watcher;
    QTimer m_debounce;
    QString m_workspaceFile;
    QStringList m_repoPaths;
    QList<GitDirs> m_gitDirs;
    QByteArray m_fingerprint; // at the last watch() or changed()
    QFutureWatcher<Fingerprint> *m_check = nullptr; // comparing after a quiet spell
    quint64 m_generation = 0;                        // bumped by watch() and clear()
};

} // namespace ReleaseDeck
