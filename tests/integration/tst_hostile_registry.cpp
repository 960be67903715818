// The OCI registry side against a registry, a workspace file and a layout
// folder written by someone hostile: answers that trickle or never end, an
// upload or a redirect that leads the login to another host, registry urls
// that hold a password, repository names that leave the registry folder,
// and symbolic links inside an image layout.
#include "testsupport.h"

#include "fakeghcr.h"
#include "ops/plans.h"
#include "registry/httpregistry.h"
#include "registry/ociimage.h"
#include "registry/ocilayout.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

WorkspaceLoad loadText(const QByteArray &text)
{
    return WorkspaceLoader::loadFromText(QStringLiteral("/ws/releasedeck.yaml"), text);
}

// What the second listener of fake_ghcr.py (another host: another port)
// was sent, as "METHOD path authorization" lines.
QStringList elsewhere(const FakeGhcr &ghcr)
{
    QStringList out;
    for (const QJsonValue &v : ghcr.stats().value(QLatin1String("elsewhere")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append(QStringLiteral("%1 %2 %3").arg(o.value(QLatin1String("method")).toString(),
                                                  o.value(QLatin1String("path")).toString(),
                                                  o.value(QLatin1String("authorization")).toString())
                       .trimmed());
    }
    return out;
}

} // namespace

TEST_CASE("A registry that trickles its answer a byte at a time is stopped at the request's deadline", "[registry][hostile][timeout]")
{
    FakeGhcr ghcr(3);
    RegistryEndpoint e = ghcr.endpoint();
    e.timeoutMs = 10000; // a byte comes every half second: the transfer timeout never trips
    e.deadlineMs = 2000;
    HttpRepository repo(e, QStringLiteral("trickle"));
    QString error;
    CHECK_FALSE(onWorker([&] { return repo.manifest(QStringLiteral("1.0.0"), &error); }));
    CHECK(error == QStringLiteral("127.0.0.1:%1/trickle: GET /v2/trickle/manifests/1.0.0: no whole answer within 2 s; stopped")
                       .arg(ghcr.port));
    CHECK(repo.requestCount() == 3); // challenge, token, the one that trickles: not tried again
}

TEST_CASE("A registry that sends header lines without end is said to have sent them when stopped", "[registry][hostile][timeout]")
{
    FakeGhcr ghcr(3);
    RegistryEndpoint e = ghcr.endpoint();
    e.timeoutMs = 2000; // header lines come all the time, yet no byte of an answer counts for Qt
    e.deadlineMs = 60000;
    QString error;
    SECTION("header lines without end")
    {
        HttpRepository repo(e, QStringLiteral("headers"));
        CHECK_FALSE(onWorker([&] { return repo.manifest(QStringLiteral("1.0.0"), &error); }));
        CHECK(error == QStringLiteral("127.0.0.1:%1/headers: GET /v2/headers/manifests/1.0.0: no whole answer within 2 s; stopped")
                           .arg(ghcr.port));
        CHECK(repo.requestCount() == 3); // challenge, token, the endless one: not tried again
    }
    SECTION("nothing at all, on a connection that answered before")
    {
        HttpRepository repo(e, QStringLiteral("silent"));
        CHECK_FALSE(onWorker([&] { return repo.tags(&error).has_value(); }));
        CHECK(error == QStringLiteral("127.0.0.1:%1/silent: GET /v2/silent/tags/list: no answer within 2 s").arg(ghcr.port));
    }
}

TEST_CASE("A manifest or tag list that never ends is cut off at the response bound", "[registry][hostile][memory]")
{
    FakeGhcr ghcr(3);
    HttpRepository repo(ghcr.endpoint(), QStringLiteral("huge"));
    repo.setMaxResponseBytes(1024 * 1024);
    QString error;
    resetPeakMemory();
    const qint64 before = peakMemoryKiB();
    CHECK_FALSE(onWorker([&] { return repo.manifest(QStringLiteral("1.0.0"), &error); }));
    CHECK(error == QStringLiteral("127.0.0.1:%1/huge: GET /v2/huge/manifests/1.0.0: the answer is larger than 1 MiB; stopped")
                       .arg(ghcr.port));
    CHECK_FALSE(onWorker([&] { return repo.tags(&error); }));
    CHECK(error == QStringLiteral("127.0.0.1:%1/huge: GET /v2/huge/tags/list: the answer is larger than 1 MiB; stopped")
                       .arg(ghcr.port));
    // The server sends 64 MiB each time; what is held stays near the bound.
    CHECK((!kPeakMemoryMeasures || peakMemoryKiB() - before < 32 * 1024));
}

