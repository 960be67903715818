// Security backports and chart fixes of older supported lines: 0.73.1 is
// released from a backport branch, staged, approved and published on the
// charts repository's release/0.73 while 0.75.0 stays pending on main; then
// the chart fix 0.73.1-fix1. Read back with the git CLI, skopeo and PyYAML.
#include "opsdemo.h"

using namespace OpsTest;

namespace {

QString chartYaml(const OpsDemo &d, const QString &rev, const QString &key)
{
    const QJsonObject chart = readWithPyYaml(git(d.charts, {QStringLiteral("show"), rev + QLatin1String(":charts/openhands/Chart.yaml")}).toUtf8(),
                                             false)
                                  .toObject();
    return chart[key].toString();
}

QString revParse(const QString &repo, const QString &rev)
{
    return git(repo, {QStringLiteral("rev-parse"), rev});
}

// A security fix on a backport branch of OSS cut from `fromTag`, pushed as a
// developer does, with the images CI builds from it (sha-<short>, labelled).
QString backportCommit(const OpsDemo &d, const QString &fromTag, const QString &branch)
{
    const QString work = d.tmp.path() + QLatin1String("/oss-backport-") + branch.section(QLatin1Char('/'), -1);
    git(d.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), d.oss, work});
    git(work, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), branch, fromTag});
    writeFile(work + QLatin1String("/SECURITY"), "CVE-2026-0001 fixed\n");
    git(work, {QStringLiteral("add"), QStringLiteral("SECURITY")});
    git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Dev"), QStringLiteral("-c"), QStringLiteral("user.email=dev@example.com"),
               QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Fix CVE-2026-0001")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), branch});
    const QString sha = revParse(work, QStringLiteral("HEAD"));
    for (const char *image : {"openhands/openhands", "openhands/runtime", "openhands/enterprise-server"}) {
        QString error;
        INFO(error.toStdString());
        REQUIRE(ReleaseDeck::DemoRegistry::pushImage(d.registry, QLatin1String(image), QStringLiteral("sha-") + sha.left(7),
                                                     QStringLiteral("dev"), sha, &error));
    }
    return sha;
}

// A chart change on the charts repository's `branch`, pushed with the git CLI.
void chartsCommitOn(const OpsDemo &d, const QString &branch, const QByteArray &append, const QString &message,
                    const QString &file = QStringLiteral("charts/openhands/values.yaml"))
{
    const QString work = d.tmp.path() + QLatin1String("/charts-line-") + QString::number(qHash(message));
    git(d.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("-b"), branch, d.charts, work});
    QFile f(work + QLatin1Char('/') + file);
    REQUIRE(f.open(QIODevice::Append));
    f.write(append);
    f.close();
    git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Dev"), QStringLiteral("-c"), QStringLiteral("user.email=dev@example.com"),
               QStringLiteral("commit"), QStringLiteral("-qam"), message});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), branch});
}

QString refuse(const OpsDemo &d, const Person &who, Kind kind, const QString &version, const QDateTime &now, const QString &commit = {})
{
    OperationRequest r;
    r.kind = kind;
    r.version = *Version::parse(version);
    r.commit = commit;
    QString error;
    const auto op = d.prepare(who, r, now, &error);
    return op ? QStringLiteral("(planned: %1)").arg(op->plan().title) : error;
}

} // namespace

