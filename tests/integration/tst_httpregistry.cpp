// The OCI distribution client against Debian's docker-registry on loopback,
// cross-checked with skopeo, which shares no code with ReleaseDeck.
#include "testsupport.h"

#include "registry/chartoci.h"
#include "registry/httpregistry.h"
#include "registry/ociimage.h"
#include "fakeghcr.h"
#include "registryserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QProcess>


using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

QString makeChart(const QString &dir, const QString &values = QStringLiteral("replicas: 1\n"))
{
    writeFile(dir + QLatin1String("/Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 1.2.3\nappVersion: 1.2.3\n");
    writeFile(dir + QLatin1String("/values.yaml"), values.toUtf8());
    writeFile(dir + QLatin1String("/templates/cm.yaml"), "kind: ConfigMap\n");
    return dir;
}

ProcessResult skopeo(const QStringList &args)
{
    return run(QStringLiteral("skopeo"), args);
}

} // namespace

TEST_CASE("A chart pushed over HTTP is what skopeo reads, and pushing again sends nothing", "[registry][skopeo]")
{
    RegistryServer server;
    REQUIRE(server.isRunning());
    QTemporaryDir tmp;
    const QString chart = makeChart(tmp.path() + QLatin1String("/demo"));
    HttpRepository repo(endpointOf(server), QStringLiteral("charts/demo"));

    QString error;
    CHECK(onWorker([&] { return repo.ping(&error); }));
    const HelmOci::PushResult pushed = onWorker([&] { return HelmOci::push(repo, ChartPackage::fromDirectory(chart)); });
    REQUIRE(pushed.error == QString());
    CHECK(pushed.result == OciLayout::TagResult::Created);
    CHECK(pushed.blobsWritten == 3);

    const QString ref = QStringLiteral("docker://%1/charts/demo:1.2.3").arg(server.address());
    const ProcessResult raw = skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"), ref});
    INFO(raw.err.toStdString());
    REQUIRE(raw.exitCode == 0);
    CHECK(OciLayout::digestOf(raw.out) == pushed.manifestDigest);
    const ProcessResult tags = skopeo({QStringLiteral("list-tags"), QStringLiteral("--tls-verify=false"),
                                       QStringLiteral("docker://%1/charts/demo").arg(server.address())});
    CHECK(QJsonDocument::fromJson(tags.out).object().value(QLatin1String("Tags")).toArray()
          == QJsonArray{QStringLiteral("1.2.3")});

    // Read back: the manifest and the chart layer, digests checked.
    const auto manifest = onWorker([&] { return repo.manifest(QStringLiteral("1.2.3"), &error); });
    REQUIRE(manifest);
    CHECK(manifest->digest == pushed.manifestDigest);
    CHECK(manifest->mediaType == HelmOci::kManifestMediaType);
    const ChartPackage package = ChartPackage::fromDirectory(chart);
    const auto layer = onWorker([&] { return repo.blob(OciLayout::digestOf(package.archive), &error); });
    REQUIRE(layer);
    CHECK(*layer == package.archive);

    const int before = repo.requestCount();
    const HelmOci::PushResult again = onWorker([&] { return HelmOci::push(repo, ChartPackage::fromDirectory(chart)); });
    CHECK(again.result == OciLayout::TagResult::Unchanged);
    CHECK(again.blobsWritten == 0);
    CHECK(repo.requestCount() - before == 1); // one manifest look-up, no upload

    // Other content under the same version: refused, the tag unchanged.
    makeChart(chart, QStringLiteral("replicas: 2\n"));
    const HelmOci::PushResult changed = onWorker([&] { return HelmOci::push(repo, ChartPackage::fromDirectory(chart)); });
    CHECK(changed.result == OciLayout::TagResult::Conflict);
    const ProcessResult still = skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"), ref});
    CHECK(OciLayout::digestOf(still.out) == pushed.manifestDigest);
}

