#include "demoworkspace.h"

#include "git/commitbuilder.h"
#include "demoparts.h"
#include "demoregistry.h"
#include "platform/fileutil.h"
#include "git/gitutil.h"
#include "workspace/manifestfile.h"
#include "domain/releaserules.h"

#include <QDir>
#include <QMap>

namespace ReleaseDeck {

namespace {

// Releases are numbered 0.62.0 … 0.75.0, one a week, the last two days ago.
QString versionOf(int i)
{
    return QStringLiteral("0.%1.0").arg(62 + i);
}

class DemoBuilder
{
public:
    DemoBuilder(const QString &dir, const QDate &today)
        : m_dir(dir)
    {
        // Tuesday releases at 14:00 UTC; the newest two days before today.
        const QDate last = today.addDays(-2);
        m_firstRelease = QDateTime(last.addDays(-7 * (DemoWorkspace::kReleaseCount - 1)), QTime(14, 0),
                                   Qt::UTC);
    }

    bool build(QString *error)
    {
        m_registry = m_dir + QLatin1String("/registry");
        return buildOss(error) && buildRuntimeApi(error) && buildCharts(error) && publishImages(error)
               && writeFiles(error);
    }

private:
    QDateTime releaseDate(int i) const { return m_firstRelease.addDays(7 * i); }

    GitIdentity dev(const QDateTime &when) const
    {
        return {QStringLiteral("Dana Developer"), QStringLiteral("dana@example.com"), when};
    }
    GitIdentity releaser(const QDateTime &when) const
    {
        return {QStringLiteral("Riley Release"), QStringLiteral("riley@example.com"), when};
    }

    Git::RepositoryPtr init(const QString &name, QString *error)
    {
        return DemoParts::initBare(m_dir + QLatin1String("/repos/") + name, error);
    }

    bool buildOss(QString *error)
    {
        Git::RepositoryPtr repo = init(QStringLiteral("oss.git"), error);
        if (!repo)
            return false;
        CommitBuilder b(repo.get());
        const QString mainRef = QStringLiteral("refs/heads/main");
        std::vector<git_oid> tip;
        auto commit = [&](const QDateTime &when, const QString &message, const QString &ref) {
            auto id = b.commit(tip, dev(when), message, ref, error);
            if (id)
                tip = {*id};
            return id.has_value();
        };
        b.write(QStringLiteral("README.md"), "# OpenHands (demo)\n");
        b.write(QStringLiteral("pyproject.toml"), "[tool.poetry]\nname = \"openhands\"\nversion = \"0.61.0\"\n");
        if (!commit(releaseDate(0).addDays(-10), QStringLiteral("Initial import"), mainRef))
            return false;
        for (int i = 0; i < DemoWorkspace::kReleaseCount; ++i) {
            // A few commits of work in the week before each release.
            for (int d = 5; d >= 1; --d) {
                b.write(QStringLiteral("openhands/agent/step_%1.py").arg(d),
                        QStringLiteral("# release %1, change %2\nSTEP = %3\n").arg(versionOf(i)).arg(d).arg(i * 10 + d).toUtf8());
                // Conventional-commit subjects with the pull request's number, as
                // squash merges write them: release notes group by them.
                static const char *const subjects[] = {"chore: bump the agent's dependencies",
                                                       "perf(agent): cache the tool list between steps",
                                                       "docs: explain the runtime settings",
                                                       "fix(runtime): keep the sandbox alive on reconnect",
                                                       "feat(agent): plan steps ahead"};
                const QString subject = QStringLiteral("%1 (#%2)").arg(QLatin1String(subjects[d - 1])).arg(4000 + i * 10 + d);
                if (!commit(releaseDate(i).addDays(-d), subject, mainRef))
                    return false;
            }
            b.write(QStringLiteral("pyproject.toml"),
                    QStringLiteral("[tool.poetry]\nname = \"openhands\"\nversion = \"%1\"\n").arg(versionOf(i)).toUtf8());
            if (!commit(releaseDate(i).addSecs(-3600), QStringLiteral("Release %1").arg(versionOf(i)), mainRef))
                return false;
            const git_oid released = tip.front();
            m_ossRelease.push_back(released);
            // Early releases were lightweight tags; later ones are annotated,
            // written an hour after their commit.
            const bool ok = i < 3 ? CommitBuilder::tagLightweight(repo.get(), versionOf(i), released, error)
                                  : CommitBuilder::tagAnnotated(repo.get(), versionOf(i), released,
                                                                releaser(releaseDate(i)),
                                                                QStringLiteral("Release %1\n").arg(versionOf(i)), error);
            if (!ok)
                return false;
            if (i == 5) {
                // Noise a naive sort ranks above every 0.x release.
                if (!CommitBuilder::tagLightweight(repo.get(), QStringLiteral("1.0.7-cli"), released, error)
                    || !CommitBuilder::tagLightweight(repo.get(), QStringLiteral("ext-v0.0.99-test"), released, error))
                    return false;
            }
        }
        // A backport: 0.70.1 is cut from the 0.70.0 tag on a release branch,
        // so its commit is not on main.
        const int patched = 8; // 0.70.0
        std::vector<git_oid> branchTip{m_ossRelease[patched]};
        b.write(QStringLiteral("openhands/agent/step_1.py"), "# backported fix\nSTEP = 81\n");
        b.write(QStringLiteral("pyproject.toml"), "[tool.poetry]\nname = \"openhands\"\nversion = \"0.70.1\"\n");
        auto backport = b.commit(branchTip, dev(releaseDate(patched).addDays(3)),
                                 QStringLiteral("Fix session restore (backport)"),
                                 QStringLiteral("refs/heads/release/0.70"), error);
        if (!backport)
            return false;
        m_ossBackport = *backport;
        if (!CommitBuilder::tagAnnotated(repo.get(), QStringLiteral("0.70.1"), *backport,
                                         releaser(releaseDate(patched).addDays(3).addSecs(7200)),
                                         QStringLiteral("Release 0.70.1\n"), error))
            return false;
        // Work on main after the last release, not yet released.
        b.write(QStringLiteral("openhands/agent/next.py"), "NEXT = True\n");
        if (!commit(releaseDate(DemoWorkspace::kReleaseCount - 1).addDays(1), QStringLiteral("Start next cycle"), mainRef))
            return false;
        m_ossNext = tip.front();
        return true;
    }

