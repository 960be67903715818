// The release train end to end: the weekly flow, a SaaS patch and a second
// release during the stagger (re-stage), and chart-only fixes. Each runs
// the operations against the demo's bare remotes and OCI layout, then
// checks the result with the git CLI, skopeo and PyYAML.
#include "opsdemo.h"

using namespace OpsTest;

namespace {

const QString kStage = QStringLiteral("charts/openhands/Chart.yaml");

// What the charts repository's main says a chart's version is.
QString chartVersion(const OpsDemo &d, const QString &rev = QStringLiteral("main"))
{
    const QJsonObject chart = readWithPyYaml(git(d.charts, {QStringLiteral("show"), rev + QLatin1Char(':') + kStage}).toUtf8(), false).toObject();
    return chart[QStringLiteral("version")].toString() + QLatin1Char('/') + chart[QStringLiteral("appVersion")].toString();
}

// The demo's today: two days after its last release (0.75.0, staged).
QDateTime demoNow(const OpsDemo &d)
{
    return d.due(QStringLiteral("0.75.0")).addDays(-5);
}

} // namespace

TEST_CASE("The normal week: release 0.76.0, publish 0.75.0, stage 0.76.0, approve, publish a week later", "[operations][e2e]")
{
    OpsDemo d;
    const QDateTime monday = d.due(QStringLiteral("0.75.0")); // 0.75.0's week on SaaS is over
    REQUIRE(monday.isValid());
    const QString main = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});

    // 0.75.0 was approved during its week.
    CHECK(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), monday.addDays(-1), QStringLiteral("a week on SaaS")) == QString());
    // Tag day: OSS and SaaS get 0.76.0 from main's tip.
    CHECK(d.perform(d.riley, Kind::Release, QStringLiteral("0.76.0"), monday, QStringLiteral("weekly"), main.left(7)) == QString());
    CHECK(git(d.oss, {QStringLiteral("cat-file"), QStringLiteral("-t"), QStringLiteral("refs/tags/0.76.0")}) == QLatin1String("tag"));
    CHECK(git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("0.76.0^{commit}")}) == main);
    for (const auto &[repo, tag] : {std::pair{QStringLiteral("openhands/openhands"), QStringLiteral("0.76.0")},
                                    std::pair{QStringLiteral("openhands/runtime"), QStringLiteral("0.76.0-nikolaik")},
                                    std::pair{QStringLiteral("openhands/enterprise-server"), QStringLiteral("0.76.0")}}) {
        INFO(repo.toStdString());
        const QString built = d.digest(repo, QStringLiteral("sha-") + main.left(7));
        CHECK_FALSE(built.isEmpty());
        CHECK(d.digest(repo, tag) == built);
        CHECK(d.entry(QStringLiteral("0.76.0"))[QStringLiteral("images")].toObject()[repo.section(QLatin1Char('/'), 1)].toString() == built);
    }
    CHECK(QDateTime::fromString(d.entry(QStringLiteral("0.76.0"))[QStringLiteral("saasDate")].toString(), Qt::ISODate) == monday);
    CHECK(d.state(QStringLiteral("0.76.0")) == QLatin1String("none"));

    // The same day: 0.75.0 goes to Enterprise, 0.76.0 is staged.
    CHECK(d.perform(d.riley, Kind::Publish, QString(), monday.addSecs(3600)) == QString());
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("published"));
    const QString published = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    for (const QString &chart : {QStringLiteral("openhands"), QStringLiteral("runtime-api"), QStringLiteral("image-loader")}) {
        INFO(chart.toStdString());
        CHECK(git(d.charts, {QStringLiteral("rev-parse"), chart + QLatin1String("/0.75.0^{commit}")}) == published);
        CHECK(d.chartFile(chart, QStringLiteral("0.75.0"), QStringLiteral("Chart.yaml")).contains("0.75.0"));
    }
    CHECK(d.chartFile(QStringLiteral("openhands"), QStringLiteral("0.75.0"), QStringLiteral("Chart.yaml"))
          == git(d.charts, {QStringLiteral("show"), QStringLiteral("openhands/0.75.0:charts/openhands/Chart.yaml")}).toUtf8() + '\n');

    CHECK(d.perform(d.riley, Kind::Stage, QStringLiteral("0.76.0"), monday.addSecs(7200), QStringLiteral("weekly")) == QString());
    CHECK(d.state(QStringLiteral("0.76.0")) == QLatin1String("staged"));
    CHECK(d.due(QStringLiteral("0.76.0")) == monday.addDays(7));
    CHECK(chartVersion(d) == QLatin1String("0.76.0/0.76.0"));
    CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.76.0")).isEmpty());

    // During the week: approved by the other release manager; publishing
    // before the due date is refused without a reason.
    CHECK(d.perform(d.avery, Kind::Approve, QStringLiteral("0.76.0"), monday.addDays(6), QStringLiteral("validated")) == QString());
    OperationRequest early;
    early.kind = Kind::Publish;
    QString error;
    CHECK_FALSE(d.prepare(d.riley, early, monday.addDays(6), &error));
    CHECK(error.startsWith(QLatin1String("0.76.0 is due ")));
    CHECK(d.perform(d.riley, Kind::Publish, QString(), monday.addDays(7).addSecs(60)) == QString());
    CHECK(d.state(QStringLiteral("0.76.0")) == QLatin1String("published"));
    CHECK(d.actions(QStringLiteral("0.76.0")) == QStringList{QStringLiteral("release"), QStringLiteral("stage"), QStringLiteral("approve"), QStringLiteral("publish")});
    CHECK(d.chartFile(QStringLiteral("openhands"), QStringLiteral("0.76.0"), QStringLiteral("values.yaml"))
          == git(d.charts, {QStringLiteral("show"), QStringLiteral("openhands/0.76.0:charts/openhands/values.yaml")}).toUtf8() + '\n');
    // Each commit on the charts remote is one operation.
    CHECK(git(d.charts, {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("-5"), QStringLiteral("main")})
          == QLatin1String("Publish 0.76.0 to Enterprise\nApprove 0.76.0\nStage Enterprise charts 0.76.0\nPublish 0.75.0 to Enterprise\n"
                           "Release 0.76.0 to OSS and SaaS"));
}

