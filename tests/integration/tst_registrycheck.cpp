// The registry check: every artifact of every release looked up in the
// registry, judged against git. Expectations come from skopeo (which reads
// the registry without our code) and the git CLI.
#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "registry/registrycheck.h"
#include "registryserver.h"
#include "workspace/scanner.h"
#include "workspace/workspaceloader.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace ReleaseDeck;
using namespace TestSupport;
using State = ArtifactStatus::State;

namespace {

struct Demo
{
    QTemporaryDir tmp;
    QString dir;
    QString file;
    Demo()
    {
        dir = tmp.path() + QLatin1String("/demo");
        QString error;
        file = DemoWorkspace::create(dir, QDate::currentDate(), &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(file.isEmpty());
    }
    QString variant(const QString &name, const QString &registries) const
    {
        return withRegistries(file, name, registries);
    }
};

const Demo &demo()
{
    static Demo d;
    return d;
}

OverviewPtr overviewOf(const QString &file)
{
    const WorkspaceLoad load = WorkspaceLoader::load(file);
    REQUIRE_FALSE(load.fatal);
    for (const Problem &p : load.problems)
        FAIL(p.toString().toStdString());
    return Overview::build(Scanner::scan(load.workspace));
}

RegistryReport check(const OverviewPtr &overview, ScanControl *control = nullptr, ManifestFacts *facts = nullptr)
{
    return onWorker([&] {
        return RegistryCheck::run(overview->snapshot.workspace,
                                  ArtifactPlan::build(overview->snapshot, overview->train),
                                  overview->train.releases().size(), control, facts);
    });
}

ProcessResult skopeo(const QStringList &args)
{
    return run(QStringLiteral("skopeo"), args);
}

// The artifact of a version and component, found in the report.
int artifactOf(const RegistryReport &report, const OverviewPtr &overview, const QString &version,
               const QString &component)
{
    for (int i = 0; i < report.plan.artifacts.size(); ++i) {
        const ExpectedArtifact &a = report.plan.artifacts.at(i);
        if (a.component == component && overview->train.releases().at(a.release).text() == version)
            return i;
    }
    return -1;
}

// Chart.yaml's `key:` as git has it.
QString chartField(const QString &chartYaml, const QString &key)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*\"?([^\"\\n#]*?)\"?\\s*(#.*)?$").arg(key),
                                QRegularExpression::MultilineOption);
    return re.match(chartYaml).captured(1);
}

} // namespace