    bool buildRuntimeApi(QString *error)
    {
        Git::RepositoryPtr repo = init(QStringLiteral("runtime-api.git"), error);
        if (!repo)
            return false;
        CommitBuilder b(repo.get());
        std::vector<git_oid> tip;
        for (int i = 0; i < DemoWorkspace::kReleaseCount; ++i) {
            b.write(QStringLiteral("runtime_api/version.py"),
                    QStringLiteral("VERSION = \"%1\"\n").arg(versionOf(i)).toUtf8());
            auto id = b.commit(tip, dev(releaseDate(i).addSecs(-7200)), QStringLiteral("Runtime API %1").arg(versionOf(i)),
                               QStringLiteral("refs/heads/main"), error);
            if (!id)
                return false;
            tip = {*id};
            m_runtimeApiRelease.push_back(*id);
            if (!CommitBuilder::tagAnnotated(repo.get(), QStringLiteral("runtime-api/%1").arg(versionOf(i)), *id,
                                             releaser(releaseDate(i)), QStringLiteral("Runtime API %1\n").arg(versionOf(i)),
                                             error))
                return false;
        }
        return true;
    }

    static QString shortSha(const git_oid &id, int length)
    {
        return Git::oidToString(id).left(length);
    }

    // 0.72.0 moved the bundled PostgreSQL from 15 to 16: a required stop.
    static constexpr int kPostgres16 = 10;

    static QByteArray openhandsChart(const QString &version, const QString &appVersion, bool postgres16 = true)
    {
        return QStringLiteral("apiVersion: v2\n"
                              "name: openhands\n"
                              "description: OpenHands Enterprise  # the main chart\n"
                              "type: application\n"
                              "version: %1\n"
                              "appVersion: \"%2\"\n"
                              "dependencies:\n"
                              "  - name: postgresql\n"
                              "    version: %3\n"
                              "    repository: oci://registry-1.docker.io/bitnamicharts\n"
                              "  - name: runtime-api\n"
                              "    version: '*'\n"
                              "    condition: runtime-api.enabled\n")
            .arg(version, appVersion, postgres16 ? QStringLiteral("16.x.x") : QStringLiteral("15.x.x"))
            .toUtf8();
    }

