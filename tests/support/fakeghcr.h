#pragma once

#include "registry/httpregistry.h"
#include "registryserver.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
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
        port = TestSupport::readyPort(process);
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
    // GET /stats, which needs no login: the uploads seen, and every request
    // the second listener (the "other host") had, with its Authorization.
    QJsonObject stats() const
    {
        const ProcessResult r = run(QStringLiteral("python3"),
                                    {QStringLiteral("-c"),
                                     QStringLiteral("import urllib.request,sys;"
                                                    "sys.stdout.write(urllib.request.urlopen('http://127.0.0.1:%1/stats').read().decode())")
                                         .arg(port)});
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out).object();
    }
};

} // namespace TestSupport