TEST_CASE("The registry check agrees with skopeo and git on every artifact of the demo", "[registrycheck][skopeo]")
{
    const Demo &d = demo();
    const OverviewPtr overview = overviewOf(d.file);
    const RegistryReport report = check(overview);
    REQUIRE(report.status.size() == report.plan.artifacts.size());
    CHECK(report.problems.isEmpty());
    const Workspace &ws = overview->snapshot.workspace;

    int present = 0;
    int absent = 0;
    for (int i = 0; i < report.plan.artifacts.size(); ++i) {
        const ExpectedArtifact &a = report.plan.artifacts.at(i);
        const ArtifactStatus &s = report.status.at(i);
        INFO(a.reference().toStdString() << " " << ArtifactStatus::stateName(s.state).toStdString() << ": "
                                         << s.detail.toStdString());
        const Component *component = ws.component(a.component);
        REQUIRE(component);
        const QString gitDir = ws.repo(component->repo)->path;
        if (s.state == State::Present || s.state == State::Mismatch) {
            ++present;
            const QString layout = d.dir + QLatin1String("/registry/") + splitRepositoryName(s.foundIn).second;
            const QString ref = QStringLiteral("oci:%1:%2").arg(layout, a.tag);
            const ProcessResult raw = skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), ref});
            REQUIRE(raw.exitCode == 0);
            CHECK(s.digest == QLatin1String("sha256:")
                                  + QString::fromLatin1(QCryptographicHash::hash(raw.out, QCryptographicHash::Sha256).toHex()));
            bool agrees = true;
            if (a.kind == Component::Kind::Image) {
                const ProcessResult config = skopeo({QStringLiteral("inspect"), QStringLiteral("--config"), ref});
                REQUIRE(config.exitCode == 0);
                const QJsonObject c = QJsonDocument::fromJson(config.out).object();
                const QString revision = c.value(QLatin1String("config")).toObject().value(QLatin1String("Labels"))
                                             .toObject().value(QLatin1String("org.opencontainers.image.revision")).toString();
                CHECK(s.revision == revision);
                if (!a.gitTag.isEmpty())
                    agrees = revision == git(gitDir, {QStringLiteral("rev-parse"), a.gitTag + QLatin1String("^{commit}")});
            } else {
                // skopeo reads only image configs: the chart's config blob is
                // read from the layout by the digest the manifest names.
                const QString configDigest = QJsonDocument::fromJson(raw.out).object().value(QLatin1String("config"))
                                                 .toObject().value(QLatin1String("digest")).toString();
                QFile blob(layout + QLatin1String("/blobs/sha256/") + configDigest.mid(7));
                REQUIRE(blob.open(QIODevice::ReadOnly));
                const QJsonObject c = QJsonDocument::fromJson(blob.readAll()).object();
                CHECK(s.chartVersion == c.value(QLatin1String("version")).toString());
                // A named list: `chart` points into it after the loop.
                const QList<ChartRelease> charts = overview->snapshot.charts + overview->snapshot.headCharts;
                const ChartRelease *chart = nullptr;
                for (const ChartRelease &cr : charts) {
                    if (cr.component == a.component && cr.tag == a.gitTag && cr.version == a.chartVersion)
                        chart = &cr;
                }
                REQUIRE(chart);
                const QString at = a.gitTag.isEmpty() ? QStringLiteral("HEAD") : a.gitTag;
                const QString yaml = git(gitDir, {QStringLiteral("show"),
                                                  QStringLiteral("%1:%2/Chart.yaml").arg(at, chart->path)});
                agrees = c.value(QLatin1String("version")).toString() == chartField(yaml, QStringLiteral("version"))
                         && c.value(QLatin1String("appVersion")).toString() == chartField(yaml, QStringLiteral("appVersion"));
            }
            CHECK((s.state == State::Present) == agrees);
        } else {
            ++absent;
            CHECK((s.state == State::Missing || s.state == State::NotYet));
            CHECK((s.state == State::NotYet) == !a.required);
            for (const QString &name : QStringList{a.repositoryName} + a.aliasRepositories) {
                const QString layout = d.dir + QLatin1String("/registry/") + splitRepositoryName(name).second;
                CHECK(skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
                              QStringLiteral("oci:%1:%2").arg(layout, a.tag)})
                          .exitCode
                      != 0);
            }
        }
    }
    CHECK(present > 60);
    CHECK(absent >= 4);

    // The faults the demo was given, each found for the right reason.
    const int server = artifactOf(report, overview, QStringLiteral("0.71.0"), QStringLiteral("enterprise-server"));
    REQUIRE(server >= 0);
    CHECK(report.status.at(server).state == State::Mismatch);
    CHECK(report.status.at(server).detail.contains(QLatin1String("but 0.71.0 is at")));
    const int api = artifactOf(report, overview, QStringLiteral("0.64.0"), QStringLiteral("runtime-api"));
    REQUIRE(api >= 0);
    CHECK(report.status.at(api).state == State::Missing);
    const int loader = artifactOf(report, overview, QStringLiteral("0.66.0"), QStringLiteral("image-loader-chart"));
    REQUIRE(loader >= 0);
    CHECK(report.status.at(loader).state == State::Mismatch);
    CHECK(report.status.at(loader).detail.contains(QLatin1String("appVersion")));
    // Old runtime images live under the repository's former name.
    const int old = artifactOf(report, overview, QStringLiteral("0.62.0"), QStringLiteral("runtime"));
    REQUIRE(old >= 0);
    CHECK(report.status.at(old).state == State::Present);
    CHECK(report.status.at(old).foundIn == QLatin1String("ghcr.io/all-hands-ai/runtime"));

    // The pending release: images out, charts staged and not yet in the registry.
    const int pending = overview->train.pendingIndex();
    REQUIRE(pending >= 0);
    const Completeness &pc = report.completeness.at(pending);
    CHECK(pc.problems == 0);
    CHECK(pc.present == pc.required);
    const int staged = artifactOf(report, overview, overview->train.releases().at(pending).text(),
                                  QStringLiteral("openhands-chart"));
    REQUIRE(staged >= 0);
    CHECK(report.status.at(staged).state == State::NotYet);
    // A complete published release.
    const int complete = overview->train.indexOf(Version::parse(QStringLiteral("0.73.0")).value());
    CHECK(report.completeness.at(complete).isComplete());
    CHECK(report.completeness.at(complete).required == 8); // five images, three charts
}