TEST_CASE("A SaaS bug during the stagger: 0.76.1 ships to SaaS and the pending charts are re-staged to it", "[operations][e2e]")
{
    OpsDemo d;
    const QDateTime monday = d.due(QStringLiteral("0.75.0"));
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), monday.addDays(-1), QStringLiteral("ok")) == QString());
    const QString main = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.76.0"), monday, {}, main) == QString());
    REQUIRE(d.perform(d.riley, Kind::Publish, QString(), monday) == QString());
    REQUIRE(d.perform(d.riley, Kind::Stage, QStringLiteral("0.76.0"), monday) == QString());
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.76.0"), monday.addDays(2), QStringLiteral("so far so good")) == QString());

    // Wednesday: SaaS finds a bug; the patch is built and released.
    const QString patch = d.ossCommit(QStringLiteral("Fix the session leak"));
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.76.1"), monday.addDays(2), {}, patch) == QString());
    // Re-staging to a lower version is refused.
    OperationRequest lower;
    lower.kind = Kind::Restage;
    lower.version = *Version::parse(QStringLiteral("0.75.9"));
    QString error;
    CHECK_FALSE(d.prepare(d.riley, lower, monday.addDays(2), &error));
    CHECK(error == QLatin1String("0.75.9 is not above 0.76.0, the pending release: re-staging moves it forward"));

    const QString before = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    // The plan says which due date applies: 0.76.0's weekly slot, since
    // SaaS runs 0.76.1 for more than policy.minSoakDays before it.
    OperationRequest restage;
    restage.kind = Kind::Restage;
    restage.version = *Version::parse(QStringLiteral("0.76.1"));
    auto planned = d.prepare(d.riley, restage, monday.addDays(2), &error);
    INFO(error.toStdString());
    REQUIRE(planned);
    CHECK(planned->plan().warnings.contains(QStringLiteral("due %1: 0.76.0's weekly slot, kept")
                                                .arg(monday.addDays(7).toString(Qt::ISODate))));
    planned.reset();
    REQUIRE(d.perform(d.riley, Kind::Restage, QStringLiteral("0.76.1"), monday.addDays(2), QStringLiteral("session leak")) == QString());
    CHECK(d.state(QStringLiteral("0.76.0")) == QLatin1String("superseded"));
    CHECK(d.state(QStringLiteral("0.76.1")) == QLatin1String("staged"));
    CHECK(d.actions(QStringLiteral("0.76.0")).last() == QLatin1String("supersede"));
    CHECK(d.actions(QStringLiteral("0.76.1")) == QStringList{QStringLiteral("release"), QStringLiteral("restage")});
    CHECK(d.due(QStringLiteral("0.76.1")) == d.due(QStringLiteral("0.76.0")));
    CHECK(d.due(QStringLiteral("0.76.1")) == monday.addDays(7));
    CHECK(chartVersion(d) == QLatin1String("0.76.1/0.76.1"));
    // One commit; the charts that named 0.76.0 name 0.76.1, and nothing else changed in them.
    CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main^")}) == before);
    const ProcessResult stale = run(QStringLiteral("git"), {QStringLiteral("-C"), d.charts, QStringLiteral("grep"), QStringLiteral("0.76.0"),
                                                            QStringLiteral("main"), QStringLiteral("--"), QStringLiteral("charts/")});
    CHECK(stale.exitCode == 1); // git grep: nothing found
    CHECK(stale.out.isEmpty());

    // A week on SaaS later it is approved and published; 0.76.0 never is.
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.76.1"), monday.addDays(8), QStringLiteral("fixed")) == QString());
    REQUIRE(d.perform(d.riley, Kind::Publish, QString(), monday.addDays(9).addSecs(60)) == QString());
    CHECK(d.state(QStringLiteral("0.76.1")) == QLatin1String("published"));
    CHECK(d.state(QStringLiteral("0.76.0")) == QLatin1String("superseded"));
    CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.76.0")).isEmpty());
    CHECK_FALSE(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.76.1")).isEmpty());
    CHECK(git(d.charts, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("*/0.76.0")}).isEmpty());
}