TEST_CASE("A tag list of endless 2 MB pages stops at the bound on the whole listing", "[registry][hostile][memory]")
{
    FakeGhcr ghcr(3);
    HttpRepository repo(ghcr.endpoint(), QStringLiteral("pages"));
    repo.setMaxTagListBytes(8 * 1024 * 1024);
    repo.setMaxPages(40); // not the bound under test: it stops a client without one at 80 MB
    QString error;
    resetPeakMemory();
    const qint64 before = peakMemoryKiB();
    CHECK_FALSE(onWorker([&] { return repo.tags(&error); }));
    CHECK(error == QStringLiteral("127.0.0.1:%1/pages: GET /v2/pages/tags/list: the tag list is larger than 8 MiB in all; stopped")
                       .arg(ghcr.port));
    CHECK(repo.requestCount() <= 2 + 5); // challenge, token, four pages and the one that passes the bound
    CHECK((!kPeakMemoryMeasures || peakMemoryKiB() - before < 48 * 1024));
}

TEST_CASE("A config blob longer than its descriptor says is cut off at the descriptor's size", "[registry][hostile][memory]")
{
    FakeGhcr ghcr(3);
    HttpRepository repo(ghcr.endpoint(), QStringLiteral("padded"));
    QString error;
    resetPeakMemory();
    const qint64 before = peakMemoryKiB();
    CHECK_FALSE(onWorker([&] { return OciImage::readLabels(repo, QStringLiteral("1.0.0"), &error); }));
    INFO(error.toStdString());
    CHECK(error.startsWith(QStringLiteral("127.0.0.1:%1/padded: blob sha256:").arg(ghcr.port)));
    CHECK(error.contains(QRegularExpression(QStringLiteral(" is larger than the \\d+ bytes its descriptor gives; stopped$"))));
    CHECK((!kPeakMemoryMeasures || peakMemoryKiB() - before < 24 * 1024)); // the server sends 32 MiB
}

TEST_CASE("A blob upload session on another host gets the bytes but never the login", "[registry][hostile][secrets]")
{
    FakeGhcr ghcr(3);
    HttpRepository repo(ghcr.endpoint(), QStringLiteral("upload-elsewhere"));
    QByteArray blob;
    for (int i = 0; i < 3000; ++i)
        blob.append(char('a' + i % 26));
    QString error;
    SECTION("in one PUT")
    {
        repo.setChunkSize(0);
        CHECK(onWorker([&] { return repo.putBlob(blob, OciLayout::digestOf(blob), &error); }));
        INFO(error.toStdString());
        const QStringList seen = elsewhere(ghcr);
        REQUIRE(seen.size() == 1);
        CHECK(seen.first() == QLatin1String("PUT ") + seen.first().section(QLatin1Char(' '), 1, 1));
    }
    SECTION("in PATCH chunks")
    {
        repo.setChunkSize(1000);
        CHECK(onWorker([&] { return repo.putBlob(blob, OciLayout::digestOf(blob), &error); }));
        INFO(error.toStdString());
        const QStringList seen = elsewhere(ghcr);
        REQUIRE(seen.size() == 4); // three chunks and the closing PUT
        for (const QString &request : seen)
            CHECK(request.count(QLatin1Char(' ')) == 1); // method and path: no Authorization
    }
}

TEST_CASE("A blob upload session at plain HTTP off loopback is refused before anything is sent there", "[registry][hostile][secrets]")
{
    FakeGhcr ghcr(3);
    RegistryEndpoint e = ghcr.endpoint();
    e.timeoutMs = 2000;
    HttpRepository repo(e, QStringLiteral("upload-plain"));
    const QByteArray blob("layer");
    QString error;
    CHECK_FALSE(onWorker([&] { return repo.putBlob(blob, OciLayout::digestOf(blob), &error); }));
    CHECK(error == QStringLiteral("127.0.0.1:%1/upload-plain: POST /v2/upload-plain/blobs/uploads/: the registry sends the "
                                  "upload to http://192.0.2.1, plain HTTP to a host that is not loopback; not followed")
                       .arg(ghcr.port));
    CHECK(repo.requestCount() == 3); // challenge, token, POST
}

