// What the workspace's policy changes in the operations (self-approval, a
// stagger other than a week), and version tags that are never moved:
// results read back with the git CLI, PyYAML and skopeo.
#include "opsdemo.h"

#include <QRegularExpression>

using namespace OpsTest;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void setPolicy(const OpsDemo &d, const QByteArray &lines)
{
    QByteArray ws = readAll(d.file);
    REQUIRE(ws.contains("policy:\n  staggerDays: 7\n"));
    ws.replace("policy:\n  staggerDays: 7\n", "policy:\n" + lines);
    writeFile(d.file, ws);
}

QString skopeoCopy(const OpsDemo &d, const QString &repository, const QString &from, const QString &to)
{
    const ProcessResult r = run(QStringLiteral("skopeo"), {QStringLiteral("copy"), QStringLiteral("-q"),
                                                           QStringLiteral("oci:%1/%2:%3").arg(d.registry, repository, from),
                                                           QStringLiteral("oci:%1/%2:%3").arg(d.registry, repository, to)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return d.digest(repository, to);
}

} // namespace

TEST_CASE("With policy.selfApproval the one who staged a release may approve it, and the audit says so", "[operations][policy]")
{
    OpsDemo d;
    const QDateTime due = d.due(QStringLiteral("0.75.0"));
    // Riley staged 0.75.0 in the demo: by default another release manager approves.
    CHECK(d.perform(d.riley, Kind::Approve, QStringLiteral("0.75.0"), due.addDays(-1), QStringLiteral("mine"))
          == QLatin1String("Riley Release <riley@example.com> staged 0.75.0: another release manager approves it "
                           "(policy.selfApproval allows it)"));
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("staged"));

    setPolicy(d, "  staggerDays: 7\n  selfApproval: true\n");
    CHECK(d.perform(d.riley, Kind::Approve, QStringLiteral("0.75.0"), due.addDays(-1), QStringLiteral("one-person team")) == QString());
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
    const QJsonArray audit = d.entry(QStringLiteral("0.75.0"))[QStringLiteral("audit")].toArray();
    const QJsonObject last = audit.last().toObject();
    CHECK(last[QStringLiteral("action")].toString() == QLatin1String("approve"));
    CHECK(last[QStringLiteral("by")].toString() == QLatin1String("Riley Release <riley@example.com>"));
    CHECK(last[QStringLiteral("note")].toString() == QLatin1String("one-person team"));
}

TEST_CASE("A stagger of three days: the staged release is due three days after SaaS shipped it", "[operations][policy]")
{
    OpsDemo d;
    setPolicy(d, "  staggerDays: 3\n");
    const QDateTime monday = d.due(QStringLiteral("0.75.0")); // set when 0.75.0 was staged, under the old policy
    const QString main = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), monday.addDays(-1), QStringLiteral("ok")) == QString());
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.76.0"), monday, QStringLiteral("weekly"), main) == QString());
    REQUIRE(d.perform(d.riley, Kind::Publish, QString(), monday.addSecs(3600)) == QString());
    REQUIRE(d.perform(d.riley, Kind::Stage, QStringLiteral("0.76.0"), monday.addSecs(7200), QStringLiteral("weekly")) == QString());
    const QDateTime saas = QDateTime::fromString(d.entry(QStringLiteral("0.76.0"))[QStringLiteral("saasDate")].toString(), Qt::ISODate);
    CHECK(saas == monday);
    CHECK(d.due(QStringLiteral("0.76.0")) == monday.addDays(3));

    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.76.0"), monday.addDays(1), QStringLiteral("validated")) == QString());
    // Two days in, publishing is early; three days in, it is due.
    OperationRequest publish;
    publish.kind = Kind::Publish;
    QString error;
    CHECK_FALSE(d.prepare(d.riley, publish, monday.addDays(2), &error));
    CHECK(error.startsWith(QLatin1String("0.76.0 is due ")));
    CHECK(d.perform(d.riley, Kind::Publish, QString(), monday.addDays(3).addSecs(60)) == QString());
    CHECK(d.state(QStringLiteral("0.76.0")) == QLatin1String("published"));
}