TEST_CASE("Two releases in one week: the pending 0.76.0 is re-staged to 0.77.0", "[operations][e2e]")
{
    OpsDemo d;
    const QDateTime monday = d.due(QStringLiteral("0.75.0"));
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), monday.addDays(-1), QStringLiteral("ok")) == QString());
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.76.0"), monday, {}, QStringLiteral("main")) == QString());
    REQUIRE(d.perform(d.riley, Kind::Publish, QString(), monday) == QString());
    REQUIRE(d.perform(d.riley, Kind::Stage, QStringLiteral("0.76.0"), monday) == QString());
    const QString next = d.ossCommit(QStringLiteral("New agent"));
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.77.0"), monday.addDays(3), {}, next) == QString());
    // Staging it is refused while 0.76.0 waits: the answer is a re-stage.
    QString error;
    OperationRequest stage;
    stage.kind = Kind::Stage;
    stage.version = *Version::parse(QStringLiteral("0.77.0"));
    CHECK_FALSE(d.prepare(d.riley, stage, monday.addDays(3), &error));
    CHECK(error == QLatin1String("0.76.0 is staged and not yet published: publish it first, or re-stage it as 0.77.0"));
    REQUIRE(d.perform(d.riley, Kind::Restage, QStringLiteral("0.77.0"), monday.addDays(3)) == QString());
    CHECK(d.due(QStringLiteral("0.77.0")) == monday.addDays(7)); // the weekly slot stays
    CHECK(d.state(QStringLiteral("0.76.0")) == QLatin1String("superseded"));
    CHECK(d.state(QStringLiteral("0.77.0")) == QLatin1String("staged"));
    CHECK(chartVersion(d) == QLatin1String("0.77.0/0.77.0"));
    // The openhands chart deploys enterprise-server: the image 0.77.0 names exists.
    const QJsonObject values = readWithPyYaml(git(d.charts, {QStringLiteral("show"), QStringLiteral("main:charts/openhands/values.yaml")}).toUtf8(), false).toObject();
    const QString tag = values[QStringLiteral("image")].toObject()[QStringLiteral("tag")].toString();
    CHECK(tag == QLatin1String("0.77.0"));
    CHECK(d.digest(QStringLiteral("openhands/enterprise-server"), tag) == d.digest(QStringLiteral("openhands/enterprise-server"), QStringLiteral("sha-") + next.left(7)));
}

