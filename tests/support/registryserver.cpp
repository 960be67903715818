#include "registryserver.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace TestSupport {

ClosedPort::ClosedPort()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        m_port = ntohs(address.sin_port);
    REQUIRE(m_port > 0);
}

ClosedPort::~ClosedPort()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

RegistryServer::RegistryServer(const QString &user, const QString &password, bool tls)
    : m_tls(tls)
{
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
    m_config = tlsConfig // under http:
               + "storage:\n  filesystem:\n    rootdirectory: " + m_dir.path().toUtf8()
               + "/data\n  delete:\n    enabled: true\n" + auth;
    start();
}

bool RegistryServer::start()
{
    // Port 0 the first time: the server binds a port nobody holds and says
    // which ("listening on 127.0.0.1:PORT", at log level info); a restart
    // asks for the same port again, so that clients find it where it was.
    writeFile(m_dir.path() + QLatin1String("/config.yml"),
              "version: 0.1\n"
              "log:\n  level: info\n  accesslog:\n    disabled: false\n" // log() shows the requests
              "http:\n  addr: 127.0.0.1:" + QByteArray::number(m_port) + "\n" + m_config);
    const QString logFile = m_dir.path() + QLatin1String("/server.log");
    const qint64 logStart = QFileInfo(logFile).size();
    // To a file, not a pipe: a pipe nobody reads while a test waits would
    // fill and stop the server mid-request.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(logFile, QIODevice::Append);
    m_process.start(QStringLiteral("docker-registry"), {QStringLiteral("serve"), m_dir.path() + QLatin1String("/config.yml")});
    if (!m_process.waitForStarted(-1))
        return m_ready = false;
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000 && m_process.state() == QProcess::Running) {
        QFile log(logFile);
        if (log.open(QIODevice::ReadOnly) && log.seek(logStart)) {
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(log.readAll()));
            if (m.hasMatch()) {
                m_port = m.captured(1).toInt();
                return m_ready = m_port > 0;
            }
        }
        m_process.waitForFinished(20); // returns at once when it exits
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