TEST_CASE("The registry check over HTTP finds what skopeo copied, and reads each manifest once",
          "[registrycheck][registry][skopeo]")
{
    const Demo &d = demo();
    RegistryServer server;
    REQUIRE(server.isRunning());
    const QStringList copied{QStringLiteral("openhands/openhands:0.73.0"), QStringLiteral("openhands/runtime:0.73.0-nikolaik"),
                             QStringLiteral("openhands/enterprise-server:0.71.0"),
                             QStringLiteral("openhands/charts/openhands:0.73.0")};
    for (const QString &ref : copied) {
        const QString repo = ref.section(QLatin1Char(':'), 0, 0);
        const QString tag = ref.section(QLatin1Char(':'), 1);
        const ProcessResult copy = skopeo({QStringLiteral("copy"), QStringLiteral("--preserve-digests"),
                                           QStringLiteral("--dest-tls-verify=false"),
                                           QStringLiteral("oci:%1/registry/%2:%3").arg(d.dir, repo, tag),
                                           QStringLiteral("docker://%1/%2").arg(server.address(), ref)});
        INFO(copy.err.toStdString());
        REQUIRE(copy.exitCode == 0);
    }
    const QString file = d.variant(QStringLiteral("http.yaml"),
                                   QStringLiteral("registries:\n  - id: loopback\n    url: %1\n    host: ghcr.io\n")
                                       .arg(server.url()));
    const OverviewPtr overview = overviewOf(file);
    const OverviewPtr local = overviewOf(d.file);
    const RegistryReport layoutReport = check(local);

    ManifestFacts facts;
    const RegistryReport first = check(overview, nullptr, &facts);
    CHECK(first.problems.isEmpty());
    int found = 0;
    for (int i = 0; i < first.plan.artifacts.size(); ++i) {
        const ExpectedArtifact &a = first.plan.artifacts.at(i);
        const ArtifactStatus &s = first.status.at(i);
        INFO(a.reference().toStdString() << ": " << s.detail.toStdString());
        const QString ref = splitRepositoryName(a.repositoryName).second + QLatin1Char(':') + a.tag;
        if (copied.contains(ref)) {
            ++found;
            // skopeo copies without changing a byte: the same digest and verdict as in the layout.
            CHECK(s.digest == layoutReport.status.at(i).digest);
            CHECK(s.state == layoutReport.status.at(i).state);
            CHECK(s.revision == layoutReport.status.at(i).revision);
        } else {
            CHECK((s.state == State::Missing || s.state == State::NotYet));
        }
    }
    CHECK(found == copied.size());
    CHECK(facts.size() == copied.size());

    // Again: the tag lists and manifests are asked for, the configs are not.
    const RegistryReport second = check(overview, nullptr, &facts);
    CHECK(second.requests < first.requests);
    CHECK(first.requests - second.requests >= copied.size());
    for (int i = 0; i < second.status.size(); ++i)
        CHECK(second.status.at(i).state == first.status.at(i).state);

    // Gone: every artifact is unreachable, said once, and after the two
    // tries of the first request only: the registry is not asked again.
    server.kill();
    const RegistryReport down = check(overview);
    CHECK(down.requests == 2);
    REQUIRE(down.problems.size() == 1);
    CHECK(down.problems.first().contains(server.address()));
    CHECK_FALSE(down.problems.first().contains(QLatin1Char('\n')));
    for (const ArtifactStatus &s : down.status)
        CHECK(s.state == State::Unreachable);
    for (const Completeness &c : down.completeness)
        CHECK(c.problems == 0);
}

TEST_CASE("Without a registry for the images' host, the check says so once", "[registrycheck][badinput]")
{
    const Demo &d = demo();
    const QString file = d.variant(QStringLiteral("none.yaml"), QStringLiteral("registries:\n  - id: other\n    "
                                                                               "layout: registry\n    host: quay.io\n"));
    const OverviewPtr overview = overviewOf(file);
    const RegistryReport report = check(overview);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().startsWith(QLatin1String("No registry in the workspace serves ghcr.io")));
    for (const ArtifactStatus &s : report.status)
        CHECK(s.state == State::NoRegistry);
}

TEST_CASE("A cancelled check stops and marks the rest as not checked", "[registrycheck]")
{
    const OverviewPtr overview = overviewOf(demo().file);
    ScanControl control;
    int calls = 0;
    control.setProgressHandler([&](int done, int, const QString &) {
        if (++calls == 5)
            control.cancel();
        (void)done;
    });
    const RegistryReport report = check(overview, &control);
    REQUIRE(report.status.size() == report.plan.artifacts.size());
    CHECK(calls == 5);
    for (int i = 5; i < report.status.size(); ++i) {
        CHECK(report.status.at(i).state == State::Unreachable);
        CHECK(report.status.at(i).detail.contains(QLatin1String("cancelled")));
    }
}