TEST_CASE("A security backport: 0.73.1 released from a branch and published on release/0.73 while 0.75.0 stays pending, then 0.73.1-fix1",
          "[operations][backport][e2e]")
{
    OpsDemo d;
    // The demo's today: two days after 0.75.0 was tagged and staged.
    const QDateTime now = d.due(QStringLiteral("0.75.0")).addDays(-5);
    const QString mainBefore = revParse(d.charts, QStringLiteral("main"));
    const QString fix = backportCommit(d, QStringLiteral("0.73.0"), QStringLiteral("release/0.73"));

    // Not from a commit that lacks the line's last release; not for an unsupported line.
    CHECK(refuse(d, d.riley, Kind::Release, QStringLiteral("0.73.1"), now, QStringLiteral("0.72.0"))
          .contains(QLatin1String("does not contain 0.73.0, the 0.73 line's last release")));
    CHECK(refuse(d, d.riley, Kind::Release, QStringLiteral("0.70.2"), now, fix).contains(QLatin1String("the 0.70 line is unsupported since")));
    // Nor from main, which holds the newer lines' work.
    CHECK(refuse(d, d.riley, Kind::Release, QStringLiteral("0.73.1"), now, revParse(d.oss, QStringLiteral("main")))
          .contains(QLatin1String("contains 0.74.0, a newer line's release: a backport of 0.73 is cut from 0.73.0, not from main")));

    // release: the OSS tag on the backport commit, the images' version tags, the record on main.
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.73.1"), now, QStringLiteral("CVE-2026-0001"), fix) == QString());
    CHECK(revParse(d.oss, QStringLiteral("0.73.1^{commit}")) == fix);
    CHECK(d.digest(QStringLiteral("openhands/openhands"), QStringLiteral("0.73.1"))
          == d.digest(QStringLiteral("openhands/openhands"), QStringLiteral("sha-") + fix.left(7)));
    // The other repositories give the line's last release commit the version.
    CHECK(revParse(d.demo + QLatin1String("/repos/runtime-api.git"), QStringLiteral("runtime-api/0.73.1^{commit}"))
          == revParse(d.demo + QLatin1String("/repos/runtime-api.git"), QStringLiteral("runtime-api/0.73.0^{commit}")));
    CHECK(d.digest(QStringLiteral("openhands/runtime-api"), QStringLiteral("0.73.1"))
          == d.digest(QStringLiteral("openhands/runtime-api"), QStringLiteral("0.73.0")));
    CHECK(d.digest(QStringLiteral("openhands/image-loader"), QStringLiteral("0.73.1"))
          == d.digest(QStringLiteral("openhands/image-loader"), QStringLiteral("0.73.0")));
    QJsonObject entry = d.entry(QStringLiteral("0.73.1"));
    CHECK(entry[QStringLiteral("ossCommit")].toString() == fix);
    CHECK(entry[QStringLiteral("saasDate")].toString().isEmpty()); // SaaS runs the newest, never this
    CHECK(entry[QStringLiteral("enterprise")].toObject()[QStringLiteral("branch")].toString() == QLatin1String("release/0.73"));

    // stage: the charts on a new release/0.73 from the line's chart tag; main stays as it was.
    REQUIRE(d.perform(d.riley, Kind::Stage, QStringLiteral("0.73.1"), now.addSecs(600), QStringLiteral("security backport")) == QString());
    const QString line = revParse(d.charts, QStringLiteral("release/0.73"));
    CHECK(revParse(d.charts, QStringLiteral("release/0.73^")) == revParse(d.charts, QStringLiteral("openhands/0.73.0^{commit}")));
    CHECK(chartYaml(d, QStringLiteral("release/0.73"), QStringLiteral("version")) == QLatin1String("0.73.1"));
    CHECK(chartYaml(d, QStringLiteral("main"), QStringLiteral("version")) == QLatin1String("0.75.0"));
    CHECK(git(d.charts, {QStringLiteral("diff"), QStringLiteral("--stat"), mainBefore, QStringLiteral("main"), QStringLiteral("--"), QStringLiteral("charts/")}).isEmpty());
    CHECK(d.state(QStringLiteral("0.73.1")) == QLatin1String("staged"));
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("staged"));
    CHECK(d.due(QStringLiteral("0.73.1")) == now.addSecs(600));

    // approve: by another release manager; the approval names the charts commit.
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.73.1"), now.addSecs(1200), QStringLiteral("validated on a 0.73 install")) == QString());
    CHECK(d.state(QStringLiteral("0.73.1")) == QLatin1String("approved"));
    const QJsonArray audit = d.entry(QStringLiteral("0.73.1"))[QStringLiteral("audit")].toArray();
    CHECK(audit.last().toObject()[QStringLiteral("charts")].toString() == line);

    // publish: the chart from release/0.73, tagged there; main and 0.75.0 untouched.
    REQUIRE(d.perform(d.riley, Kind::Publish, QStringLiteral("0.73.1"), now.addSecs(1800)) == QString());
    CHECK(d.state(QStringLiteral("0.73.1")) == QLatin1String("published"));
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("staged"));
    CHECK(revParse(d.charts, QStringLiteral("openhands/0.73.1^{commit}")) == line);
    CHECK(revParse(d.charts, QStringLiteral("release/0.73")) == line);
    CHECK(chartYaml(d, QStringLiteral("main"), QStringLiteral("version")) == QLatin1String("0.75.0"));
    CHECK(d.chartFile(QStringLiteral("openhands"), QStringLiteral("0.73.1"), QStringLiteral("Chart.yaml")).contains("version: 0.73.1"));
    CHECK_FALSE(d.digest(QStringLiteral("openhands/charts/runtime-api"), QStringLiteral("0.73.1")).isEmpty());

    // A fix with no chart change since the tag is refused; one that skips a number too.
    CHECK(refuse(d, d.riley, Kind::Fix, QStringLiteral("0.73.1"), now.addSecs(2400))
          .contains(QLatin1String("no chart changed on release/0.73 since openhands/0.73.1")));
    // Nor one of Chart.yaml alone: the fix itself sets its version there.
    chartsCommitOn(d, QStringLiteral("release/0.73"), "# described\n", QStringLiteral("Describe the chart"),
                   QStringLiteral("charts/runtime-api/Chart.yaml"));
    CHECK(refuse(d, d.riley, Kind::Fix, QStringLiteral("0.73.1"), now.addSecs(2400))
          .contains(QLatin1String("but in Chart.yaml: a fix ships a change to a chart's templates or values")));
    chartsCommitOn(d, QStringLiteral("release/0.73"), "# tls\ningressTls: true\n", QStringLiteral("Ingress TLS for 0.73"));
    const QString change = revParse(d.charts, QStringLiteral("release/0.73"));
    CHECK(refuse(d, d.riley, Kind::Fix, QStringLiteral("0.73.1-fix3"), now.addSecs(2400))
          == QLatin1String("0.73.1-fix3 would skip 0.73.1-fix1: the next fix of 0.73.1 is 0.73.1-fix1"));
    // An older release of the line is not fixed behind the newer one.
    CHECK(refuse(d, d.riley, Kind::Fix, QStringLiteral("0.73.0"), now.addSecs(2400))
          == QLatin1String("0.73.0 is followed by 0.73.1 on its line: fix 0.73.1 instead"));

    // fix: on release/0.73 while 0.75.0 is pending on main; the plan names the chart commit it ships.
    {
        OperationRequest r;
        r.kind = Kind::Fix;
        r.version = *Version::parse(QStringLiteral("0.73.1"));
        r.note = QStringLiteral("ingress TLS");
        QString error;
        auto op = d.prepare(d.riley, r, now.addSecs(3000), &error);
        REQUIRE(op);
        CHECK(op->plan().warnings.join(QLatin1Char('\n')).contains(change.left(12) + QLatin1String(" \"Ingress TLS for 0.73\"")));
        REQUIRE(op->run(nullptr).completed);
    }
    CHECK(chartYaml(d, QStringLiteral("release/0.73"), QStringLiteral("version")) == QLatin1String("0.73.1-fix1"));
    CHECK(chartYaml(d, QStringLiteral("release/0.73"), QStringLiteral("appVersion")) == QLatin1String("0.73.1"));
    CHECK(d.state(QStringLiteral("0.73.1-fix1")) == QLatin1String("staged"));
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.73.1-fix1"), now.addSecs(3600), QStringLiteral("TLS checked")) == QString());
    REQUIRE(d.perform(d.riley, Kind::Publish, QStringLiteral("0.73.1-fix1"), now.addSecs(4200)) == QString());
    CHECK(revParse(d.charts, QStringLiteral("openhands/0.73.1-fix1^{commit}")) == revParse(d.charts, QStringLiteral("release/0.73")));
    CHECK(d.chartFile(QStringLiteral("openhands"), QStringLiteral("0.73.1-fix1"), QStringLiteral("values.yaml")).contains("ingressTls: true"));
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("staged"));
    CHECK(chartYaml(d, QStringLiteral("main"), QStringLiteral("version")) == QLatin1String("0.75.0"));
    CHECK(d.actions(QStringLiteral("0.73.1-fix1")) == QStringList{QStringLiteral("fix"), QStringLiteral("approve"), QStringLiteral("publish")});

    // The train goes on: 0.75.0 is still approved and published from main as if nothing happened.
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), now.addSecs(5000), QStringLiteral("ok")) == QString());
    REQUIRE(d.perform(d.riley, Kind::Publish, QString(), d.due(QStringLiteral("0.75.0"))) == QString());
    CHECK(revParse(d.charts, QStringLiteral("openhands/0.75.0^{commit}")) == revParse(d.charts, QStringLiteral("main")));
}

