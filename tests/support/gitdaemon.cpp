#include "gitdaemon.h"

#include "registryserver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QThread>

namespace TestSupport {

GitDaemon::GitDaemon(const QString &baseDir)
    : m_base(baseDir)
    , m_port(freePort())
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(QStringLiteral("git"),
                    {QStringLiteral("daemon"), QStringLiteral("--reuseaddr"), QStringLiteral("--export-all"),
                     QStringLiteral("--enable=receive-pack"), QStringLiteral("--listen=127.0.0.1"),
                     QStringLiteral("--port=%1").arg(m_port), QStringLiteral("--base-path=%1").arg(baseDir), baseDir});
    if (!m_process.waitForStarted(10000))
        return;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000 && m_process.state() == QProcess::Running) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (s.waitForConnected(200)) {
            m_ready = true;
            return;
        }
        QThread::msleep(50);
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