TEST_CASE("A blob redirected to another host is fetched there without the login", "[registry][hostile][secrets]")
{
    FakeGhcr ghcr(3);
    HttpRepository repo(ghcr.endpoint(), QStringLiteral("redirected"));
    const QByteArray content("redirected blob\n");
    QString error;
    const auto blob = onWorker([&] { return repo.blob(OciLayout::digestOf(content), &error); });
    INFO(error.toStdString());
    REQUIRE(blob);
    CHECK(*blob == content);
    CHECK(elsewhere(ghcr) == QStringList{QStringLiteral("GET /blob/") + OciLayout::digestOf(content)});
}

TEST_CASE("A blob redirected to plain HTTP off loopback is refused", "[registry][hostile][secrets]")
{
    FakeGhcr ghcr(3);
    RegistryEndpoint e = ghcr.endpoint();
    e.timeoutMs = 2000;
    HttpRepository repo(e, QStringLiteral("redirected-plain"));
    const QString digest = OciLayout::digestOf("anything");
    QString error;
    CHECK_FALSE(onWorker([&] { return repo.blob(digest, &error); }));
    CHECK(error == QStringLiteral("127.0.0.1:%1/redirected-plain: GET /v2/redirected-plain/blobs/%2: the registry sends "
                                  "the download to http://192.0.2.1, plain HTTP to a host that is not loopback; not followed")
                       .arg(ghcr.port)
                       .arg(digest));
    CHECK(repo.requestCount() == 3); // challenge, token, the redirect
}

TEST_CASE("A registry url that is no url never repeats a password nor ends in an empty quote", "[workspace][hostile][secrets]")
{
    const WorkspaceLoad load = loadText(R"(repos:
  - id: oss
    path: ../oss
registries:
  - id: noscheme
    url: robot:Pa55w0rd@registry.example
  - id: nohost
    url: "https://robot:Pa55w0rd@"
  - id: slash
    url: "https://robot:Pa/55w0rd@registry.example"
  - id: empty
    url: ""
  - id: bare
    url: "http://"
  - id: space
    url: "https://exa mple.com"
  - id: hostonly
    url: registry.example:5000
)");
    const QStringList p = problemTexts(load);
    INFO(p.join(QLatin1Char('\n')).toStdString());
    CHECK(p.size() == 7);
    for (const QString &line : p) {
        CHECK_FALSE(line.contains(QLatin1String("Pa55w0rd")));
        CHECK_FALSE(line.contains(QLatin1String("Pa/55w0rd")));
        CHECK_FALSE(line.contains(QLatin1String("55w0rd")));
        CHECK_FALSE(line.endsWith(QLatin1String("''")));
        CHECK_FALSE(line.contains(QLatin1Char('\n')));
    }
    const QString login = QStringLiteral("holds a login; put it in the keychain or in RELEASEDECK_REGISTRY_%1_USER and "
                                         "RELEASEDECK_REGISTRY_%1_PASSWORD, and write the url as https://host");
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:6:10: registry 'noscheme': url ") + login.arg(QStringLiteral("NOSCHEME"))));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:8:10: registry 'nohost': url ") + login.arg(QStringLiteral("NOHOST"))));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:10:10: registry 'slash': url ") + login.arg(QStringLiteral("SLASH"))));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:12:10: registry 'empty': url is empty; write https://host or http://host")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:14:10: registry 'bare': url 'http://' names no host; write https://host or http://host")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:16:10: registry 'space': url 'https://exa mple.com' has a host name "
                                    "with characters a host name cannot hold")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:18:10: registry 'hostonly': url 'registry.example:5000' has no scheme; "
                                    "write https://registry.example:5000 (or http:// for a registry on loopback)")));
}