TEST_CASE("A retagged manifest lists under every tag, as skopeo sees them", "[registry][skopeo]")
{
    RegistryServer server;
    REQUIRE(server.isRunning());
    QTemporaryDir tmp;
    HttpRepository repo(endpointOf(server), QStringLiteral("charts/many"));
    const ChartPackage package = ChartPackage::fromDirectory(makeChart(tmp.path() + QLatin1String("/demo")));
    REQUIRE(onWorker([&] { return HelmOci::push(repo, package); }).result == OciLayout::TagResult::Created);
    const auto original = onWorker([&] {
        QString e;
        return repo.manifest(QStringLiteral("1.2.3"), &e);
    });
    REQUIRE(original);
    // Retag: the same manifest under 24 more tags.
    for (int i = 0; i < 24; ++i) {
        QString e;
        REQUIRE(onWorker([&] { return repo.putManifest(QStringLiteral("t%1").arg(i), original->bytes, original->mediaType, &e); }));
    }
    QString error;
    const auto tags = onWorker([&] { return repo.tags(&error); });
    REQUIRE(tags);
    const ProcessResult listed = skopeo({QStringLiteral("list-tags"), QStringLiteral("--tls-verify=false"),
                                         QStringLiteral("docker://%1/charts/many").arg(server.address())});
    QStringList expected;
    for (const QJsonValue &t : QJsonDocument::fromJson(listed.out).object().value(QLatin1String("Tags")).toArray())
        expected.append(t.toString());
    QStringList ours = *tags;
    ours.sort();
    expected.sort();
    CHECK(ours.size() == 25);
    CHECK(ours == expected);
}

TEST_CASE("Images that skopeo copied into the registry read back", "[registry][skopeo]")
{
    RegistryServer server;
    REQUIRE(server.isRunning());
    QTemporaryDir tmp;
    // An OCI layout written by us, copied into the registry by skopeo.
    OciLayout layout(tmp.path() + QLatin1String("/layout"));
    const ChartPackage package = ChartPackage::fromDirectory(makeChart(tmp.path() + QLatin1String("/demo")));
    REQUIRE(HelmOci::push(layout, package).result == OciLayout::TagResult::Created);
    const ProcessResult copy = skopeo({QStringLiteral("copy"), QStringLiteral("--dest-tls-verify=false"),
                                       QStringLiteral("oci:%1:1.2.3").arg(layout.dir()),
                                       QStringLiteral("docker://%1/copied/demo:1.2.3").arg(server.address())});
    INFO(copy.err.toStdString());
    REQUIRE(copy.exitCode == 0);
    HttpRepository repo(endpointOf(server), QStringLiteral("copied/demo"));
    QString error;
    const auto manifest = onWorker([&] { return repo.manifest(QStringLiteral("1.2.3"), &error); });
    REQUIRE(manifest);
    const auto local = layout.manifest(QStringLiteral("1.2.3"), &error);
    REQUIRE(local);
    CHECK(manifest->digest == local->digest);
    CHECK(onWorker([&] { return repo.hasBlob(OciLayout::digestOf(package.archive), &error); }) == std::optional<bool>(true));
    // Missing things are absent, not errors.
    CHECK_FALSE(onWorker([&] { return repo.manifest(QStringLiteral("9.9.9"), &error); }));
    CHECK(error.isEmpty());
}

TEST_CASE("A login the registry refuses gives one line without the password", "[registry][badinput]")
{
    RegistryServer server(QStringLiteral("robot"), QStringLiteral("s3cret-pass"));
    REQUIRE(server.isRunning());
    RegistryEndpoint e = endpointOf(server);
    QString error;

    SECTION("no credentials")
    {
        HttpRepository repo(e, QStringLiteral("charts/demo"));
        CHECK_FALSE(onWorker([&] { return repo.ping(&error); }));
        CHECK(error == QStringLiteral("%1/charts/demo: GET /v2/: HTTP 401 UNAUTHORIZED: authentication required "
                                      "(the registry wants a login and none is configured)")
                           .arg(server.address()));
    }
    SECTION("a wrong password")
    {
        e.username = QStringLiteral("robot");
        e.password = QStringLiteral("wrong-pass");
        HttpRepository repo(e, QStringLiteral("charts/demo"));
        CHECK_FALSE(onWorker([&] { return repo.ping(&error); }));
        CHECK(error.contains(QLatin1String("HTTP 401")));
        CHECK_FALSE(error.contains(QLatin1String("wrong-pass")));
        CHECK_FALSE(error.contains(QLatin1Char('\n')));
    }
    SECTION("the right password")
    {
        e.username = QStringLiteral("robot");
        e.password = QStringLiteral("s3cret-pass");
        HttpRepository repo(e, QStringLiteral("charts/demo"));
        CHECK(onWorker([&] { return repo.ping(&error); }));
        QTemporaryDir tmp;
        const ChartPackage package = ChartPackage::fromDirectory(makeChart(tmp.path() + QLatin1String("/demo")));
        CHECK(onWorker([&] { return HelmOci::push(repo, package); }).result == OciLayout::TagResult::Created);
    }
}

