#pragma once

#include "registry/httpregistry.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace TestSupport {

// Debian's docker-registry (the CNCF distribution server) on 127.0.0.1 at a
// port it binds and reports, storing in a temporary folder; stopped when
// destroyed. With a
// user and password it asks for Basic authentication from an htpasswd file;
// with TLS it serves HTTPS with a certificate made here by openssl.
class RegistryServer
{
public:
    explicit RegistryServer(const QString &user = {}, const QString &password = {}, bool tls = false);
    ~RegistryServer();

    bool isRunning() const { return m_ready; }
    QString address() const; // 127.0.0.1:PORT
    QString url() const;     // http(s)://127.0.0.1:PORT
    QString caFile() const;  // the certificate, when serving TLS
    QString certDir() const; // a folder with it as ca.crt, for skopeo --cert-dir
    int port() const { return m_port; }
    QString log() const; // everything it has written, the access log included
    void kill(); // as a crash would, for fault tests
    bool restart();

private:
    bool start();

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_config; // its config.yml after http.addr: TLS, storage and auth
    int m_port = 0;
    bool m_ready = false;
    bool m_tls = false;
};

// A loopback port held bound but not listening while this lives: a
// connection to it is refused, and no other process can take the port.
class ClosedPort
{
public:
    ClosedPort();
    ~ClosedPort();
    ClosedPort(const ClosedPort &) = delete;
    ClosedPort &operator=(const ClosedPort &) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

// An endpoint for the server, anonymous, with a 10 s timeout.
ReleaseDeck::RegistryEndpoint endpointOf(const RegistryServer &server);

} // namespace TestSupport