    // Writes a file of the charts repository, keeping a copy to package
    // the charts from when they are published.
    void put(CommitBuilder &b, const QString &path, const QByteArray &bytes)
    {
        b.write(path, bytes);
        m_chartFiles.insert(path, bytes);
    }

    void removeTree(CommitBuilder &b, const QString &dir)
    {
        b.remove(dir);
        const QString prefix = dir + QLatin1Char('/');
        for (auto it = m_chartFiles.begin(); it != m_chartFiles.end();)
            it = it.key().startsWith(prefix) ? m_chartFiles.erase(it) : std::next(it);
    }

    // The chart files as they stand for release i (or the pending one).
    void writeCharts(CommitBuilder &b, int i, const QString &chartVersion, bool imageLoaderBumped)
    {
        const bool oldScheme = i < 4;  // components pinned by commit id
        const bool movedLoader = i >= 6; // charts/image-loader/chart -> charts/image-loader
        const bool renamedApi = i >= 3;  // runtime-api-helm -> runtime-api
        const QString v = chartVersion;
        const QString ossSha = shortSha(m_ossRelease[std::min<size_t>(i, m_ossRelease.size() - 1)], 7);
        const QString serverTag = oldScheme ? QStringLiteral("sha-") + ossSha : v;
        const QString appVersion = oldScheme ? QStringLiteral("sha-") + ossSha : v;
        const QString runtimeRepo = i < 2 ? QStringLiteral("ghcr.io/all-hands-ai/runtime")
                                          : QStringLiteral("ghcr.io/openhands/runtime");
        const QString runtimeTag = oldScheme
                                       ? Git::oidToString(m_ossRelease[std::min<size_t>(i, m_ossRelease.size() - 1)])
                                             + QLatin1String("-nikolaik")
                                       : v + QLatin1String("-nikolaik");

        const bool postgres16 = i >= kPostgres16;
        put(b, QStringLiteral("charts/openhands/Chart.yaml"), openhandsChart(chartVersion, appVersion, postgres16));
        put(b, QStringLiteral("charts/openhands/values.yaml"),
                QStringLiteral("# Default values for the OpenHands Enterprise chart.\n"
                               "replicaCount: 1\n"
                               "image:\n"
                               "  repository: ghcr.io/openhands/enterprise-server\n"
                               "  tag: %1  # set by the release\n"
                               "  pullPolicy: IfNotPresent\n"
                               "runtime:\n"
                               "  image: &runtimeImage\n"
                               "    repository: %2\n"
                               "    tag: \"%3\"\n"
                               "  warmImage: *runtimeImage\n"
                               "docsProxy:\n"
                               "  image: ghcr.io/example/docs-proxy:sha-5e6f7a8b9c\n"
                               "sandbox:\n"
                               "  defaultImage: \"docker.io/library/python:3.12-slim\"\n"
                               "%5"
                               "postgresql:\n"
                               "  image:\n"
                               "    registry: docker.io\n"
                               "    repository: bitnami/postgresql\n"
                               "    tag: %6\n"
                               "%7"
                               "runtime-api:\n"
                               "  enabled: true\n"
                               "  image:\n"
                               "    tag: %4\n"
                               "ingress:\n"
                               "  host: \"{{ .Release.Name }}.example.com\"\n")
                    .arg(serverTag, runtimeRepo, runtimeTag,
                         oldScheme ? QStringLiteral("sha-") + shortSha(m_runtimeApiRelease[i], 10) : v,
                         postgres16 ? QStringLiteral("  timeout: 2m\n") : QStringLiteral("  timeoutSeconds: 120\n"),
                         postgres16 ? QStringLiteral("16.2.0") : QStringLiteral("15.4.0"),
                         postgres16 ? QStringLiteral("  migrateOnUpgrade: true\n") : QString())
                    .toUtf8());

        const QString apiName = renamedApi ? QStringLiteral("runtime-api") : QStringLiteral("runtime-api-helm");
        put(b, QStringLiteral("charts/runtime-api/Chart.yaml"),
                QStringLiteral("apiVersion: v2\nname: %1\nversion: %2\nappVersion: %3\n")
                    .arg(apiName, chartVersion, oldScheme ? QStringLiteral("1.0") : v)
                    .toUtf8());
        put(b, QStringLiteral("charts/runtime-api/values.yaml"),
                QStringLiteral("image: \"ghcr.io/openhands/runtime-api:%1\"\n"
                               "warmRuntimes:\n"
                               "  image:\n"
                               "    repository: %2\n"
                               "    tag: \"\"\n")
                    .arg(oldScheme ? QStringLiteral("sha-") + shortSha(m_runtimeApiRelease[i], 7) : v, runtimeRepo)
                    .toUtf8());

        const QString loaderDir = movedLoader ? QStringLiteral("charts/image-loader")
                                              : QStringLiteral("charts/image-loader/chart");
        if (i == 6)
            removeTree(b, QStringLiteral("charts/image-loader/chart"));
        const QString loaderVersion = imageLoaderBumped ? chartVersion : versionOf(std::max(0, i - 1));
        put(b, loaderDir + QLatin1String("/Chart.yaml"),
                QStringLiteral("apiVersion: v2\nname: image-loader\nversion: \"%1\"\nappVersion: %2\n")
                    .arg(loaderVersion, oldScheme ? QStringLiteral("cloud-1.37.2") : loaderVersion)
                    .toUtf8());
        put(b, loaderDir + QLatin1String("/values.yaml"),
                QStringLiteral("image:\n  repository: ghcr.io/openhands/image-loader\n  tag: %1\n"
                               "preload:\n  - %2\n")
                    .arg(oldScheme ? QStringLiteral("sha-0a1b2c3") : loaderVersion,
                         runtimeRepo + QLatin1Char(':') + runtimeTag)
                    .toUtf8());
    }