TEST_CASE("Plain HTTP is refused to hosts that are not loopback", "[registry][badinput]")
{
    RegistryEndpoint e;
    e.url = QUrl(QStringLiteral("http://registry.example.com"));
    HttpRepository repo(e, QStringLiteral("charts/demo"));
    QString error;
    CHECK_FALSE(onWorker([&] { return repo.ping(&error); }));
    CHECK(error == QLatin1String("registry.example.com/charts/demo: plain HTTP is only for loopback addresses or a registry marked insecure"));
    CHECK(repo.requestCount() == 0);
}


TEST_CASE("Bearer tokens from the challenge's realm, and tag lists page by page", "[registry]")
{
    FakeGhcr ghcr(10000);
    HttpRepository repo(ghcr.endpoint(), QStringLiteral("many"));
    repo.setPageSize(1000);
    QString error;
    const auto tags = onWorker([&] { return repo.tags(&error); });
    INFO(error.toStdString());
    REQUIRE(tags);
    QStringList expected;
    for (int i = 0; i < 10000; ++i)
        expected.append(QStringLiteral("v%1").arg(i, 5, 10, QLatin1Char('0')));
    CHECK(*tags == expected);
    // Challenge, token, then ten pages with the token.
    CHECK(repo.requestCount() == 12);

    HttpRepository denied(ghcr.endpoint(QStringLiteral("wrong")), QStringLiteral("many"));
    CHECK_FALSE(onWorker([&] { return denied.tags(&error); }));
    CHECK(error == QStringLiteral("127.0.0.1:%1/many: GET /v2/many/tags/list: HTTP 401 UNAUTHORIZED: "
                                  "authentication required (token request answered HTTP 401)")
                       .arg(ghcr.port));
}

TEST_CASE("Busy and failing registries are retried, and garbage is an error", "[registry][badinput]")
{
    FakeGhcr ghcr(3);
    QString error;
    SECTION("503 once")
    {
        HttpRepository repo(ghcr.endpoint(), QStringLiteral("flaky"));
        const auto tags = onWorker([&] { return repo.tags(&error); });
        REQUIRE(tags);
        CHECK(*tags == QStringList{"1.0.0", "1.1.0"});
    }
    SECTION("429 with Retry-After")
    {
        HttpRepository repo(ghcr.endpoint(), QStringLiteral("busy"));
        QElapsedTimer t;
        t.start();
        const auto tags = onWorker([&] { return repo.tags(&error); });
        REQUIRE(tags);
        CHECK(t.elapsed() >= 1000); // waited as told
    }
    SECTION("a tag list that is not JSON")
    {
        HttpRepository repo(ghcr.endpoint(), QStringLiteral("garbage"));
        CHECK_FALSE(onWorker([&] { return repo.tags(&error); }));
        CHECK(error.startsWith(QStringLiteral("127.0.0.1:%1/garbage: GET /v2/garbage/tags/list: the tag list is not JSON")
                                   .arg(ghcr.port)));
    }
    SECTION("a registry that is not there")
    {
        const ClosedPort closed;
        RegistryEndpoint e = ghcr.endpoint();
        e.url.setPort(closed.port());
        e.attempts = 2;
        HttpRepository repo(e, QStringLiteral("many"));
        CHECK_FALSE(onWorker([&] { return repo.ping(&error); }));
        INFO(error.toStdString());
        CHECK(error.contains(QLatin1String("refused")));
        CHECK(repo.requestCount() == 2);
    }
}

