#pragma once

#include <QProcess>
#include <QString>

namespace TestSupport {

// `git daemon` serving the bare repositories under a folder on 127.0.0.1,
// at a port tests/support/git_daemon.py binds and reports, pushes allowed;
// stopped when destroyed.
class GitDaemon
{
public:
    explicit GitDaemon(const QString &baseDir);
    ~GitDaemon();

    bool isRunning() const { return m_ready; }
    QString url(const QString &repository) const; // git://127.0.0.1:PORT/name.git

private:
    QProcess m_process;
    QString m_base;
    int m_port = 0;
    bool m_ready = false;
};

} // namespace TestSupport
