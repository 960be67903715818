#include "registryserver.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <signal.h>

namespace TestSupport {

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

RegistryServer::RegistryServer(const QString &user, const QString &password, bool tls)
    : m_tls(tls)
{
    m_port = freePort();
    QByteArray tlsConfig;
    if (tls) {
        const QString dir = m_dir.path();
        QDir().mkpath(certDir());
        const ProcessResult cert = run(QStringLiteral("openssl"),
                                       {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                        dir + QLatin1String("/key.pem"), QStringLiteral("-out"), caFile(),
                                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                        QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                        QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (cert.exitCode != 0)
            return;
        QFile::copy(caFile(), certDir() + QLatin1String("/ca.crt"));
        tlsConfig = "  tls:\n    certificate: " + caFile().toUtf8() + "\n    key: " + dir.toUtf8() + "/key.pem\n";
    }
    QByteArray auth;
    if (!user.isEmpty()) {
        const ProcessResult h = run(QStringLiteral("htpasswd"),
                                    {QStringLiteral("-Bbn"), user, password});
        writeFile(m_dir.path() + QLatin1String("/htpasswd"), h.out);
        auth = "auth:\n  htpasswd:\n    realm: test-realm\n    path: " + m_dir.path().toUtf8() + "/htpasswd\n";
    }
    writeFile(m_dir.path() + QLatin1String("/config.yml"),
              "version: 0.1\n"
              "log:\n  level: error\n  accesslog:\n    disabled: false\n" // log() shows the requests
              "storage:\n  filesystem:\n    rootdirectory: " + m_dir.path().toUtf8() + "/data\n  delete:\n    enabled: true\n"
              "http:\n  addr: 127.0.0.1:" + QByteArray::number(m_port) + "\n" + tlsConfig + auth);
    start();
}

bool RegistryServer::start()
{
    // To a file, not a pipe: a pipe nobody reads while a test waits would
    // fill and stop the server mid-request.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.path() + QLatin1String("/server.log"), QIODevice::Append);
    m_process.start(QStringLiteral("docker-registry"), {QStringLiteral("serve"), m_dir.path() + QLatin1String("/config.yml")});
    if (!m_process.waitForStarted(10000))
        return m_ready = false;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (s.waitForConnected(200))
            return m_ready = true;
        if (m_process.state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    return m_ready = false;
}

RegistryServer::~RegistryServer()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

QString RegistryServer::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString RegistryServer::url() const
{
    return (m_tls ? QLatin1String("https://") : QLatin1String("http://")) + address();
}

QString RegistryServer::caFile() const
{
    return m_dir.path() + QLatin1String("/cert.pem");
}

QString RegistryServer::certDir() const
{
    return m_dir.path() + QLatin1String("/certs");
}

QString RegistryServer::log() const
{
    QFile f(m_dir.path() + QLatin1String("/server.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void RegistryServer::kill()
{
    // A signal, not QProcess::kill(): this may run on another thread than
    // the one that owns the process.
    ::kill(pid_t(m_process.processId()), SIGKILL);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (!s.waitForConnected(100))
            break;
        QThread::msleep(20);
    }
    m_ready = false;
}

bool RegistryServer::restart()
{
    m_process.waitForFinished(5000);
    return start();
}

ReleaseDeck::RegistryEndpoint endpointOf(const RegistryServer &server)
{
    ReleaseDeck::RegistryEndpoint e;
    e.url = QUrl(server.url());
    e.timeoutMs = 10000;
    return e;
}

} // namespace TestSupport