TEST_CASE("An oci repository name that could leave the registry folder is refused at load", "[workspace][hostile][paths]")
{
    const QStringList bad{QStringLiteral("ghcr.io//abs"),     QStringLiteral("ghcr.io/../x"),    QStringLiteral("ghcr.io/a/./b"),
                          QStringLiteral("ghcr.io/a\\\\b"),   QStringLiteral("ghcr.io/Org/chart"), QStringLiteral("ghcr.io/a/b/"),
                          QStringLiteral("ghcr.io/a//b"),     QStringLiteral("ghcr.io/a_-b"),    QStringLiteral("../x/y"),
                          QStringLiteral("ghcr.io/.hidden/x"), QStringLiteral("-ghcr.io/x"),      QStringLiteral("ghcr.io/a\\tb"),
                          QStringLiteral("ghcr.io/") + QString(250, QLatin1Char('a'))};
    const QStringList good{QStringLiteral("ghcr.io/org/chart"), QStringLiteral("localhost:5000/a__b/c-d.e"),
                           QStringLiteral("oci://ghcr.io/a--b/c_d"), QStringLiteral("127.0.0.1:5000/charts/x")};
    QByteArray text = "repos:\n  - id: charts\n    path: ../charts\ncomponents:\n";
    int n = 0;
    for (const QString &oci : bad + good)
        text += QStringLiteral("  - id: c%1\n    kind: chart\n    repo: charts\n    chart: c%1\n    oci: \"%2\"\n").arg(n++).arg(oci).toUtf8();
    const WorkspaceLoad load = loadText(text);
    const QStringList p = problemTexts(load);
    INFO(p.join(QLatin1Char('\n')).toStdString());
    CHECK(p.size() == bad.size());
    for (int i = 0; i < bad.size(); ++i) {
        // Component i's oci is on line 4 + 5 i + 5, its value at column 10.
        const QString where = QStringLiteral("/ws/releasedeck.yaml:%1:10: component 'c%2': oci ").arg(9 + 5 * i).arg(i);
        CHECK(std::any_of(p.begin(), p.end(), [&](const QString &line) { return line.startsWith(where); }));
    }
    CHECK(load.workspace.components.size() == good.size());
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:9:10: component 'c0': oci 'ghcr.io//abs': the repository path "
                                    "'/abs' has an empty part; a repository path is lower-case letters and digits in parts "
                                    "split by '/', each joined inside only by '.', '_', '__' or dashes")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:14:10: component 'c1': oci 'ghcr.io/../x': the repository path "
                                    "'../x' has a '.' or '..' part; a repository path is lower-case letters and digits in parts "
                                    "split by '/', each joined inside only by '.', '_', '__' or dashes")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:29:10: component 'c4': oci 'ghcr.io/Org/chart': the repository path "
                                    "'Org/chart' has upper-case letters; a repository path is lower-case letters and digits in parts "
                                    "split by '/', each joined inside only by '.', '_', '__' or dashes")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:49:10: component 'c8': oci '../x/y': '..' is not a registry host "
                                    "such as ghcr.io or localhost:5000")));

    // An image component's image names a folder of a layout registry too.
    QByteArray images = "repos:\n  - id: oss\n    path: ../oss\ncomponents:\n";
    n = 0;
    for (const QString &image : bad + QStringList{QStringLiteral("ghcr.io/org/app"), QStringLiteral("library/nginx")})
        images += QStringLiteral("  - id: i%1\n    repo: oss\n    image: \"%2\"\n").arg(n++).arg(image).toUtf8();
    const WorkspaceLoad imageLoad = loadText(images);
    const QStringList q = problemTexts(imageLoad);
    INFO(q.join(QLatin1Char('\n')).toStdString());
    CHECK(q.size() == bad.size());
    CHECK(imageLoad.workspace.components.size() == 2);
    CHECK(q.contains(QStringLiteral("/ws/releasedeck.yaml:7:12: component 'i0': image 'ghcr.io//abs': the repository path "
                                    "'/abs' has an empty part; a repository path is lower-case letters and digits in parts "
                                    "split by '/', each joined inside only by '.', '_', '__' or dashes")));
}