    bool buildCharts(QString *error)
    {
        Git::RepositoryPtr repo = init(QStringLiteral("charts.git"), error);
        if (!repo)
            return false;
        CommitBuilder b(repo.get());
        const QString mainRef = QStringLiteral("refs/heads/main");
        std::vector<git_oid> tip;
        b.write(QStringLiteral("README.md"), "# OpenHands Cloud charts (demo)\n");
        auto first = b.commit(tip, dev(releaseDate(0).addDays(-9)), QStringLiteral("Initial charts"), mainRef, error);
        if (!first)
            return false;
        tip = {*first};
        const int last = DemoWorkspace::kReleaseCount - 1;
        auto tagAll = [&](const git_oid &commit, const QString &version, const QDateTime &when, bool withLoader) {
            QStringList names{QStringLiteral("openhands/") + version, QStringLiteral("runtime-api/") + version};
            if (withLoader)
                names.append(QStringLiteral("image-loader/") + version);
            for (const QString &name : names) {
                if (!CommitBuilder::tagAnnotated(repo.get(), name, commit, releaser(when),
                                                 QStringLiteral("Publish %1\n").arg(name), error))
                    return false;
            }
            return true;
        };
        // Release i is staged the day OSS tags it and published a week later,
        // when release i+1 is tagged. The last release is staged, not published.
        for (int i = 0; i <= last; ++i) {
            QString version = versionOf(i);
            const bool loaderBumped = i != 4;     // 0.66.0 forgot to bump image-loader
            writeCharts(b, i, version, loaderBumped);
            // The release manifest records the last release's publication
            // and this one's staging in the same commit.
            // (0.68.0's was recorded with its chart fix, days before.)
            if (i > 0 && i != 7
                && !recordPublished(i - 1 == 8 ? QStringLiteral("0.70.1") : versionOf(i - 1), releaseDate(i), error))
                return false;
            if (!recordStaged(i, version, error))
                return false;
            b.write(QStringLiteral("releases.yaml"), m_manifest);
            auto staged = b.commit(tip, releaser(releaseDate(i).addSecs(3600)),
                                   QStringLiteral("Stage Enterprise charts %1").arg(version), mainRef, error);
            if (!staged)
                return false;
            tip = {*staged};
            m_chartsStaged.push_back(*staged);
            if (i == 8) {
                // SaaS hit a bug in 0.70.0 and shipped the patch 0.70.1 three
                // days later; an hour after that, 0.70.1 took 0.70.0's place
                // for Enterprise, in the same weekly slot.
                version = QStringLiteral("0.70.1");
                const QDateTime when = releaseDate(8).addDays(3).addSecs(3 * 3600);
                writeCharts(b, i, version, loaderBumped);
                if (!recordRestaged(when, error))
                    return false;
                b.write(QStringLiteral("releases.yaml"), m_manifest);
                staged = b.commit(tip, releaser(when), QStringLiteral("Re-stage Enterprise charts 0.70.0 -> 0.70.1"), mainRef,
                                  error);
                if (!staged)
                    return false;
                tip = {*staged};
            }
            if (i == last)
                break;
            if (!tagAll(*staged, version, releaseDate(i + 1).addSecs(1800), true)
                || !publishCharts({QStringLiteral("openhands"), QStringLiteral("runtime-api"),
                                   QStringLiteral("image-loader")},
                                  error))
                return false;
            if (i == 6) {
                // A chart-only fix of the published 0.68.0, a few days later:
                // only the openhands chart changes.
                put(b, QStringLiteral("charts/openhands/templates/NOTES.txt"), "Fixed ingress annotation.\n");
                put(b, QStringLiteral("charts/openhands/Chart.yaml"),
                        openhandsChart(QStringLiteral("0.68.0-fix1"), versionOf(i), i >= kPostgres16));
                const QDateTime when = releaseDate(i + 1).addDays(2);
                if (!recordPublished(versionOf(i), releaseDate(i + 1), error)
                    || !recordFix(QStringLiteral("0.68.0-fix1"), when, error))
                    return false;
                b.write(QStringLiteral("releases.yaml"), m_manifest);
                auto fix = b.commit(tip, releaser(when), QStringLiteral("Chart fix 0.68.0-fix1: ingress annotation"),
                                    mainRef, error);
                if (!fix)
                    return false;
                tip = {*fix};
                if (!CommitBuilder::tagAnnotated(repo.get(), QStringLiteral("openhands/0.68.0-fix1"), *fix,
                                                 releaser(when), QStringLiteral("Chart fix\n"), error)
                    || !publishCharts({QStringLiteral("openhands")}, error))
                    return false;
            }
        }
        return true;
    }

