#pragma once

#include <QByteArray>
#include <QList>
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
    // change means its refs or HEAD moved.
    void watch(const QString &workspaceFile, const QStringList &repoPaths);
    void clear();

    void setDebounceInterval(int ms);
    int debounceInterval() const;

    QStringList watchedPaths() const;

signals:
    void changed();

private:
    // A worktree keeps its own HEAD but shares refs with the main repository.
    struct GitDirs
    {
        QString gitDir;    // HEAD
        QString commonDir; // refs/, packed-refs
    };

    void onPathChanged(const QString &path);
    void onDebounceTimeout();
    void rescan();
    QStringList wantedPaths() const;
    QByteArray fingerprint() const;

    QFileSystemWatcher *m_watcher;
    QTimer m_debounce;
    QString m_workspaceFile;
    QStringList m_repoPaths;
    QList<GitDirs> m_gitDirs;
    QByteArray m_fingerprint; // at the last watch() or changed()
};

} // namespace ReleaseDeck
