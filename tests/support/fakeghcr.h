#pragma once

#include "registry/httpregistry.h"
#include "registryserver.h"
#include "testsupport.h"

#include <QProcess>
#include <QUrl>

namespace TestSupport {

// tests/support/fake_ghcr.py on a loopback port it binds and reports: Bearer tokens,
// paginated tag lists and the failures a client must survive, as ghcr.io
// serves them and docker-registry 2.8 does not. Login robot / s3cret.
struct FakeGhcr
{
    QProcess process;
    int port = 0;

    explicit FakeGhcr(int tagCount)
    {
        process.start(QStringLiteral("python3"), {QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/fake_ghcr.py"),
                                                  QStringLiteral("robot"), QStringLiteral("s3cret"),
                                                  QString::number(tagCount)});
        REQUIRE(process.waitForStarted(10000));
        // "ready PORT" once it listens; a loaded machine may take a while.
        REQUIRE(process.waitForReadyRead(60000));
        const QList<QByteArray> ready = process.readLine().trimmed().split(' ');
        REQUIRE(ready.size() == 2);
        REQUIRE(ready[0] == "ready");
        port = ready[1].toInt();
        REQUIRE(port > 0);
    }
    ~FakeGhcr()
    {
        process.kill();
        process.waitForFinished(5000);
    }
    ReleaseDeck::RegistryEndpoint endpoint(const QString &password = QStringLiteral("s3cret")) const
    {
        ReleaseDeck::RegistryEndpoint e;
        e.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        e.username = QStringLiteral("robot");
        e.password = password;
        e.timeoutMs = 10000;
        return e;
    }
};

} // namespace TestSupport
