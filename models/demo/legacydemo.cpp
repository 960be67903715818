#include "demoworkspace.h"

#include "demoparts.h"
#include "demoregistry.h"
#include "git/commitbuilder.h"
#include "git/gitutil.h"
#include "platform/fileutil.h"

#include <QDir>
#include <QMap>

#include <vector>

namespace ReleaseDeck {

namespace {

// Today's repositories, before one version: OSS releases 0.57.0 … 0.62.0
// weekly (and an old 0.12.0), the SaaS server cut mid-week from main as
// cloud-1.47.0 … cloud-1.53.0, runtime-api with numbers of its own, charts
// with numbers of their own (openhands/0.12.0 deploys a server of OSS
// 0.61.0, not OSS 0.12.0), and a deploy repository pinning images by SHA in
// its workflow files.
class LegacyBuilder
{
public:
    static constexpr int kWeeks = 6;

    LegacyBuilder(const QString &dir, const QDate &today)
        : m_dir(dir)
        , m_registry(dir + QLatin1String("/registry"))
        , m_lastRelease(QDateTime(today.addDays(-2), QTime(14, 0), Qt::UTC))
    {}

    bool build(QString *error)
    {
        return buildOss(error) && buildRuntimeApi(error) && buildCharts(error) && buildDeploy(error) && publish(error)
               && writeWorkspace(error);
    }

private:
    static QString ossVersion(int week) { return QStringLiteral("0.%1.0").arg(57 + week); }
    static QString serverVersion(int week) { return QStringLiteral("1.%1.0").arg(47 + week); }
    QDateTime releaseDate(int week) const { return m_lastRelease.addDays(-7 * (kWeeks - 1 - week)); }

    static GitIdentity dev(const QDateTime &when)
    {
        return {QStringLiteral("Dana Developer"), QStringLiteral("dana@example.com"), when};
    }
    static GitIdentity releaser(const QDateTime &when)
    {
        return {QStringLiteral("Riley Release"), QStringLiteral("riley@example.com"), when};
    }

    Git::RepositoryPtr init(const QString &name, QString *error)
    {
        return DemoParts::initBare(m_dir + QLatin1String("/repos/") + name, error);
    }

    static QString shortId(const git_oid &id) { return Git::oidToString(id).left(7); }

    bool buildOss(QString *error)
    {
        Git::RepositoryPtr repo = init(QStringLiteral("oss.git"), error);
        if (!repo)
            return false;
        CommitBuilder b(repo.get());
        const QString main = QStringLiteral("refs/heads/main");
        std::vector<git_oid> tip;
        auto commit = [&](const QDateTime &when, const QString &message) {
            auto id = b.commit(tip, dev(when), message, main, error);
            if (id)
                tip = {*id};
            return id;
        };
        // A release from long ago whose number a chart reuses today.
        b.write(QStringLiteral("README.md"), "# OpenHands (today's repositories)\n");
        b.write(QStringLiteral("pyproject.toml"), "version = \"0.12.0\"\n");
        auto old = commit(releaseDate(0).addDays(-400), QStringLiteral("Release 0.12.0"));
        if (!old || !CommitBuilder::tagLightweight(repo.get(), QStringLiteral("0.12.0"), *old, error))
            return false;
        for (int w = 0; w < kWeeks; ++w) {
            // The SaaS server is cut from main mid-week: the next OSS
            // release is the first to contain its commit.
            b.write(QStringLiteral("enterprise/server.py"), QStringLiteral("SERVER = '%1'\n").arg(serverVersion(w)).toUtf8());
            auto cut = commit(releaseDate(w).addDays(-4), QStringLiteral("SaaS server %1").arg(serverVersion(w)));
            if (!cut)
                return false;
            m_serverCommits.push_back(*cut);
            if (!CommitBuilder::tagAnnotated(repo.get(), QStringLiteral("cloud-%1").arg(serverVersion(w)), *cut,
                                             releaser(releaseDate(w).addDays(-4).addSecs(1800)),
                                             QStringLiteral("SaaS server %1\n").arg(serverVersion(w)), error))
                return false;
            b.write(QStringLiteral("openhands/agent.py"), QStringLiteral("STEP = %1\n").arg(w).toUtf8());
            if (!commit(releaseDate(w).addDays(-2), QStringLiteral("Improve the agent, week %1").arg(w + 1)))
                return false;
            b.write(QStringLiteral("pyproject.toml"), QStringLiteral("version = \"%1\"\n").arg(ossVersion(w)).toUtf8());
            auto release = commit(releaseDate(w).addSecs(-3600), QStringLiteral("Release %1").arg(ossVersion(w)));
            if (!release
                || !CommitBuilder::tagAnnotated(repo.get(), ossVersion(w), *release, releaser(releaseDate(w)),
                                                QStringLiteral("Release %1\n").arg(ossVersion(w)), error))
                return false;
            m_ossReleases.push_back(*release);
        }
        // Cut after the last OSS release: in no release yet.
        b.write(QStringLiteral("enterprise/server.py"), QStringLiteral("SERVER = '%1'\n").arg(serverVersion(kWeeks)).toUtf8());
        auto ahead = commit(m_lastRelease.addDays(1), QStringLiteral("SaaS server %1").arg(serverVersion(kWeeks)));
        if (!ahead)
            return false;
        m_serverCommits.push_back(*ahead);
        return CommitBuilder::tagAnnotated(repo.get(), QStringLiteral("cloud-%1").arg(serverVersion(kWeeks)), *ahead,
                                           releaser(m_lastRelease.addDays(1).addSecs(1800)),
                                           QStringLiteral("SaaS server %1\n").arg(serverVersion(kWeeks)), error);
    }