    AuditEntry audit(const QDateTime &at, const GitIdentity &who, const QString &action, const QString &note) const
    {
        return {at, QStringLiteral("%1 <%2>").arg(who.name, who.email), action, note};
    }

    bool edit(std::optional<QByteArray> changed, QString *error)
    {
        if (!changed)
            return false;
        m_manifest = *changed;
        return true;
    }

    // Release i staged: its manifest entry, with its OSS commit and SaaS date.
    bool recordStaged(int i, const QString &version, QString *error)
    {
        ManifestRelease r;
        r.version = *Version::parse(version);
        r.ossCommit = Git::oidToString(m_ossRelease[i]);
        r.saasDate = releaseDate(i);
        r.state = ManifestRelease::State::Staged;
        r.due = r.saasDate.addDays(7);
        const QDateTime at = releaseDate(i).addSecs(3600);
        r.audit.append(audit(at, releaser(at), QStringLiteral("stage"), QStringLiteral("weekly release")));
        if (i == kPostgres16)
            r.upgradeStop = QStringLiteral("PostgreSQL 15 to 16: the chart migrates the database on upgrade; let it finish before going on");
        return edit(ManifestFile::appendRelease(m_manifest, r, kManifest, error), error);
    }

    // 0.70.1 re-staged in place of 0.70.0, after SaaS shipped it: 0.70.0 is
    // superseded, and 0.70.1 keeps its weekly slot, as a re-stage does.
    bool recordRestaged(const QDateTime &at, QString *error)
    {
        const Version old = *Version::parse(versionOf(8));
        const ManifestLoad parsed = ManifestFile::parse(m_manifest, kManifest);
        const ManifestRelease *pending = parsed.manifest.find(old);
        if (!pending) {
            *error = QStringLiteral("demo: 0.70.0 is not staged");
            return false;
        }
        ManifestRelease r;
        r.version = *Version::parse(QStringLiteral("0.70.1"));
        r.ossCommit = Git::oidToString(m_ossBackport);
        r.saasDate = releaseDate(8).addDays(3).addSecs(7200);
        r.state = ManifestRelease::State::Staged;
        Workspace policy; // the demo keeps the default policy
        r.due = ReleaseRules::restageDue(*pending, r.version, r.saasDate, policy).due;
        r.audit.append(audit(at, releaser(at), QStringLiteral("restage"),
                             QStringLiteral("SaaS session-restore bug: 0.70.1 replaces 0.70.0")));
        return edit(ManifestFile::setState(m_manifest, old, ManifestRelease::State::Superseded, {}, kManifest, error), error)
               && edit(ManifestFile::appendAudit(m_manifest, old,
                                                 audit(at, releaser(at), QStringLiteral("supersede"),
                                                       QStringLiteral("re-staged as 0.70.1")),
                                                 kManifest, error),
                       error)
               && edit(ManifestFile::appendRelease(m_manifest, r, kManifest, error), error);
    }