TEST_CASE("A backport's approval holds only for the charts it names: a change on the line's branch after it stops the publish",
          "[operations][backport]")
{
    OpsDemo d;
    const QDateTime now = d.due(QStringLiteral("0.75.0")).addDays(-5);
    const QString fix = backportCommit(d, QStringLiteral("0.73.0"), QStringLiteral("release/0.73"));
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.73.1"), now, QString(), fix) == QString());
    REQUIRE(d.perform(d.riley, Kind::Stage, QStringLiteral("0.73.1"), now.addSecs(60)) == QString());
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.73.1"), now.addSecs(120), QStringLiteral("ok")) == QString());
    chartsCommitOn(d, QStringLiteral("release/0.73"), "# late\nlate: true\n", QStringLiteral("A late change"));
    const QString error = d.perform(d.riley, Kind::Publish, QStringLiteral("0.73.1"), now.addSecs(180));
    CHECK(error.contains(QLatin1String("changed after 0.73.1 was approved")));
    CHECK(d.state(QStringLiteral("0.73.1")) == QLatin1String("approved"));
    CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.73.1")).isEmpty());
}

TEST_CASE("A tenth chart fix warns that strict SemVer consumers order -fix10 before -fix2", "[operations][backport][fix]")
{
    OpsDemo d;
    const QDateTime now = d.due(QStringLiteral("0.75.0")).addDays(-5);
    // 0.74.0 had nine chart fixes on release/0.74, the last tagged; a tenth
    // chart change waits there. Made with the git CLI, as colleagues did.
    const QString work = d.tmp.path() + QLatin1String("/charts-fixes");
    git(d.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), d.charts, work});
    const QStringList dev{QStringLiteral("-c"), QStringLiteral("user.name=Dev"), QStringLiteral("-c"), QStringLiteral("user.email=dev@example.com")};
    git(work, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("release/0.74"), QStringLiteral("openhands/0.74.0")});
    for (const char *chart : {"openhands", "runtime-api", "image-loader"}) {
        const QString path = work + QStringLiteral("/charts/%1/Chart.yaml").arg(QLatin1String(chart));
        QByteArray text = OpsDemo::readFile(path);
        REQUIRE(text.contains("version: 0.74.0\n") != text.contains("version: \"0.74.0\"\n"));
        text.replace("version: 0.74.0\n", "version: 0.74.0-fix9\n");
        text.replace("version: \"0.74.0\"\n", "version: \"0.74.0-fix9\"\n");
        writeFile(path, text);
    }
    git(work, dev + QStringList{QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Chart fix 0.74.0-fix9")});
    git(work, {QStringLiteral("tag"), QStringLiteral("openhands/0.74.0-fix9")});
    QFile values(work + QLatin1String("/charts/openhands/values.yaml"));
    REQUIRE(values.open(QIODevice::Append));
    values.write("# tenth\ntenth: true\n");
    values.close();
    git(work, dev + QStringList{QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("The tenth chart change")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("release/0.74"), QStringLiteral("openhands/0.74.0-fix9")});
    git(work, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
    QByteArray manifest = OpsDemo::readFile(work + QLatin1String("/releases.yaml"));
    for (int n = 1; n <= 9; ++n)
        manifest += QStringLiteral("  - version: 0.74.0-fix%1\n    ossCommit: \"\"\n    saasDate: \"\"\n    images: {}\n    enterprise:\n"
                                   "      state: published\n      due: \"\"\n      branch: \"release/0.74\"\n    audit: []\n")
                        .arg(n)
                        .toUtf8();
    writeFile(work + QLatin1String("/releases.yaml"), manifest);
    git(work, dev + QStringList{QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Record nine chart fixes")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});

    OperationRequest r;
    r.kind = Kind::Fix;
    r.version = *Version::parse(QStringLiteral("0.74.0"));
    QString error;
    auto op = d.prepare(d.riley, r, now, &error);
    INFO(error.toStdString());
    REQUIRE(op);
    CHECK(op->plan().title.startsWith(QLatin1String("Stage the chart fix 0.74.0-fix10 of 0.74.0-fix9 on charts (release/0.74 at ")));
    const QString warnings = op->plan().warnings.join(QLatin1Char('\n'));
    INFO(warnings.toStdString());
    CHECK(warnings.contains(QLatin1String("strict SemVer consumers order 0.74.0-fix10 before 0.74.0-fix2")));
    CHECK(warnings.contains(QLatin1String("\"The tenth chart change\" (")));
    CHECK_FALSE(warnings.contains(QLatin1String("Chart fix 0.74.0-fix9")));
    op.reset(); // its clone's lock goes with it
    // The same ninth fix number asked for again is refused, not renumbered.
    r.version = *Version::parse(QStringLiteral("0.74.0-fix9"));
    CHECK_FALSE(d.prepare(d.riley, r, now, &error));
    CHECK(error == QLatin1String("0.74.0-fix9 exists already: the next fix of 0.74.0 is 0.74.0-fix10"));
}

TEST_CASE("A patch of the published line while a newer release is pending on main is a backport too", "[operations][backport]")
{
    OpsDemo d;
    const QDateTime now = d.due(QStringLiteral("0.75.0")).addDays(-5);
    const QString fix = backportCommit(d, QStringLiteral("0.74.0"), QStringLiteral("release/0.74"));
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.74.1"), now, QString(), fix) == QString());
    const QJsonObject entry = d.entry(QStringLiteral("0.74.1"));
    CHECK(entry[QStringLiteral("saasDate")].toString().isEmpty());
    CHECK(entry[QStringLiteral("enterprise")].toObject()[QStringLiteral("branch")].toString() == QLatin1String("release/0.74"));
    // runtime-api gives 0.74.1 the commit of its 0.74.0, not of the pending 0.75.0.
    const QString api = d.demo + QLatin1String("/repos/runtime-api.git");
    CHECK(revParse(api, QStringLiteral("runtime-api/0.74.1^{commit}")) == revParse(api, QStringLiteral("runtime-api/0.74.0^{commit}")));
    CHECK(revParse(api, QStringLiteral("runtime-api/0.74.1^{commit}")) != revParse(api, QStringLiteral("runtime-api/0.75.0^{commit}")));
    // The next release of main is not cut from that branch: it lacks 0.75.0.
    CHECK(refuse(d, d.riley, Kind::Release, QStringLiteral("0.76.0"), now, fix)
          == QStringLiteral("%1 does not contain 0.75.0, the release before 0.76.0: a release is cut from main, which holds it").arg(fix.left(12)));
    REQUIRE(d.perform(d.riley, Kind::Stage, QStringLiteral("0.74.1"), now.addSecs(60)) == QString());
    CHECK(chartYaml(d, QStringLiteral("release/0.74"), QStringLiteral("version")) == QLatin1String("0.74.1"));
    CHECK(chartYaml(d, QStringLiteral("main"), QStringLiteral("version")) == QLatin1String("0.75.0"));
}
