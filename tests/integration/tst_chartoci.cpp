// Charts packaged and stored as OCI artifacts. GNU tar reads what we pack,
// skopeo reads what we store; neither shares code with ReleaseDeck.
#include "testsupport.h"

#include "registry/chartoci.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

QString makeChart(const QString &dir, const QString &version = QStringLiteral("1.2.3"))
{
    writeFile(dir + QLatin1String("/Chart.yaml"),
              QStringLiteral("apiVersion: v2\nname: demo\ndescription: A demo chart\nversion: %1\nappVersion: \"1.0\"\n")
                  .arg(version)
                  .toUtf8());
    writeFile(dir + QLatin1String("/values.yaml"), "image:\n  tag: 1.0\n");
    writeFile(dir + QLatin1String("/templates/deployment.yaml"), "kind: Deployment\n");
    writeFile(dir + QLatin1String("/templates/.hidden"), "left out by Helm's own default rule\n");
    writeFile(dir + QLatin1String("/charts/dep/Chart.yaml"), "apiVersion: v2\nname: dep\nversion: 0.1.0\n");
    writeFile(dir + QLatin1String("/notes.tmp"), "ignored by pattern\n");
    writeFile(dir + QLatin1String("/docs/readme.md"), "ignored folder\n");
    writeFile(dir + QLatin1String("/secret.txt"), "ignored from the root\n");
    writeFile(dir + QLatin1String("/sub/secret.txt"), "kept: the rule is anchored\n");
    writeFile(dir + QLatin1String("/.helmignore"), "# comments and blank lines\n\n*.tmp\ndocs/\n/secret.txt\n");
    return dir;
}

} // namespace

TEST_CASE("A chart packages reproducibly, laid out as helm package does", "[chartoci]")
{
    QTemporaryDir tmp;
    const QString chart = makeChart(tmp.path() + QLatin1String("/demo"));
    const ChartPackage first = ChartPackage::fromDirectory(chart);
    REQUIRE(first.error == QString());
    CHECK(first.name == QLatin1String("demo"));
    CHECK(first.fileName() == QLatin1String("demo-1.2.3.tgz"));

    // Touched files and a second later: the same bytes.
    QThread::msleep(1100);
    run(QStringLiteral("touch"), {chart + QLatin1String("/values.yaml"), chart + QLatin1String("/Chart.yaml")});
    const ChartPackage second = ChartPackage::fromDirectory(chart);
    CHECK(second.archive == first.archive);
    // No time in the gzip header (RFC 1952: MTIME is bytes 4 to 7).
    REQUIRE(first.archive.size() > 10);
    CHECK(first.archive.mid(4, 4) == QByteArray(4, '\0'));

    const QString tgz = tmp.path() + QLatin1String("/demo.tgz");
    writeFile(tgz, first.archive);
    const ProcessResult list = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), tgz});
    REQUIRE(list.exitCode == 0);
    const QStringList expected{"demo/.helmignore",   "demo/Chart.yaml",
                               "demo/charts/dep/Chart.yaml", "demo/sub/secret.txt",
                               "demo/templates/deployment.yaml", "demo/values.yaml"};
    CHECK(QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts) == expected);
    CHECK(first.files == expected);

    // Owners and times are fixed: GNU tar's numeric listing.
    const ProcessResult verbose =
        run(QStringLiteral("tar"), {QStringLiteral("--numeric-owner"), QStringLiteral("--full-time"), QStringLiteral("-tvzf"), tgz},
            {}, {{QStringLiteral("TZ"), QStringLiteral("UTC")}});
    for (const QString &line : QString::fromUtf8(verbose.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        CHECK(line.startsWith(QLatin1String("-rw-r--r-- 0/0")));
        CHECK(line.contains(QLatin1String("1970-01-01 00:00:00")));
    }

    // The content comes out as it went in.
    const QString out = tmp.path() + QLatin1String("/out");
    QDir().mkpath(out);
    REQUIRE(run(QStringLiteral("tar"), {QStringLiteral("-xzf"), tgz, QStringLiteral("-C"), out}).exitCode == 0);
    CHECK(run(QStringLiteral("cmp"), {chart + QLatin1String("/templates/deployment.yaml"),
                                      out + QLatin1String("/demo/templates/deployment.yaml")})
              .exitCode == 0);
}

TEST_CASE("Charts that cannot be packaged safely are refused with the file named", "[chartoci][badinput]")
{
    QTemporaryDir tmp;
    const QString chart = makeChart(tmp.path() + QLatin1String("/demo"));

    SECTION("a symbolic link")
    {
        REQUIRE(QFile::link(QStringLiteral("/etc/passwd"), chart + QLatin1String("/templates/passwd.yaml")));
        const ChartPackage p = ChartPackage::fromDirectory(chart);
        CHECK(p.error == chart + QLatin1String("/templates/passwd.yaml: a symbolic link; charts are packaged without links"));
        CHECK(p.archive.isEmpty());
    }
    SECTION("a name that leads out of the chart")
    {
        writeFile(chart + QLatin1String("/Chart.yaml"), "apiVersion: v2\nname: ../../evil\nversion: 1.0.0\n");
        CHECK(ChartPackage::fromDirectory(chart).error
              == chart + QLatin1String("/Chart.yaml: name '../../evil' is not a plain chart name"));
    }
    SECTION("no Chart.yaml")
    {
        QFile::remove(chart + QLatin1String("/Chart.yaml"));
        CHECK(ChartPackage::fromDirectory(chart).error.startsWith(chart + QLatin1String("/Chart.yaml: ")));
    }
    SECTION("a Chart.yaml that is not YAML")
    {
        writeFile(chart + QLatin1String("/Chart.yaml"), "name: demo\nversion: [1.0\n");
        CHECK(ChartPackage::fromDirectory(chart).error.startsWith(chart + QLatin1String("/Chart.yaml:3:1: ")));
    }
    SECTION("no version")
    {
        writeFile(chart + QLatin1String("/Chart.yaml"), "apiVersion: v2\nname: demo\n");
        CHECK(ChartPackage::fromDirectory(chart).error == chart + QLatin1String("/Chart.yaml: no 'version'"));
    }
}