    // The release published at `when` after a colleague approved it.
    bool recordPublished(const QString &version, const QDateTime &when, QString *error)
    {
        const Version v = *Version::parse(version);
        const QDateTime approved = when.addDays(-1).addSecs(-3 * 3600);
        const GitIdentity approver{QStringLiteral("Avery Approver"), QStringLiteral("avery@example.com"), approved};
        return edit(ManifestFile::appendAudit(m_manifest, v,
                                              audit(approved, approver, QStringLiteral("approve"),
                                                    QStringLiteral("validated on SaaS for a week")),
                                              kManifest, error),
                    error)
               && edit(ManifestFile::appendAudit(m_manifest, v,
                                                 audit(when.addSecs(1800), releaser(when), QStringLiteral("publish"), QString()),
                                                 kManifest, error),
                       error)
               && edit(ManifestFile::setState(m_manifest, v, ManifestRelease::State::Published, {}, kManifest, error),
                       error);
    }

    // A chart-only fix, staged, approved and published the same day.
    bool recordFix(const QString &version, const QDateTime &when, QString *error)
    {
        ManifestRelease r;
        r.version = *Version::parse(version);
        r.state = ManifestRelease::State::Published;
        r.due = when;
        r.audit.append(audit(when.addSecs(-7200), releaser(when), QStringLiteral("fix"), QStringLiteral("ingress annotation")));
        const GitIdentity approver{QStringLiteral("Avery Approver"), QStringLiteral("avery@example.com"), when};
        r.audit.append(audit(when.addSecs(-3600), approver, QStringLiteral("approve"), QStringLiteral("chart diff reviewed")));
        r.audit.append(audit(when, releaser(when), QStringLiteral("publish"), QString()));
        return edit(ManifestFile::appendRelease(m_manifest, r, kManifest, error), error);
    }

    // Packages the named charts as they stand and pushes them to the demo
    // registry, as publishing an Enterprise release does.
    bool publishCharts(const QStringList &names, QString *error)
    {
        return DemoRegistry::publishCharts(m_registry, m_chartFiles, names, error);
    }

    bool pushImage(const QString &repository, const QString &tag, const QString &version, const git_oid &commit,
                   QString *error)
    {
        return DemoRegistry::pushImage(m_registry, repository, tag, version, Git::oidToString(commit), error);
    }

    bool retag(const QString &repository, const QString &from, const QString &to, QString *error)
    {
        return DemoRegistry::retag(m_registry, repository, from, to, error);
    }