    bool buildRuntimeApi(QString *error)
    {
        Git::RepositoryPtr repo = init(QStringLiteral("runtime-api.git"), error);
        if (!repo)
            return false;
        CommitBuilder b(repo.get());
        std::vector<git_oid> tip;
        for (int i = 0; i < 4; ++i) {
            const QString version = QStringLiteral("0.3.%1").arg(11 + i);
            b.write(QStringLiteral("runtime_api/version.py"), QStringLiteral("VERSION = '%1'\n").arg(version).toUtf8());
            const QDateTime when = releaseDate(1 + i).addDays(-3);
            auto id = b.commit(tip, dev(when), QStringLiteral("runtime-api %1").arg(version), QStringLiteral("refs/heads/main"), error);
            if (!id || !CommitBuilder::tagAnnotated(repo.get(), QStringLiteral("runtime-api/%1").arg(version), *id, releaser(when),
                                                    QStringLiteral("runtime-api %1\n").arg(version), error))
                return false;
            tip = {*id};
            m_runtimeApiCommits.push_back(*id);
        }
        return true;
    }

    void write(CommitBuilder &b, const QString &path, const QByteArray &content)
    {
        b.write(path, content);
        m_chartFiles.insert(path, content);
    }

    QByteArray openhandsValues(const QString &serverTag, int runtimeWeek) const
    {
        return QStringLiteral("# The OpenHands Enterprise chart (numbers of its own).\n"
                              "image:\n"
                              "  repository: ghcr.io/openhands/enterprise-server\n"
                              "  tag: \"%1\"\n"
                              "runtime:\n"
                              "  image:\n"
                              "    repository: ghcr.io/openhands/runtime\n"
                              "    tag: sha-%2\n")
            .arg(serverTag, shortId(m_ossReleases[size_t(runtimeWeek)]))
            .toUtf8();
    }