TEST_CASE("A pushed chart reads back through skopeo, the same push is a no-op, another is refused",
          "[chartoci][skopeo]")
{
    QTemporaryDir tmp;
    const QString chart = makeChart(tmp.path() + QLatin1String("/demo"));
    const ChartPackage package = ChartPackage::fromDirectory(chart);
    REQUIRE(package.ok());
    OciLayout layout(tmp.path() + QLatin1String("/registry/charts/demo"));

    const HelmOci::PushResult pushed = HelmOci::push(layout, package);
    REQUIRE(pushed.error == QString());
    CHECK(pushed.result == OciLayout::TagResult::Created);
    CHECK(pushed.blobsWritten == 3);

    const QString ref = QStringLiteral("oci:%1:1.2.3").arg(layout.dir());
    const ProcessResult raw = run(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--raw"), ref});
    INFO(raw.err.toStdString());
    REQUIRE(raw.exitCode == 0);
    CHECK(OciLayout::digestOf(raw.out) == pushed.manifestDigest);
    const QJsonObject manifest = QJsonDocument::fromJson(raw.out).object();
    CHECK(manifest.value(QLatin1String("config")).toObject().value(QLatin1String("mediaType")).toString()
          == QLatin1String("application/vnd.cncf.helm.config.v1+json"));
    const QJsonObject layer = manifest.value(QLatin1String("layers")).toArray().at(0).toObject();
    CHECK(layer.value(QLatin1String("mediaType")).toString() == QLatin1String("application/vnd.cncf.helm.chart.content.v1.tar+gzip"));
    CHECK(layer.value(QLatin1String("digest")).toString() == OciLayout::digestOf(package.archive));

    // skopeo copies every blob out, checking each against its digest.
    const QString copied = tmp.path() + QLatin1String("/copied");
    const ProcessResult copy = run(QStringLiteral("skopeo"), {QStringLiteral("copy"), ref, QStringLiteral("dir:") + copied});
    INFO(copy.err.toStdString());
    REQUIRE(copy.exitCode == 0);
    QFile layerFile(copied + QLatin1Char('/') + layer.value(QLatin1String("digest")).toString().mid(7));
    REQUIRE(layerFile.open(QIODevice::ReadOnly));
    CHECK(layerFile.readAll() == package.archive);

    // The same chart again: nothing written.
    const HelmOci::PushResult again = HelmOci::push(layout, ChartPackage::fromDirectory(chart));
    CHECK(again.result == OciLayout::TagResult::Unchanged);
    CHECK(again.blobsWritten == 0);

    // Different content under the same version: refused, the tag keeps its manifest.
    QFile index(layout.dir() + QLatin1String("/index.json"));
    REQUIRE(index.open(QIODevice::ReadOnly));
    const QByteArray indexBefore = index.readAll();
    index.close();
    writeFile(chart + QLatin1String("/values.yaml"), "image:\n  tag: 2.0\n");
    const HelmOci::PushResult changed = HelmOci::push(layout, ChartPackage::fromDirectory(chart));
    CHECK(changed.result == OciLayout::TagResult::Conflict);
    CHECK(changed.error.startsWith(QLatin1String("chart demo 1.2.3 is already in ")));
    REQUIRE(index.open(QIODevice::ReadOnly));
    CHECK(index.readAll() == indexBefore);
    const ProcessResult still = run(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--raw"), ref});
    CHECK(OciLayout::digestOf(still.out) == pushed.manifestDigest);
}

TEST_CASE("A damaged layout is reported, not trusted", "[chartoci][badinput]")
{
    QTemporaryDir tmp;
    const ChartPackage package = ChartPackage::fromDirectory(makeChart(tmp.path() + QLatin1String("/demo")));
    OciLayout layout(tmp.path() + QLatin1String("/layout"));
    REQUIRE(HelmOci::push(layout, package).result == OciLayout::TagResult::Created);
    QString error;

    SECTION("a blob whose content does not match its digest")
    {
        const QString digest = OciLayout::digestOf(package.archive);
        writeFile(layout.dir() + QLatin1String("/blobs/sha256/") + digest.mid(7), "tampered");
        CHECK_FALSE(layout.readBlob(digest, &error));
        CHECK(error == layout.dir() + QLatin1String("/blobs/sha256/") + digest.mid(7)
                           + QLatin1String(": content does not match its digest"));
    }
    SECTION("an index.json that is not JSON")
    {
        writeFile(layout.dir() + QLatin1String("/index.json"), "{\"manifests\": [");
        CHECK_FALSE(layout.open(&error));
        CHECK(error.startsWith(layout.dir() + QLatin1String("/index.json: offset ")));
        CHECK(HelmOci::push(layout, package).result == OciLayout::TagResult::Failed);
    }
    SECTION("a folder that is another kind of layout")
    {
        writeFile(layout.dir() + QLatin1String("/oci-layout"), "{\"imageLayoutVersion\":\"9\"}");
        CHECK_FALSE(layout.open(&error));
        CHECK(error == layout.dir() + QLatin1String("/oci-layout: not an OCI image layout 1.0.0"));
    }
}
