// bench_registry: publishing three charts to a loopback docker-registry (and
// again, which must upload nothing), listing 10,000 tags page by page from
// tests/support/fake_ghcr.py, and the registry check of the demo workspace. skopeo doing the same in the same run is
// the baseline. Not a ctest: run `bench_registry "[bench]"` by hand (see
// tests/bench/README.md); it prints a JSON line per measurement.
#include "testsupport.h"

#include "registry/chartoci.h"
#include "demo/demoworkspace.h"
#include "registry/httpregistry.h"
#include "registry/registrycheck.h"
#include "fakeghcr.h"
#include "registryserver.h"
#include "workspace/scanner.h"
#include "workspace/workspaceloader.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>


using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

QString makeChart(const QString &dir, const QString &name)
{
    // About the size of the real charts: a long values file, twenty templates.
    QByteArray values;
    for (int i = 0; i < 1500; ++i)
        values += "key" + QByteArray::number(i) + ": value-" + QByteArray::number(i * 7919) + "\n";
    writeFile(dir + QLatin1String("/Chart.yaml"),
              QStringLiteral("apiVersion: v2\nname: %1\nversion: 0.73.0\nappVersion: 0.73.0\n").arg(name).toUtf8());
    writeFile(dir + QLatin1String("/values.yaml"), values);
    for (int t = 0; t < 20; ++t)
        writeFile(dir + QStringLiteral("/templates/t%1.yaml").arg(t), QByteArray(4000, char('a' + t % 26)));
    return dir;
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void report(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

TEST_CASE("Publish three charts, then again", "[.][bench]")
{
    RegistryServer server;
    REQUIRE(server.isRunning());
    QTemporaryDir tmp;
    const QStringList names{QStringLiteral("openhands"), QStringLiteral("runtime-api"), QStringLiteral("image-loader")};
    RegistryEndpoint e;
    e.url = QUrl(server.url());

    for (int round = 0; round < 2; ++round) {
        int blobs = 0;
        int requests = 0;
        QElapsedTimer t;
        t.start();
        for (const QString &name : names) {
            HttpRepository repo(e, QStringLiteral("charts/") + name);
            const ChartPackage package = ChartPackage::fromDirectory(makeChart(tmp.path() + QLatin1Char('/') + name, name));
            const HelmOci::PushResult r = onWorker([&] { return HelmOci::push(repo, package); });
            REQUIRE(r.error == QString());
            blobs += r.blobsWritten;
            requests += repo.requestCount();
        }
        report({{QStringLiteral("bench"), QStringLiteral("publish")}, {QStringLiteral("round"), round + 1},
                {QStringLiteral("ms"), double(t.elapsed())}, {QStringLiteral("blobsUploaded"), blobs},
                {QStringLiteral("requests"), requests}, {QStringLiteral("peakRssMb"), peakRssMb()}});
        if (round == 1)
            CHECK(blobs == 0);
    }

    // Baseline: skopeo copying the same three charts from an OCI layout.
    for (const QString &name : names)
        REQUIRE(HelmOci::push(*std::make_unique<OciLayout>(tmp.path() + QLatin1String("/layout/") + name),
                              ChartPackage::fromDirectory(tmp.path() + QLatin1Char('/') + name))
                    .error.isEmpty());
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer t;
        t.start();
        for (const QString &name : names) {
            const ProcessResult r = run(QStringLiteral("skopeo"),
                                        {QStringLiteral("copy"), QStringLiteral("--dest-tls-verify=false"),
                                         QStringLiteral("oci:%1/layout/%2:0.73.0").arg(tmp.path(), name),
                                         QStringLiteral("docker://%1/skopeo/%2:0.73.0").arg(server.address(), name)});
            REQUIRE(r.exitCode == 0);
        }
        report({{QStringLiteral("bench"), QStringLiteral("publish-skopeo-baseline")}, {QStringLiteral("round"), round + 1},
                {QStringLiteral("ms"), double(t.elapsed())}});
    }
}

TEST_CASE("List 10,000 tags page by page", "[.][bench]")
{
    FakeGhcr ghcr(10000);
    RegistryEndpoint e = ghcr.endpoint();
    for (int pageSize : {100, 1000}) {
        HttpRepository repo(e, QStringLiteral("many"));
        repo.setPageSize(pageSize);
        QElapsedTimer t;
        t.start();
        QString error;
        const auto tags = onWorker([&] { return repo.tags(&error); });
        REQUIRE(tags);
        REQUIRE(tags->size() == 10000);
        report({{QStringLiteral("bench"), QStringLiteral("list-tags")}, {QStringLiteral("pageSize"), pageSize},
                {QStringLiteral("ms"), double(t.elapsed())}, {QStringLiteral("requests"), repo.requestCount()},
                {QStringLiteral("peakRssMb"), peakRssMb()}});
    }
    // Baseline: skopeo's own client, which follows the same Link headers.
    QElapsedTimer t;
    t.start();
    const ProcessResult r = run(QStringLiteral("skopeo"),
                                {QStringLiteral("list-tags"), QStringLiteral("--tls-verify=false"), QStringLiteral("--creds"),
                                 QStringLiteral("robot:s3cret"), QStringLiteral("docker://127.0.0.1:%1/many").arg(ghcr.port)});
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out).object().value(QLatin1String("Tags")).toArray().size() == 10000);
    report({{QStringLiteral("bench"), QStringLiteral("list-tags-skopeo-baseline")}, {QStringLiteral("ms"), double(t.elapsed())}});
}

