// The streamed JSON must be what a JSON parser (Qt's, here) reads back.
#include "testsupport.h"

#include "workspace/snapshotjson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ReleaseDeck;

TEST_CASE("Streamed scan JSON escapes every string correctly", "[json]")
{
    const QString odd = QStringLiteral("tag \"quoted\" back\\slash\ttab\nline \u00fcber \U0001F680 \x01 end");
    WorkspaceSnapshot snap;
    snap.workspaceFile = QStringLiteral("/w/\u00e9/releasedeck.yaml");
    snap.name = odd;
    snap.scannedAt = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    snap.repos.append({QStringLiteral("oss"), QStringLiteral("/r"), QString(), 3, QStringLiteral("broken \"repo\"")});
    ReleaseTag release{QStringLiteral("oss"), odd, *Version::parse(QStringLiteral("0.73.0-fix1")), QStringLiteral("abc"),
                       QDateTime::fromSecsSinceEpoch(1767225600, Qt::OffsetFromUTC, 19800), true};
    snap.releases.append(release);
    ChartRelease chart;
    chart.repo = QStringLiteral("charts");
    chart.tag = odd;
    chart.problems = {odd, QStringLiteral("second")};
    snap.charts.append(chart);
    ImageRef ref;
    ref.value = odd;
    ref.line = 7;
    ref.status = ImageRef::Status::Ambiguous;
    snap.imageRefs.append(ref);
    snap.problems = {odd};

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(writeSnapshotJson(snap, &buffer));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(buffer.data(), &error).object();
    INFO(buffer.data().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);

    CHECK(root.value(QLatin1String("workspace")).toString() == snap.workspaceFile);
    CHECK(root.value(QLatin1String("name")).toString() == odd);
    CHECK(root.value(QLatin1String("scannedAt")).toString() == QLatin1String("2026-01-01T00:00:00Z"));
    const QJsonObject repo = root.value(QLatin1String("repos")).toArray().at(0).toObject();
    CHECK(repo.value(QLatin1String("head")).isNull());
    CHECK(repo.value(QLatin1String("error")).toString() == QLatin1String("broken \"repo\""));
    const QJsonObject r = root.value(QLatin1String("releases")).toArray().at(0).toObject();
    CHECK(r.value(QLatin1String("tag")).toString() == odd);
    CHECK(r.value(QLatin1String("kind")).toString() == QLatin1String("fix"));
    CHECK(r.value(QLatin1String("date")).toString() == QLatin1String("2026-01-01T05:30:00+05:30"));
    CHECK(r.value(QLatin1String("annotated")).toBool());
    const QJsonObject c = root.value(QLatin1String("charts")).toArray().at(0).toObject();
    CHECK(c.value(QLatin1String("path")).isNull());
    CHECK(c.value(QLatin1String("image")).isNull());
    CHECK(c.value(QLatin1String("tagVersion")).isNull());
    CHECK(c.value(QLatin1String("problems")).toArray().at(0).toString() == odd);
    const QJsonObject i = root.value(QLatin1String("imageRefs")).toArray().at(0).toObject();
    CHECK(i.value(QLatin1String("value")).toString() == odd);
    CHECK(i.value(QLatin1String("line")).toInt() == 7);
    CHECK(i.value(QLatin1String("status")).toString() == QLatin1String("ambiguous"));
    CHECK(i.value(QLatin1String("sha")).isNull());
    CHECK(root.value(QLatin1String("problems")).toArray().at(0).toString() == odd);
}