TEST_CASE("Chart-only fixes: 0.75.0-fix1 after 0.75.0, then -fix2, each staged, approved and published", "[operations][e2e]")
{
    OpsDemo d;
    const QDateTime monday = d.due(QStringLiteral("0.75.0"));
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), monday.addDays(-1), QStringLiteral("ok")) == QString());
    // A fix of what is not published yet is refused.
    QString error;
    OperationRequest fix;
    fix.kind = Kind::Fix;
    fix.version = *Version::parse(QStringLiteral("0.75.0"));
    CHECK_FALSE(d.prepare(d.riley, fix, monday, &error));
    CHECK(error == QLatin1String("0.75.0 is approved, not published: there is nothing to fix yet"));
    REQUIRE(d.perform(d.riley, Kind::Publish, QString(), monday) == QString());

    for (int n : {1, 2}) {
        const QString v = QStringLiteral("0.75.0-fix%1").arg(n);
        INFO(v.toStdString());
        // The chart bug is fixed on main by a colleague; the fix release carries it.
        d.chartsCommit(QStringLiteral("charts/openhands/values.yaml"), QStringLiteral("# fix %1\nfix%1: true\n").arg(n).toUtf8(),
                       QStringLiteral("Fix the ingress, part %1").arg(n));
        const QDateTime at = monday.addDays(n);
        REQUIRE(d.perform(d.riley, Kind::Fix, QStringLiteral("0.75.0"), at, QStringLiteral("ingress")) == QString());
        CHECK(d.state(v) == QLatin1String("staged"));
        CHECK(d.due(v) == at);
        // The charts' version only: appVersion and the images stay at 0.75.0.
        CHECK(chartVersion(d) == v + QLatin1String("/0.75.0"));
        CHECK(git(d.charts, {QStringLiteral("diff"), QStringLiteral("-U0"), QStringLiteral("main^"), QStringLiteral("main"), QStringLiteral("--"), QStringLiteral("charts/")})
                  .count(QRegularExpression(QStringLiteral("\n\\+[^+]"))) == 3);
        REQUIRE(d.perform(d.avery, Kind::Approve, v, at, QStringLiteral("checked the ingress")) == QString());
        REQUIRE(d.perform(d.riley, Kind::Publish, QString(), at.addSecs(60)) == QString());
        CHECK(d.state(v) == QLatin1String("published"));
        CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("openhands/%1^{commit}").arg(v)})
              == git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}));
        CHECK(d.chartFile(QStringLiteral("openhands"), v, QStringLiteral("values.yaml")).contains(QStringLiteral("fix%1: true").arg(n).toUtf8()));
    }
    CHECK(d.actions(QStringLiteral("0.75.0-fix2")) == QStringList{QStringLiteral("fix"), QStringLiteral("approve"), QStringLiteral("publish")});
}
