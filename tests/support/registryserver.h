#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace TestSupport {

// Debian's docker-registry (the CNCF distribution server) on 127.0.0.1 at a
// free port, storing in a temporary folder; stopped when destroyed. With a
// user and password it asks for Basic authentication from an htpasswd file.
class RegistryServer
{
public:
    explicit RegistryServer(const QString &user = {}, const QString &password = {});
    ~RegistryServer();

    bool isRunning() const { return m_ready; }
    QString address() const; // 127.0.0.1:PORT
    QString url() const;     // http://127.0.0.1:PORT
    int port() const { return m_port; }
    QString log() const;
    void kill(); // as a crash would, for fault tests
    bool restart();

private:
    bool start();

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    bool m_ready = false;
};

int freePort();

} // namespace TestSupport
