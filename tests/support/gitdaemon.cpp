#include "gitdaemon.h"

#include "testsupport.h"

namespace TestSupport {

GitDaemon::GitDaemon(const QString &baseDir)
    : m_base(baseDir)
{
    m_process.start(QStringLiteral("python3"),
                    {QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/git_daemon.py"), baseDir});
    if (!m_process.waitForStarted(-1))
        return;
    // "ready PORT" once it listens; a loaded machine may take a while.
    if (!m_process.waitForReadyRead(60000))
        return;
    const QList<QByteArray> ready = m_process.readLine().trimmed().split(' ');
    if (ready.size() == 2 && ready[0] == "ready") {
        m_port = ready[1].toInt();
        m_ready = m_port > 0;
    }
}

GitDaemon::~GitDaemon()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

QString GitDaemon::url(const QString &repository) const
{
    return QStringLiteral("git://127.0.0.1:%1/%2").arg(m_port).arg(repository);
}

} // namespace TestSupport