// The registry check of the demo workspace (115 artifacts due, 112 in the
// registry): from its OCI layout folders, and over HTTP from a loopback
// docker-registry holding the same images and charts, cold and then with
// what the first check read by digest. Baseline in the same run: skopeo
// inspecting each artifact the check found, as a script would.
TEST_CASE("Check the demo's registry", "[.][bench]")
{
    QTemporaryDir tmp;
    QString error;
    const QString demo = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
    REQUIRE_FALSE(demo.isEmpty());
    RegistryServer server;
    REQUIRE(server.isRunning());
    auto overviewOf = [](const QString &file) {
        const WorkspaceLoad load = WorkspaceLoader::load(file);
        REQUIRE(load.problems.isEmpty());
        return Overview::build(Scanner::scan(load.workspace));
    };
    auto check = [](const OverviewPtr &o, ManifestFacts *facts) {
        return onWorker([&] {
            return RegistryCheck::run(o->snapshot.workspace, ArtifactPlan::build(o->snapshot, o->train),
                                      o->train.releases().size(), nullptr, facts);
        });
    };
    const OverviewPtr local = overviewOf(demo);
    const RegistryReport layoutReport = check(local, nullptr);

    // The same images and charts in the HTTP registry, copied by skopeo.
    QStringList found;
    for (int i = 0; i < layoutReport.status.size(); ++i) {
        const ArtifactStatus &s = layoutReport.status.at(i);
        if (s.state != ArtifactStatus::State::Present && s.state != ArtifactStatus::State::Mismatch)
            continue;
        const QString path = splitRepositoryName(s.foundIn).second + QLatin1Char(':') + layoutReport.plan.artifacts.at(i).tag;
        if (found.contains(path))
            continue;
        found.append(path);
        const ProcessResult copy = run(QStringLiteral("skopeo"),
                                       {QStringLiteral("copy"), QStringLiteral("--preserve-digests"),
                                        QStringLiteral("--dest-tls-verify=false"),
                                        QStringLiteral("oci:%1/demo/registry/%2").arg(tmp.path(), path),
                                        QStringLiteral("docker://%1/%2").arg(server.address(), path)});
        REQUIRE(copy.exitCode == 0);
    }
    const QString file = withRegistries(demo, QStringLiteral("http.yaml"),
                                        QStringLiteral("registries:\n  - id: lab\n    url: %1\n    host: ghcr.io\n")
                                            .arg(server.url()));
    const OverviewPtr http = overviewOf(file);

    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        const RegistryReport l = check(local, nullptr);
        const double layoutMs = t.elapsed();
        ManifestFacts facts;
        t.restart();
        const RegistryReport cold = check(http, &facts);
        const double coldMs = t.elapsed();
        t.restart();
        const RegistryReport warm = check(http, &facts);
        const double warmMs = t.elapsed();
        int present = 0;
        for (const ArtifactStatus &s : cold.status)
            present += s.state == ArtifactStatus::State::Present || s.state == ArtifactStatus::State::Mismatch;
        report({{QStringLiteral("bench"), QStringLiteral("registry-check")}, {QStringLiteral("round"), round + 1},
                {QStringLiteral("artifacts"), int(cold.plan.artifacts.size())}, {QStringLiteral("found"), present},
                {QStringLiteral("layoutMs"), layoutMs}, {QStringLiteral("httpColdMs"), coldMs},
                {QStringLiteral("httpColdRequests"), cold.requests}, {QStringLiteral("httpWarmMs"), warmMs},
                {QStringLiteral("httpWarmRequests"), warm.requests}, {QStringLiteral("peakRssMb"), peakRssMb()}});
        REQUIRE(l.problems.isEmpty());
        REQUIRE(cold.problems.isEmpty());
    }
    // skopeo inspect of each artifact found: its digest and labels.
    QElapsedTimer t;
    t.start();
    for (const QString &path : std::as_const(found)) {
        const ProcessResult inspect = run(QStringLiteral("skopeo"),
                                          {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                                           QStringLiteral("docker://%1/%2").arg(server.address(), path)});
        REQUIRE(inspect.exitCode == 0);
    }
    report({{QStringLiteral("bench"), QStringLiteral("registry-check-skopeo-baseline")},
            {QStringLiteral("inspected"), int(found.size())}, {QStringLiteral("ms"), double(t.elapsed())}});
}