TEST_CASE("release never moves an image version tag that names another image, planned or found while it runs", "[operations][release]")
{
    OpsDemo d;
    const QDateTime monday = d.due(QStringLiteral("0.75.0"));
    const QString commit = d.ossCommit(QStringLiteral("the 0.76.0 change"));
    const QString image = QStringLiteral("openhands/openhands");
    const QString built = d.digest(image, QStringLiteral("sha-") + commit.left(7));
    REQUIRE_FALSE(built.isEmpty());

    SECTION("there when planned")
    {
        // Someone tagged 0.75.0's image as 0.76.0 by hand.
        const QString theirs = skopeoCopy(d, image, QStringLiteral("0.75.0"), QStringLiteral("0.76.0"));
        REQUIRE(theirs != built);
        OperationRequest r;
        r.kind = Kind::Release;
        r.version = *Version::parse(QStringLiteral("0.76.0"));
        r.commit = commit;
        QString error;
        CHECK_FALSE(d.prepare(d.riley, r, monday, &error));
        CHECK(error == QStringLiteral("ghcr.io/openhands/openhands:0.76.0 exists for another image (%1): a version tag is never moved")
                           .arg(theirs.left(19)));
        CHECK(d.digest(image, QStringLiteral("0.76.0")) == theirs);
        CHECK(git(d.oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}).isEmpty());
    }

    SECTION("appearing between the plan and its run")
    {
        OperationRequest r;
        r.kind = Kind::Release;
        r.version = *Version::parse(QStringLiteral("0.76.0"));
        r.commit = commit;
        QString error;
        auto op = d.prepare(d.riley, r, monday, &error);
        REQUIRE(op);
        const QString theirs = skopeoCopy(d, image, QStringLiteral("0.75.0"), QStringLiteral("0.76.0"));
        const PlanResult result = op->run(nullptr);
        CHECK_FALSE(result.completed);
        CHECK(result.failedStep == QLatin1String("image-openhands"));
        CHECK(result.error == QStringLiteral("ghcr.io/openhands/openhands:0.76.0 exists for another image (%1): a version tag is never moved")
                                  .arg(theirs.left(19)));
        CHECK(d.digest(image, QStringLiteral("0.76.0")) == theirs);
    }
}

TEST_CASE("A re-stage late in the week is due policy.minSoakDays after the new version's SaaS date, not in its old slot", "[operations][policy]")
{
    OpsDemo d;
    setPolicy(d, "  staggerDays: 7\n  minSoakDays: 3\n");
    const QDateTime monday = d.due(QStringLiteral("0.75.0"));
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), monday.addDays(-1), QStringLiteral("ok")) == QString());
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.76.0"), monday, {}, QStringLiteral("main")) == QString());
    REQUIRE(d.perform(d.riley, Kind::Publish, QString(), monday) == QString());
    REQUIRE(d.perform(d.riley, Kind::Stage, QStringLiteral("0.76.0"), monday) == QString());
    // Saturday: the patch ships to SaaS; three days of it end after Monday's slot.
    const QString patch = d.ossCommit(QStringLiteral("Late fix"));
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.76.1"), monday.addDays(5), {}, patch) == QString());
    const QDateTime saas = QDateTime::fromString(d.entry(QStringLiteral("0.76.1"))[QStringLiteral("saasDate")].toString(), Qt::ISODate);
    REQUIRE(saas == monday.addDays(5));
    OperationRequest restage;
    restage.kind = Kind::Restage;
    restage.version = *Version::parse(QStringLiteral("0.76.1"));
    QString error;
    auto op = d.prepare(d.riley, restage, monday.addDays(5), &error);
    INFO(error.toStdString());
    REQUIRE(op);
    const QStringList due = op->plan().warnings.filter(QStringLiteral("due "));
    REQUIRE(due.size() == 1);
    CHECK(due.first().startsWith(QStringLiteral("due %1: 0.76.0's slot (").arg(saas.addDays(3).toString(Qt::ISODate))));
    CHECK(due.first().endsWith(QLatin1String("is sooner than 0.76.1's SaaS date plus 3 days (policy.minSoakDays)")));
    REQUIRE(op->run(nullptr).completed);
    CHECK(d.due(QStringLiteral("0.76.1")) == saas.addDays(3));
}