    bool buildCharts(QString *error)
    {
        Git::RepositoryPtr repo = init(QStringLiteral("charts.git"), error);
        if (!repo)
            return false;
        CommitBuilder b(repo.get());
        std::vector<git_oid> tip;
        auto chart = [&](const QString &version, const QString &serverTag, int runtimeWeek, const QDateTime &when,
                         const QString &tag) {
            write(b, QStringLiteral("charts/openhands/Chart.yaml"),
                  QStringLiteral("apiVersion: v2\nname: openhands\nversion: %1\nappVersion: \"%2\"\n").arg(version, serverTag).toUtf8());
            write(b, QStringLiteral("charts/openhands/values.yaml"), openhandsValues(serverTag, runtimeWeek));
            auto id = b.commit(tip, dev(when), QStringLiteral("openhands chart %1").arg(version), QStringLiteral("refs/heads/main"), error);
            if (!id)
                return false;
            tip = {*id};
            // A tagged chart was published as its tag says.
            return tag.isEmpty()
                   || (CommitBuilder::tagLightweight(repo.get(), tag, *id, error)
                       && DemoRegistry::publishCharts(m_registry, m_chartFiles, {QStringLiteral("openhands")}, error));
        };
        // 0.9.0 deploys a nightly build, which only the registry's revision
        // label ties to a commit.
        if (!chart(QStringLiteral("0.9.0"), QStringLiteral("nightly-a"), 0, releaseDate(0).addDays(3), QStringLiteral("openhands/0.9.0")))
            return false;
        write(b, QStringLiteral("charts/runtime-api/Chart.yaml"),
              QStringLiteral("apiVersion: v2\nname: runtime-api\nversion: 0.3.12\nappVersion: sha-%1\n")
                  .arg(shortId(m_runtimeApiCommits[1]))
                  .toUtf8());
        write(b, QStringLiteral("charts/runtime-api/values.yaml"),
              QStringLiteral("image:\n  repository: ghcr.io/openhands/runtime-api\n  tag: sha-%1\n")
                  .arg(shortId(m_runtimeApiCommits[1]))
                  .toUtf8());
        auto runtimeApi = b.commit(tip, dev(releaseDate(2)), QStringLiteral("runtime-api chart 0.3.12"), QStringLiteral("refs/heads/main"), error);
        if (!runtimeApi || !CommitBuilder::tagLightweight(repo.get(), QStringLiteral("runtime-api/0.3.12"), *runtimeApi, error)
            || !DemoRegistry::publishCharts(m_registry, m_chartFiles, {QStringLiteral("runtime-api")}, error))
            return false;
        tip = {*runtimeApi};
        // Weeks 2, 3 and 4: openhands 0.10.0, 0.11.0, 0.12.0; 0.12.1 changes
        // the chart only; HEAD stages 0.13.0 with the newest released server.
        return chart(QStringLiteral("0.10.0"), serverVersion(2), 1, releaseDate(2).addDays(1), QStringLiteral("openhands/0.10.0"))
               && chart(QStringLiteral("0.11.0"), serverVersion(3), 2, releaseDate(3).addDays(1), QStringLiteral("openhands/0.11.0"))
               && chart(QStringLiteral("0.12.0"), serverVersion(4), 3, releaseDate(4).addDays(1), QStringLiteral("openhands/0.12.0"))
               && chart(QStringLiteral("0.12.1"), serverVersion(4), 3, releaseDate(4).addDays(2), QStringLiteral("openhands/0.12.1"))
               && chart(QStringLiteral("0.13.0"), serverVersion(5), 4, m_lastRelease.addSecs(3600), QString());
    }

    bool buildDeploy(QString *error)
    {
        Git::RepositoryPtr repo = init(QStringLiteral("deploy.git"), error);
        if (!repo)
            return false;
        CommitBuilder b(repo.get());
        b.write(QStringLiteral(".github/workflows/deploy-saas.yml"),
                QStringLiteral("name: Deploy SaaS\n"
                               "on: {workflow_dispatch: {}}\n"
                               "env:\n"
                               "  ENTERPRISE_SERVER_TAG: \"%1\"\n"
                               "  RUNTIME_API_SHA: %2\n"
                               "jobs:\n"
                               "  deploy:\n"
                               "    runs-on: ubuntu-latest\n"
                               "    container:\n"
                               "      image: ghcr.io/openhands/runtime:sha-%3\n"
                               "    steps:\n"
                               "      - run: ./deploy.sh \"${{ env.ENTERPRISE_SERVER_TAG }}\"\n")
                    .arg(serverVersion(kWeeks), shortId(m_runtimeApiCommits.back()), shortId(m_ossReleases.back()))
                    .toUtf8());
        b.write(QStringLiteral("deploy.sh"), "#!/bin/sh\necho deploy \"$1\"\n");
        return b.commit({}, dev(m_lastRelease.addDays(1).addSecs(3600)), QStringLiteral("Deploy the SaaS server"),
                        QStringLiteral("refs/heads/main"), error)
            .has_value();
    }

