// Independent version streams for the mapping tests: repositories made with
// the git CLI, and what the git CLI says of them.
#pragma once

#include "testsupport.h"

#include "domain/overview.h"
#include "workspace/scanner.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>


using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

constexpr qint64 kBase = 1767225600; // 2026-01-01T00:00:00Z
constexpr qint64 kDay = 86400;

// The lowest X.Y.Z release tag containing the commit, by git's own version sort.
QString firstReleaseContaining(const QString &repo, const QString &commit)
{
    const QStringList tags = git(repo, {QStringLiteral("tag"), QStringLiteral("--contains"), commit,
                                        QStringLiteral("--sort=version:refname")})
                                 .split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression release(QStringLiteral("^[0-9]+\\.[0-9]+\\.[0-9]+$"));
    for (const QString &t : tags) {
        if (release.match(t).hasMatch())
            return t;
    }
    return QString();
}

struct Streams
{
    QTemporaryDir tmp;
    QString oss, charts, deploy, file;

    void commit(const QString &repo, int day, const QString &message) { gitCommitAt(repo, kBase + day * kDay, message); }
    void tag(const QString &repo, const QString &name, int day) { gitTagAt(repo, name, kBase + day * kDay); }
    QString rev(const QString &repo, const QString &what) { return gitCommitOf(repo, what); }
    void chart(const QString &version, const QString &serverTag, const QString &runtimeTag, int day, bool tagged = true)
    {
        writeFile(charts + QLatin1String("/charts/openhands/Chart.yaml"),
                  QStringLiteral("apiVersion: v2\nname: openhands\nversion: %1\nappVersion: \"%2\"\n").arg(version, serverTag).toUtf8());
        writeFile(charts + QLatin1String("/charts/openhands/values.yaml"),
                  QStringLiteral("image:\n  repository: ghcr.io/x/enterprise-server\n  tag: \"%1\"\n"
                                 "runtime:\n  image:\n    repository: ghcr.io/x/runtime\n    tag: %2\n")
                      .arg(serverTag, runtimeTag)
                      .toUtf8());
        commit(charts, day, QStringLiteral("chart %1").arg(version));
        if (tagged)
            tag(charts, QStringLiteral("openhands/") + version, day);
    }

    Streams()
    {
        oss = tmp.path() + QLatin1String("/oss");
        charts = tmp.path() + QLatin1String("/charts");
        deploy = tmp.path() + QLatin1String("/deploy");
        for (const QString &d : {oss, charts, deploy}) {
            QDir().mkpath(d);
            git(d, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        }
        // An OSS release a year old whose number a chart reuses today.
        writeFile(oss + QLatin1String("/v.txt"), "0.12.0");
        commit(oss, 0, QStringLiteral("0.12.0"));
        tag(oss, QStringLiteral("0.12.0"), 0);
        // The server is cut mid-week from main; OSS tags follow.
        int day = 360;
        for (int i = 0; i < 3; ++i) {
            writeFile(oss + QLatin1String("/server.txt"), QByteArray::number(i));
            commit(oss, day, QStringLiteral("server 1.5%1.0").arg(i));
            tag(oss, QStringLiteral("cloud-1.5%1.0").arg(i), day);
            writeFile(oss + QLatin1String("/agent.txt"), QByteArray::number(i));
            commit(oss, day + 2, QStringLiteral("agent %1").arg(i));
            tag(oss, QStringLiteral("0.6%1.0").arg(i), day + 3);
            day += 7;
        }
        // Cut after the last OSS release: in none yet.
        writeFile(oss + QLatin1String("/server.txt"), "3");
        commit(oss, day, QStringLiteral("server 1.53.0"));
        tag(oss, QStringLiteral("cloud-1.53.0"), day);

        const QString runtimeSha = QStringLiteral("sha-") + rev(oss, QStringLiteral("cloud-1.51.0")).left(7);
        chart(QStringLiteral("0.11.0"), QStringLiteral("1.50.0"), QStringLiteral("0.60.0"), 380);
        chart(QStringLiteral("0.12.0"), QStringLiteral("1.51.0"), runtimeSha, 381);
        chart(QStringLiteral("0.12.1"), QStringLiteral("1.51.0"), runtimeSha, 382);
        chart(QStringLiteral("0.13.0"), QStringLiteral("1.53.0"), runtimeSha, 383);
        chart(QStringLiteral("0.14.0"), QStringLiteral("nightly-7"), runtimeSha, 384);

        file = tmp.path() + QLatin1String("/releasedeck.yaml");
        writeFile(file, "repos:\n"
                        "  - id: oss\n    path: oss\n"
                        "  - id: charts\n    path: charts\n    releaseTags: []\n"
                        "  - id: deploy\n    path: deploy\n    releaseTags: []\n    workflows: [\".github/workflows/*.yml\"]\n"
                        "components:\n"
                        "  - id: runtime\n    image: ghcr.io/x/runtime\n    repo: oss\n"
                        "  - id: enterprise-server\n    image: ghcr.io/x/enterprise-server\n    train: saas\n    repo: oss\n"
                        "    versioning: independent\n    tags: \"cloud-{version}\"\n"
                        "  - id: openhands-chart\n    kind: chart\n    chart: openhands\n    tags: \"openhands/{version}\"\n"
                        "    image: enterprise-server\n    repo: charts\n    versioning: independent\n");
    }
};

QJsonObject runJson(const QStringList &args)
{
    const ProcessResult r = releasedeck(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

// `releasedeck demo init --legacy` into TMP/legacy: its folder.
QString legacyDemo(const QTemporaryDir &tmp)
{
    const QString dir = tmp.path() + QLatin1String("/legacy");
    REQUIRE(releasedeck({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--legacy"), dir}).exitCode == 0);
    return dir;
}

} // namespace
