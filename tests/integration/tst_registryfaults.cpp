// Registry faults a client must survive, against docker-registry on
// loopback and the ghcr-like test server: refusals, cut-short blobs, and
// uploads in chunks, one of them dropped half-way.
#include "testsupport.h"

#include "fakeghcr.h"
#include "registry/httpregistry.h"
#include "registry/ociimage.h"
#include "registry/ocilayout.h"
#include "registryserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

ProcessResult skopeo(const QStringList &args)
{
    return run(QStringLiteral("skopeo"), args);
}

} // namespace

TEST_CASE("A registry that says 403 gives one line naming the refusal, without the password", "[registry][badinput]")
{
    FakeGhcr ghcr(3);
    QString error;
    HttpRepository repo(ghcr.endpoint(), QStringLiteral("forbidden"));
    CHECK_FALSE(onWorker([&] { return repo.tags(&error); }));
    CHECK(error == QStringLiteral("127.0.0.1:%1/forbidden: GET /v2/forbidden/tags/list: HTTP 403 DENIED: "
                                  "permission_denied: The token provided does not match expected scopes. "
                                  "(signed in, but not allowed)")
                       .arg(ghcr.port));
    const QByteArray blob("layer");
    CHECK_FALSE(onWorker([&] { return repo.putBlob(blob, OciLayout::digestOf(blob), &error); }));
    CHECK(error.startsWith(QStringLiteral("127.0.0.1:%1/forbidden: POST /v2/forbidden/blobs/uploads/: HTTP 403 DENIED")
                               .arg(ghcr.port)));
    CHECK_FALSE(error.contains(QLatin1String("s3cret")));
    CHECK_FALSE(error.contains(QLatin1Char('\n')));
}


TEST_CASE("A blob that arrives cut short is an error, not a label", "[registry][badinput]")
{
    FakeGhcr ghcr(3);
    HttpRepository repo(ghcr.endpoint(), QStringLiteral("truncated"));
    QString error;
    const auto labels = onWorker([&] { return OciImage::readLabels(repo, QStringLiteral("1.0.0"), &error); });
    CHECK_FALSE(labels);
    INFO(error.toStdString());
    CHECK(error.startsWith(QStringLiteral("127.0.0.1:%1/truncated: blob sha256:").arg(ghcr.port)));
    CHECK(error.contains(QLatin1String("arrived with other content")));
    CHECK_FALSE(error.contains(QLatin1Char('\n')));
}


TEST_CASE("A large blob goes up in chunks and skopeo reads the image back", "[registry][skopeo][chunked]")
{
    RegistryServer server;
    REQUIRE(server.isRunning());
    HttpRepository repo(endpointOf(server), QStringLiteral("big/image"));
    repo.setChunkSize(64 * 1024);
    // 300 KiB of noise: a layer of four chunks and a bit.
    QByteArray payload;
    quint32 x = 2463534242u;
    while (payload.size() < 300 * 1024) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5; // xorshift
        payload.append(char(x & 0xff));
    }
    QString digest;
    QString error;
    const bool written = onWorker([&] {
        return OciImage::writeImage(repo, QStringLiteral("1.0.0"), {{QStringLiteral("data.bin"), payload}},
                                    {{QStringLiteral("org.opencontainers.image.version"), QStringLiteral("1.0.0")}},
                                    &digest, &error);
    });
    INFO(error.toStdString());
    REQUIRE(written);
    // The registry's own log: the layer came in five PATCHes.
    CHECK(server.log().count(QRegularExpression(QStringLiteral("\"PATCH /v2/big/image/blobs/uploads/[^\"]*\" 202")))
          == 5);

    QTemporaryDir out;
    const ProcessResult copy = skopeo({QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"),
                                       QStringLiteral("docker://%1/big/image:1.0.0").arg(server.address()),
                                       QStringLiteral("dir:%1").arg(out.path())});
    INFO(copy.err.toStdString());
    REQUIRE(copy.exitCode == 0);
    // The layer skopeo fetched is the tar we sent, byte for byte: its
    // sha256 (by sha256sum) is its name in the manifest.
    const QJsonObject manifest = QJsonDocument::fromJson(
        skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                QStringLiteral("docker://%1/big/image:1.0.0").arg(server.address())}).out).object();
    const QString layer = manifest.value(QLatin1String("layers")).toArray().first().toObject().value(QLatin1String("digest")).toString();
    const qint64 size = manifest.value(QLatin1String("layers")).toArray().first().toObject().value(QLatin1String("size")).toInteger();
    CHECK(size > 4 * 64 * 1024);
    const ProcessResult sum = run(QStringLiteral("sha256sum"), {out.path() + QLatin1Char('/') + layer.mid(7)});
    CHECK(QString::fromLatin1(sum.out).section(QLatin1Char(' '), 0, 0) == layer.mid(7));
}


TEST_CASE("A chunk the connection dropped is resumed from where the registry says it stopped", "[registry][chunked][fault]")
{
    FakeGhcr ghcr(3);
    HttpRepository repo(ghcr.endpoint(), QStringLiteral("uploads"));
    repo.setChunkSize(1000);
    QByteArray blob;
    for (int i = 0; i < 10000; ++i)
        blob.append(char('a' + i % 26));
    const QString digest = OciLayout::digestOf(blob);
    QString error;
    // The server hashes what it holds and refuses a PUT whose bytes are not the digest's.
    CHECK(onWorker([&] { return repo.putBlob(blob, digest, &error); }));
    INFO(error.toStdString());
    const ProcessResult stats = run(QStringLiteral("python3"),
                                    {QStringLiteral("-c"),
                                     QStringLiteral("import urllib.request,sys;"
                                                    "sys.stdout.write(urllib.request.urlopen('http://127.0.0.1:%1/stats').read().decode())")
                                         .arg(ghcr.port)});
    const QJsonObject s = QJsonDocument::fromJson(stats.out).object();
    CHECK(s.value(QLatin1String("dropped")).toInt() == 1);
    CHECK(s.value(QLatin1String("out_of_order")).toInt() == 0);
    // Three chunks, the third cut at 2,500 bytes, then 2,500 … 9,999 in eight.
    CHECK(s.value(QLatin1String("patches")).toInt() == 11);
    CHECK(s.value(QLatin1String("blobs")).toArray() == QJsonArray{digest});

    // A blob that does not match its digest never leaves.
    CHECK_FALSE(onWorker([&] { return repo.putBlob(blob, OciLayout::digestOf("other"), &error); }));
    CHECK(error.contains(QLatin1String("does not match its digest")));
}