    // The SaaS server images, labelled with their commits, and the nightly
    // build the oldest chart deploys.
    bool publish(QString *error)
    {
        for (size_t w = 0; w < m_serverCommits.size(); ++w) {
            if (!DemoRegistry::pushImage(m_registry, QStringLiteral("openhands/enterprise-server"), serverVersion(int(w)),
                                         serverVersion(int(w)), Git::oidToString(m_serverCommits[w]), error))
                return false;
        }
        // The OSS images under their versions, and the runtime also under
        // the sha- tags the charts pin; runtime-api under its sha- tags.
        for (size_t w = 0; w < m_ossReleases.size(); ++w) {
            const QString version = ossVersion(int(w));
            const QString commit = Git::oidToString(m_ossReleases[w]);
            if (!DemoRegistry::pushImage(m_registry, QStringLiteral("openhands/openhands"), version, version, commit, error)
                || !DemoRegistry::pushImage(m_registry, QStringLiteral("openhands/runtime"), version, version, commit, error)
                || !DemoRegistry::retag(m_registry, QStringLiteral("openhands/runtime"), version,
                                        QStringLiteral("sha-%1").arg(shortId(m_ossReleases[w])), error))
                return false;
        }
        for (const git_oid &id : m_runtimeApiCommits) {
            if (!DemoRegistry::pushImage(m_registry, QStringLiteral("openhands/runtime-api"), QStringLiteral("sha-%1").arg(shortId(id)),
                                         QString(), Git::oidToString(id), error))
                return false;
        }
        return DemoRegistry::pushImage(m_registry, QStringLiteral("openhands/enterprise-server"), QStringLiteral("nightly-a"),
                                       QStringLiteral("nightly-a"), Git::oidToString(m_serverCommits[0]), error);
    }

    bool writeWorkspace(QString *error)
    {
        const QString text = QStringLiteral(
            "# ReleaseDeck: today's repositories, before one version.\n"
            "# Charts, the SaaS server and runtime-api carry numbers of their own;\n"
            "# ReleaseDeck joins them to OSS releases by what they deploy.\n"
            "name: OpenHands (today's repositories)\n"
            "repos:\n"
            "  - id: oss\n"
            "    path: repos/oss.git\n"
            "    releaseTags: \"{version}\"\n"
            "  - id: runtime-api\n"
            "    path: repos/runtime-api.git\n"
            "    releaseTags: \"runtime-api/{version}\"\n"
            "  - id: charts\n"
            "    path: repos/charts.git\n"
            "    releaseTags: []\n"
            "  - id: deploy\n"
            "    path: repos/deploy.git\n"
            "    releaseTags: []\n"
            "    workflows: \".github/workflows/*.yml\"\n"
            "components:\n"
            "  - id: openhands\n"
            "    kind: image\n"
            "    image: ghcr.io/openhands/openhands\n"
            "    repo: oss\n"
            "  - id: runtime\n"
            "    kind: image\n"
            "    image: ghcr.io/openhands/runtime\n"
            "    repo: oss\n"
            "  - id: enterprise-server\n"
            "    kind: image\n"
            "    image: ghcr.io/openhands/enterprise-server\n"
            "    train: saas\n"
            "    repo: oss\n"
            "    versioning: independent\n"
            "    tags: \"cloud-{version}\"\n"
            "  - id: runtime-api\n"
            "    kind: image\n"
            "    image: ghcr.io/openhands/runtime-api\n"
            "    train: saas\n"
            "    repo: runtime-api\n"
            "    versioning: independent\n"
            "  - id: openhands-chart\n"
            "    kind: chart\n"
            "    repo: charts\n"
            "    chart: openhands\n"
            "    tags: \"openhands/{version}\"\n"
            "    oci: ghcr.io/openhands/charts/openhands\n"
            "    image: enterprise-server\n"
            "    versioning: independent\n"
            "  - id: runtime-api-chart\n"
            "    kind: chart\n"
            "    repo: charts\n"
            "    chart: runtime-api\n"
            "    tags: \"runtime-api/{version}\"\n"
            "    oci: ghcr.io/openhands/charts/runtime-api\n"
            "    image: runtime-api\n"
            "    versioning: independent\n"
            "registries:\n"
            "  - id: local\n"
            "    layout: registry\n"
            "    host: ghcr.io\n"
            "manifest:\n"
            "  repo: charts\n"
            "  path: releases.yaml\n");
        return writeFileAtomically(m_dir + QLatin1String("/releasedeck.yaml"), text.toUtf8(), error);
    }

    QString m_dir;
    QString m_registry;
    QDateTime m_lastRelease;
    std::vector<git_oid> m_ossReleases;
    std::vector<git_oid> m_serverCommits;
    std::vector<git_oid> m_runtimeApiCommits;
    QMap<QString, QByteArray> m_chartFiles; // the charts repository's files under charts/
};

} // namespace

QString DemoWorkspace::createLegacy(const QString &dir, const QDate &today, QString *error)
{
    const QString abs = DemoParts::prepareFolder(dir, error);
    if (abs.isEmpty())
        return QString();
    LegacyBuilder builder(abs, today);
    if (!builder.build(error))
        return QString();
    return abs + QLatin1String("/releasedeck.yaml");
}

} // namespace ReleaseDeck