TEST_CASE("Over TLS with a login: the certificate must be trusted, then pushes work", "[registry][skopeo][tls]")
{
    RegistryServer server(QStringLiteral("robot"), QStringLiteral("s3cret-pass"), true);
    REQUIRE(server.isRunning());
    RegistryEndpoint e = endpointOf(server);
    REQUIRE(e.url.scheme() == QLatin1String("https"));
    e.username = QStringLiteral("robot");
    e.password = QStringLiteral("s3cret-pass");
    QString error;

    // Verification is always on: a certificate nobody vouched for is refused, once.
    HttpRepository untrusted(e, QStringLiteral("charts/demo"));
    CHECK_FALSE(onWorker([&] { return untrusted.ping(&error); }));
    INFO(error.toStdString());
    CHECK(error.startsWith(server.address() + QLatin1String("/charts/demo: GET /v2/: ")));
    CHECK(untrusted.requestCount() == 1);

    e.caFile = server.caFile();
    HttpRepository repo(e, QStringLiteral("charts/demo"));
    QTemporaryDir tmp;
    const ChartPackage package = ChartPackage::fromDirectory(makeChart(tmp.path() + QLatin1String("/demo")));
    const HelmOci::PushResult pushed = onWorker([&] { return HelmOci::push(repo, package); });
    REQUIRE(pushed.error == QString());
    const ProcessResult raw = skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--cert-dir"),
                                      server.certDir(), QStringLiteral("--creds"), QStringLiteral("robot:s3cret-pass"),
                                      QStringLiteral("docker://%1/charts/demo:1.2.3").arg(server.address())});
    INFO(raw.err.toStdString());
    REQUIRE(raw.exitCode == 0);
    CHECK(OciLayout::digestOf(raw.out) == pushed.manifestDigest);
}

namespace {

// Kills the registry just before the given blob upload: a crash mid-publish.
class KillingRepository : public HttpRepository
{
public:
    KillingRepository(const RegistryEndpoint &e, const QString &name, RegistryServer &server, int killAt)
        : HttpRepository(e, name)
        , m_server(server)
        , m_killAt(killAt)
    {}
    bool putBlob(const QByteArray &bytes, const QString &digest, QString *error) override
    {
        if (++m_uploads == m_killAt)
            m_server.kill();
        return HttpRepository::putBlob(bytes, digest, error);
    }

private:
    RegistryServer &m_server;
    int m_killAt;
    int m_uploads = 0;
};

} // namespace

TEST_CASE("A registry killed mid-publish: publishing again completes, nothing half-tagged", "[registry][skopeo][fault]")
{
    RegistryServer server;
    REQUIRE(server.isRunning());
    QTemporaryDir tmp;
    const ChartPackage package = ChartPackage::fromDirectory(makeChart(tmp.path() + QLatin1String("/demo")));
    RegistryEndpoint e = endpointOf(server);
    e.attempts = 2;

    KillingRepository crashing(e, QStringLiteral("charts/demo"), server, 2); // after the config blob
    const HelmOci::PushResult failed = onWorker([&] { return HelmOci::push(crashing, package); });
    CHECK(failed.result == OciLayout::TagResult::Failed);
    CHECK_FALSE(failed.error.isEmpty());
    CHECK(failed.blobsWritten == 1);

    REQUIRE(server.restart());
    const QString repoRef = QStringLiteral("docker://%1/charts/demo").arg(server.address());
    // Not tagged after the crash: the registry has no tag list for the
    // repository (docker-registry answers 404 to skopeo, which then fails
    // saying so; any other failure is not this) and no manifest 1.2.3.
    const ProcessResult before = skopeo({QStringLiteral("list-tags"), QStringLiteral("--tls-verify=false"), repoRef});
    INFO("skopeo: " << before.err.toStdString());
    CHECK(before.exitCode != 0);
    CHECK(before.err.contains("registry 404 (Not Found)"));
    const ProcessResult manifest = skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                                           repoRef + QLatin1String(":1.2.3")});
    INFO("skopeo: " << manifest.err.toStdString());
    CHECK(manifest.exitCode != 0);
    CHECK(manifest.err.contains("manifest unknown"));

    HttpRepository repo(e, QStringLiteral("charts/demo"));
    const HelmOci::PushResult again = onWorker([&] { return HelmOci::push(repo, package); });
    REQUIRE(again.error == QString());
    CHECK(again.result == OciLayout::TagResult::Created);
    CHECK(again.blobsWritten == 2); // the layer and the manifest: the config survived
    const ProcessResult after = skopeo({QStringLiteral("list-tags"), QStringLiteral("--tls-verify=false"), repoRef});
    CHECK(QJsonDocument::fromJson(after.out).object().value(QLatin1String("Tags")).toArray() == QJsonArray{QStringLiteral("1.2.3")});
    const ProcessResult raw = skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                                      repoRef + QLatin1String(":1.2.3")});
    CHECK(OciLayout::digestOf(raw.out) == again.manifestDigest);
}