TEST_CASE("A symbolic link inside an OCI image layout is not followed on write", "[registry][hostile][paths]")
{
    QTemporaryDir tmp;
    const QString outside = tmp.filePath(QStringLiteral("outside"));
    REQUIRE(QDir().mkpath(outside));
    const QString dir = tmp.filePath(QStringLiteral("layout"));
    const QByteArray bytes("a layer\n");
    const QString digest = OciLayout::digestOf(bytes);
    QString error;

    SECTION("the blobs/sha256 folder")
    {
        REQUIRE(QDir().mkpath(dir + QLatin1String("/blobs")));
        REQUIRE(QFile::link(outside, dir + QLatin1String("/blobs/sha256")));
        OciLayout layout(dir);
        CHECK_FALSE(layout.putBlob(bytes, digest, &error));
        CHECK(error == dir + QLatin1String("/blobs/sha256: a symbolic link inside the image layout; not written through"));
    }
    SECTION("the blobs folder")
    {
        REQUIRE(QDir().mkpath(dir));
        REQUIRE(QFile::link(outside, dir + QLatin1String("/blobs")));
        OciLayout layout(dir);
        CHECK_FALSE(layout.putBlob(bytes, digest, &error));
        CHECK(error == dir + QLatin1String("/blobs: a symbolic link inside the image layout; not written through"));
    }
    SECTION("a blob file")
    {
        OciLayout layout(dir);
        REQUIRE(layout.open(&error));
        writeFile(outside + QLatin1String("/victim"), "keep me\n");
        const QString blob = dir + QLatin1String("/blobs/sha256/") + digest.mid(7);
        REQUIRE(QFile::link(outside + QLatin1String("/victim"), blob));
        CHECK_FALSE(layout.putBlob(bytes, digest, &error));
        CHECK(error == blob + QLatin1String(": a symbolic link inside the image layout; not written through"));
        QFile victim(outside + QLatin1String("/victim"));
        REQUIRE(victim.open(QIODevice::ReadOnly));
        CHECK(victim.readAll() == "keep me\n");
    }
    SECTION("index.json")
    {
        OciLayout layout(dir);
        REQUIRE(layout.open(&error));
        const QString index = dir + QLatin1String("/index.json");
        REQUIRE(QFile::rename(index, outside + QLatin1String("/index.json")));
        REQUIRE(QFile::link(outside + QLatin1String("/index.json"), index));
        const QByteArray manifest("{\"schemaVersion\":2}");
        CHECK_FALSE(layout.putManifest(QStringLiteral("1.0.0"), manifest, QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
                                       &error));
        CHECK(error == index + QLatin1String(": a symbolic link inside the image layout; not written through"));
        QFile target(outside + QLatin1String("/index.json"));
        REQUIRE(target.open(QIODevice::ReadOnly));
        CHECK_FALSE(target.readAll().contains("1.0.0"));
    }
    // Nothing was written outside the layout.
    QStringList written = QDir(outside).entryList(QDir::Files | QDir::NoDotAndDotDot);
    written.removeAll(QStringLiteral("victim"));
    written.removeAll(QStringLiteral("index.json"));
    CHECK(written.isEmpty());
    CHECK(QDir(outside + QLatin1String("/sha256")).isEmpty());
}

TEST_CASE("A symbolic link between a layout registry's folder and a repository's layout is not followed on write",
          "[registry][hostile][paths]")
{
    QTemporaryDir tmp;
    const QString outside = tmp.filePath(QStringLiteral("outside"));
    REQUIRE(QDir().mkpath(outside));
    const QString real = tmp.filePath(QStringLiteral("registry"));
    REQUIRE(QDir().mkpath(real));
    // The registry's own folder may be a link (a registry on another disk).
    const QString root = tmp.filePath(QStringLiteral("linked-registry"));
    REQUIRE(QFile::link(real, root));
    Workspace ws;
    RegistryConfig config;
    config.id = QStringLiteral("ghcr");
    config.layout = root;
    config.host = QStringLiteral("ghcr.io");
    ws.registries.append(config);
    const QByteArray bytes("a layer\n");
    const QString digest = OciLayout::digestOf(bytes);
    QString error;
    RegistryOpener opener(ws);
    RegistryRepository *repo = opener.open(QStringLiteral("ghcr.io/openhands/charts/openhands"), &error);
    REQUIRE(repo);

    SECTION("a folder above the layout")
    {
        REQUIRE(QDir().mkpath(root + QLatin1String("/openhands")));
        REQUIRE(QFile::link(outside, root + QLatin1String("/openhands/charts")));
        CHECK_FALSE(repo->putBlob(bytes, digest, &error));
        CHECK(error == root + QLatin1String("/openhands/charts: a symbolic link inside the registry folder; not written through"));
        CHECK_FALSE(repo->putManifest(QStringLiteral("1.0.0"), "{\"schemaVersion\":2}",
                                      QStringLiteral("application/vnd.oci.image.manifest.v1+json"), &error));
        CHECK(error == root + QLatin1String("/openhands/charts: a symbolic link inside the registry folder; not written through"));
    }
    SECTION("the layout folder itself")
    {
        REQUIRE(QDir().mkpath(root + QLatin1String("/openhands/charts")));
        REQUIRE(QFile::link(outside, root + QLatin1String("/openhands/charts/openhands")));
        CHECK_FALSE(repo->putBlob(bytes, digest, &error));
        CHECK(error
              == root + QLatin1String("/openhands/charts/openhands: a symbolic link inside the registry folder; not written through"));
    }
    SECTION("no link below the registry's folder")
    {
        CHECK(repo->putBlob(bytes, digest, &error));
        INFO(error.toStdString());
        CHECK(QFileInfo(real + QLatin1String("/openhands/charts/openhands/blobs/sha256/") + digest.mid(7)).isFile());
    }
    // Nothing was written outside the registry.
    CHECK(QDir(outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}