TEST_CASE("A release with no SaaS date is not due: publishing it needs a reason, which the audit keeps", "[operations][policy]")
{
    OpsDemo d;
    const QDateTime monday = d.due(QStringLiteral("0.75.0"));
    // Someone recorded 0.75.0 without a SaaS date (and so without a due date).
    const QString work = d.tmp.path() + QLatin1String("/charts-edit");
    git(d.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), d.charts, work});
    QByteArray manifest = readAll(work + QLatin1String("/releases.yaml"));
    const qsizetype at = manifest.indexOf("  - version: 0.75.0\n");
    REQUIRE(at >= 0);
    QByteArray entry = manifest.mid(at);
    entry.replace(QRegularExpression(QStringLiteral("saasDate: \"[^\"]*\"")).match(QString::fromUtf8(entry)).captured().toUtf8(),
                  "saasDate: \"\"");
    entry.replace(QRegularExpression(QStringLiteral("due: \"[^\"]*\"")).match(QString::fromUtf8(entry)).captured().toUtf8(), "due: \"\"");
    writeFile(work + QLatin1String("/releases.yaml"), manifest.left(at) + entry);
    git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Dev"), QStringLiteral("-c"), QStringLiteral("user.email=dev@example.com"),
               QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("0.75.0 has no SaaS date yet")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    REQUIRE(d.entry(QStringLiteral("0.75.0"))[QStringLiteral("saasDate")].toString().isEmpty());
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), monday, QStringLiteral("ok")) == QString());

    // A week after, it is still not due: without a reason it is refused.
    OperationRequest publish;
    publish.kind = Kind::Publish;
    QString error;
    CHECK_FALSE(d.prepare(d.riley, publish, monday.addDays(7), &error));
    CHECK(error == QLatin1String("0.75.0 has no due date, SaaS has not shipped it: publishing it needs a reason (--early REASON)"));
    publish.early = QStringLiteral("SaaS runs it; the date was not recorded");
    auto op = d.prepare(d.riley, publish, monday.addDays(7), &error);
    INFO(error.toStdString());
    REQUIRE(op);
    REQUIRE(op->run(nullptr).completed);
    const QJsonObject last = d.entry(QStringLiteral("0.75.0"))[QStringLiteral("audit")].toArray().last().toObject();
    CHECK(last[QStringLiteral("action")].toString() == QLatin1String("publish"));
    CHECK(last[QStringLiteral("note")].toString() == QLatin1String("early (no SaaS date): SaaS runs it; the date was not recorded"));
}

TEST_CASE("A due date moved back by hand does not skip the stagger: publish goes by SaaS plus policy.minSoakDays", "[operations][policy]")
{
    OpsDemo d;
    const QDateTime saas = QDateTime::fromString(d.entry(QStringLiteral("0.75.0"))[QStringLiteral("saasDate")].toString(), Qt::ISODate);
    REQUIRE(saas.isValid());
    const QString work = d.tmp.path() + QLatin1String("/charts-edit");
    git(d.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), d.charts, work});
    QByteArray manifest = readAll(work + QLatin1String("/releases.yaml"));
    const QByteArray due = "due: \"" + d.entry(QStringLiteral("0.75.0"))[QStringLiteral("enterprise")].toObject()[QStringLiteral("due")].toString().toUtf8() + "\"";
    REQUIRE(manifest.count(due) == 1);
    manifest.replace(due, "due: \"1970-01-01T00:00:00Z\"");
    writeFile(work + QLatin1String("/releases.yaml"), manifest);
    git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Dev"), QStringLiteral("-c"), QStringLiteral("user.email=dev@example.com"),
               QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("0.75.0 is due at once")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), saas.addDays(1), QStringLiteral("ok")) == QString());

    OperationRequest publish;
    publish.kind = Kind::Publish;
    QString error;
    CHECK_FALSE(d.prepare(d.riley, publish, saas.addDays(1), &error));
    CHECK(error == QStringLiteral("0.75.0 is due %1: publishing it early needs a reason (--early REASON)")
                       .arg(saas.addDays(2).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    // And the scan names the forged date as a break of the process.
    const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan"), QStringLiteral("--json")});
    REQUIRE(scan.exitCode == 0);
    const QJsonArray rules = QJsonDocument::fromJson(scan.out).object()[QStringLiteral("ruleViolations")].toArray();
    QStringList texts;
    for (const QJsonValue &r : rules)
        texts.append(r.toObject()[QStringLiteral("text")].toString());
    INFO(texts.join(QLatin1Char('\n')).toStdString());
    CHECK(texts.filter(QLatin1String("0.75.0 is due 1970-01-01 00:00 UTC, before SaaS has run it long enough")).size() == 1);
}