TEST_CASE("Wrong digests and missing blobs are errors and nothing is tagged", "[registry][badinput]")
{
    RegistryServer server;
    REQUIRE(server.isRunning());
    HttpRepository repo(endpointOf(server), QStringLiteral("charts/demo"));
    QString error;

    // Bytes that do not match the digest they are sent under: not sent.
    const QString digest = OciLayout::digestOf("the real content");
    CHECK_FALSE(onWorker([&] { return repo.putBlob("tampered content", digest, &error); }));
    CHECK(error == QStringLiteral("%1/charts/demo: blob does not match its digest %2; not sent").arg(server.address(), digest));
    CHECK(repo.requestCount() == 0);

    // A manifest naming blobs the registry does not have: the registry refuses it.
    const OciDescriptor config{HelmOci::kConfigMediaType, OciLayout::digestOf("{}"), 2};
    const OciDescriptor layer{HelmOci::kChartMediaType, OciLayout::digestOf("no such layer"), 13};
    ChartPackage package;
    package.name = QStringLiteral("demo");
    package.version = QStringLiteral("1.0.0");
    const QByteArray manifest = HelmOci::manifestFor(package, config, layer);
    CHECK_FALSE(onWorker([&] { return repo.putManifest(QStringLiteral("1.0.0"), manifest, HelmOci::kManifestMediaType, &error); }));
    INFO(error.toStdString());
    CHECK(error.startsWith(QStringLiteral("%1/charts/demo: PUT /v2/charts/demo/manifests/1.0.0: HTTP 400 MANIFEST_BLOB_UNKNOWN")
                               .arg(server.address())));
    const auto tags = onWorker([&] { return repo.tags(&error); });
    REQUIRE(tags);
    CHECK(tags->isEmpty());
}