    // Every released version's images, labelled with the commit they were
    // built from, with two faults to find: runtime-api 0.64.0 was never
    // pushed, and enterprise-server 0.71.0 was built from the commit of 0.70.0.
    bool publishImages(QString *error)
    {
        for (int i = 0; i < DemoWorkspace::kReleaseCount; ++i) {
            const QString v = versionOf(i);
            const git_oid &oss = m_ossRelease[i];
            const QString runtime = i < 2 ? QStringLiteral("all-hands-ai/runtime") : QStringLiteral("openhands/runtime");
            const git_oid &serverCommit = i == 9 ? m_ossRelease[8] : oss;
            if (!pushImage(QStringLiteral("openhands/openhands"), v, v, oss, error)
                || !pushImage(runtime, v + QLatin1String("-nikolaik"), v, oss, error)
                || !pushImage(QStringLiteral("openhands/enterprise-server"), v, v, serverCommit, error)
                || (i != 2 && !pushImage(QStringLiteral("openhands/runtime-api"), v, v, m_runtimeApiRelease[i], error))
                || !pushImage(QStringLiteral("openhands/image-loader"), v, v, m_chartsStaged[i], error))
                return false;
            // CI's build of each commit, by its short id: what a release
            // gives the version.
            if ((i != 2 && !retag(QStringLiteral("openhands/runtime-api"), v, QStringLiteral("sha-") + shortSha(m_runtimeApiRelease[i], 7), error))
                || !retag(QStringLiteral("openhands/image-loader"), v, QStringLiteral("sha-") + shortSha(m_chartsStaged[i], 7), error))
                return false;
        }
        // CI builds every commit on main as sha-<short>: what `release` tags.
        const QString next = QStringLiteral("sha-") + Git::oidToString(m_ossNext).left(7);
        const QString nextVersion = versionOf(DemoWorkspace::kReleaseCount) + QLatin1String("-dev");
        for (const QString &image : {QStringLiteral("openhands/openhands"), QStringLiteral("openhands/runtime"),
                                     QStringLiteral("openhands/enterprise-server")}) {
            if (!pushImage(image, next, nextVersion, m_ossNext, error))
                return false;
        }
        // The 0.70.1 backport rebuilt the OSS images; the others were
        // given the new version's tag.
        const QString patch = QStringLiteral("0.70.1");
        return pushImage(QStringLiteral("openhands/openhands"), patch, patch, m_ossBackport, error)
               && pushImage(QStringLiteral("openhands/runtime"), patch + QLatin1String("-nikolaik"), patch, m_ossBackport,
                            error)
               && pushImage(QStringLiteral("openhands/enterprise-server"), patch, patch, m_ossBackport, error)
               && retag(QStringLiteral("openhands/runtime-api"), versionOf(8), patch, error)
               && retag(QStringLiteral("openhands/image-loader"), versionOf(8), patch, error);
    }

    bool writeFiles(QString *error)
    {
        const QString workspace = DemoRegistry::workspaceText();
        const QDate today = releaseDate(DemoWorkspace::kReleaseCount - 1).date().addDays(2);
        const QString customers = QStringLiteral(
            "# Customers and how they take Enterprise releases.\n"
            "customers:\n"
            "  - name: Acme Insurance\n"
            "    version: %1\n"
            "    delivery: customer-managed\n"
            "    cadence: quarterly\n"
            "    blackouts:\n"
            "      - {from: %2-11-01, to: %2-11-30, reason: open enrolment}\n"
            "  - name: Globex Retail\n"
            "    version: %3\n"
            "    delivery: vendor-managed\n"
            "    cadence: monthly\n"
            "    windows: [\"Sat 02:00-06:00 UTC\"]\n"
            "    blackouts:\n"
            "      - {from: %2-11-20, to: %4-01-05, reason: holiday season}\n"
            "  - name: Initech\n"
            "    version: %5\n"
            "    delivery: customer-managed\n"
            "    cadence: weekly\n")
                                      .arg(versionOf(1))
                                      .arg(today.year())
                                      .arg(versionOf(7))
                                      .arg(today.year() + 1)
                                      .arg(versionOf(DemoWorkspace::kReleaseCount - 2));
        // The workspace file last: while it is missing, the demo is not
        // finished (a write that was killed), and is written again.
        return writeFileAtomically(m_dir + QLatin1String("/customers.yaml"), customers.toUtf8(), error)
               && writeFileAtomically(m_dir + QLatin1String("/releasedeck.yaml"), workspace.toUtf8(), error);
    }

    QString m_dir;
    QString m_registry;
    QDateTime m_firstRelease;
    QMap<QString, QByteArray> m_chartFiles; // the charts repository's files under charts/
    QByteArray m_manifest = ManifestFile::empty();
    inline static const QString kManifest = QStringLiteral("charts:releases.yaml");
    std::vector<git_oid> m_chartsStaged;
    git_oid m_ossBackport{};
    git_oid m_ossNext{}; // main's tip: built by CI, not released
    std::vector<git_oid> m_ossRelease;
    std::vector<git_oid> m_runtimeApiRelease;
};

} // namespace

QString DemoWorkspace::create(const QString &dir, const QDate &today, QString *error)
{
    const QString absolute = DemoParts::prepareFolder(dir, error);
    if (absolute.isEmpty())
        return QString();
    DemoBuilder builder(absolute, today);
    if (!builder.build(error))
        return QString();
    return absolute + QLatin1String("/releasedeck.yaml");
}

} // namespace ReleaseDeck