TEST_CASE("Image labels say which commit an image was built from, as skopeo reads them", "[registry][skopeo][labels]")
{
    QTemporaryDir tmp;
    OciLayout layout(tmp.path() + QLatin1String("/layout"));
    const QMap<QString, QString> labels{{QStringLiteral("org.opencontainers.image.revision"), QStringLiteral("4ea3e4b0c1d2")},
                                        {QStringLiteral("org.opencontainers.image.version"), QStringLiteral("0.73.0")},
                                        {QStringLiteral("org.opencontainers.image.source"), QStringLiteral("https://github.com/example/oss")}};
    QString digest, error;
    REQUIRE(OciImage::writeImage(layout, QStringLiteral("sha-4ea3e4b"), {{QStringLiteral("app/VERSION"), "0.73.0\n"}}, labels,
                                 &digest, &error));

    // skopeo reads our layout as an image and sees the same labels.
    const ProcessResult inspected = skopeo({QStringLiteral("inspect"), QStringLiteral("oci:%1:sha-4ea3e4b").arg(layout.dir())});
    INFO(inspected.err.toStdString());
    REQUIRE(inspected.exitCode == 0);
    const QJsonObject skopeoLabels = QJsonDocument::fromJson(inspected.out).object().value(QLatin1String("Labels")).toObject();
    CHECK(skopeoLabels.value(QLatin1String("org.opencontainers.image.revision")).toString() == QLatin1String("4ea3e4b0c1d2"));

    // Copied into a registry by skopeo, read back over HTTP.
    RegistryServer server;
    REQUIRE(server.isRunning());
    REQUIRE(skopeo({QStringLiteral("copy"), QStringLiteral("--dest-tls-verify=false"),
                    QStringLiteral("oci:%1:sha-4ea3e4b").arg(layout.dir()),
                    QStringLiteral("docker://%1/openhands/runtime:sha-4ea3e4b").arg(server.address())})
                .exitCode == 0);
    HttpRepository repo(endpointOf(server), QStringLiteral("openhands/runtime"));
    const auto read = onWorker([&] { return OciImage::readLabels(repo, QStringLiteral("sha-4ea3e4b"), &error); });
    INFO(error.toStdString());
    REQUIRE(read);
    CHECK(read->revision == skopeoLabels.value(QLatin1String("org.opencontainers.image.revision")).toString());
    CHECK(read->version == skopeoLabels.value(QLatin1String("org.opencontainers.image.version")).toString());
    CHECK(read->source == skopeoLabels.value(QLatin1String("org.opencontainers.image.source")).toString());

    // Retag: the version tag for the image built as sha-4ea3e4b, same digest.
    const auto manifest = onWorker([&] { return repo.manifest(QStringLiteral("sha-4ea3e4b"), &error); });
    REQUIRE(manifest);
    REQUIRE(onWorker([&] { return repo.putManifest(QStringLiteral("0.73.0"), manifest->bytes, manifest->mediaType, &error); }));
    const ProcessResult retagged = skopeo({QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"),
                                           QStringLiteral("docker://%1/openhands/runtime:0.73.0").arg(server.address())});
    // (skopeo may rewrite the manifest on its way in: compare with what the registry holds.)
    CHECK(QJsonDocument::fromJson(retagged.out).object().value(QLatin1String("Digest")).toString() == manifest->digest);

    // An index with two platforms: the linux/amd64 image is the one read.
    QString other;
    REQUIRE(OciImage::writeImage(layout, QStringLiteral("arm"), {{QStringLiteral("app/VERSION"), "arm\n"}},
                                 {{QStringLiteral("org.opencontainers.image.revision"), QStringLiteral("ffff")}}, &other, &error));
    const QJsonObject index{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), OciImage::kIndexMediaType},
        {QStringLiteral("manifests"),
         QJsonArray{QJsonObject{{QStringLiteral("mediaType"), OciImage::kManifestMediaType}, {QStringLiteral("digest"), other},
                                {QStringLiteral("size"), layout.manifest(other, &error)->bytes.size()},
                                {QStringLiteral("platform"), QJsonObject{{QStringLiteral("os"), QStringLiteral("linux")},
                                                                         {QStringLiteral("architecture"), QStringLiteral("arm64")}}}},
                    QJsonObject{{QStringLiteral("mediaType"), OciImage::kManifestMediaType}, {QStringLiteral("digest"), digest},
                                {QStringLiteral("size"), layout.manifest(digest, &error)->bytes.size()},
                                {QStringLiteral("platform"), QJsonObject{{QStringLiteral("os"), QStringLiteral("linux")},
                                                                         {QStringLiteral("architecture"), QStringLiteral("amd64")}}}}}}};
    REQUIRE(layout.putManifest(QStringLiteral("multi"), QJsonDocument(index).toJson(QJsonDocument::Compact),
                               OciImage::kIndexMediaType, &error));
    const auto multi = OciImage::readLabels(layout, QStringLiteral("multi"), &error);
    REQUIRE(multi);
    CHECK(multi->revision == QLatin1String("4ea3e4b0c1d2"));
}

TEST_CASE("A workspace registry entry signs in with the login from its environment variables", "[registry]")
{
    RegistryServer server(QStringLiteral("robot"), QStringLiteral("env-pass"));
    REQUIRE(server.isRunning());
    RegistryConfig config;
    config.id = QStringLiteral("loopback");
    config.url = server.url();
    qputenv("RELEASEDECK_REGISTRY_LOOPBACK_USER", "robot");
    qputenv("RELEASEDECK_REGISTRY_LOOPBACK_PASSWORD", "env-pass");
    HttpRepository repo(RegistryEndpoint::fromConfig(config), QStringLiteral("charts/demo"));
    qunsetenv("RELEASEDECK_REGISTRY_LOOPBACK_USER");
    qunsetenv("RELEASEDECK_REGISTRY_LOOPBACK_PASSWORD");
    QString error;
    CHECK(onWorker([&] { return repo.ping(&error); }));
    INFO(error.toStdString());
    // Without them, the same entry is refused.
    HttpRepository anonymous(RegistryEndpoint::fromConfig(config), QStringLiteral("charts/demo"));
    CHECK_FALSE(onWorker([&] { return anonymous.ping(&error); }));
    CHECK(error.contains(QLatin1String("HTTP 401")));
}
