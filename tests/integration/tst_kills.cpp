// Every operation killed at every step, before and after the step: run
// again, it ends as an uninterrupted run would, with nothing done twice.
// The end state is read back with the git CLI and skopeo.
#include "opsdemo.h"

#include <csignal>
#include <functional>

using namespace OpsTest;

namespace {

struct Scenario
{
    QString version;                 // the version the operation works on
    QString subject;                 // its commit on the charts' main
    QString action;                  // its audit line
    QString state;                   // the Enterprise state it leaves
    std::function<void(const OpsDemo &)> extra; // more checks of the end
};

QStringList cliArgs(Kind kind, const QString &version)
{
    switch (kind) {
    case Kind::Release:
        return {QStringLiteral("release"), version, QStringLiteral("--commit"), QStringLiteral("main")};
    case Kind::Approve:
        return {QStringLiteral("approve"), version, QStringLiteral("--note"), QStringLiteral("validated")};
    case Kind::Fix:
        return {QStringLiteral("fix"), version.section(QLatin1Char('-'), 0, 0), QStringLiteral("--note"), QStringLiteral("ingress")};
    default:
        return {QString(OperationRequest::kindName(kind)), version};
    }
}

// Kills `kind` as `who` at the begin and the end of each of its steps, in a
// copy of `d` each time, and checks the resumed end.
void killAtEveryStep(const OpsDemo &d, const Person &who, Kind kind, const Scenario &s)
{
    OperationRequest request;
    request.kind = kind;
    request.version = *Version::parse(s.version);
    if (kind == Kind::Fix)
        request.version = request.version.withoutFix();
    request.note = QStringLiteral("validated");
    if (kind == Kind::Release)
        request.commit = QStringLiteral("main");
    QString error;
    const auto plan = d.prepare(who, request, QDateTime::currentDateTimeUtc(), &error);
    INFO(error.toStdString());
    REQUIRE(plan);
    QStringList steps;
    for (const auto &step : plan->plan().steps)
        steps.append(step.id);
    REQUIRE(steps.size() >= 2);
    const QStringList args = cliArgs(kind, s.version);
    int n = 0;
    for (const QString &step : steps) {
        for (const char *event : {"begin", "done"}) {
            const QString at = step + QLatin1Char(':') + QLatin1String(event);
            INFO(args.join(QLatin1Char(' ')).toStdString() << " killed at " << at.toStdString());
            const OpsDemo c(d, QStringLiteral("kill%1").arg(++n));
            const Person me = c.person(who.name, QStringLiteral("%1%2@example.com").arg(who.email.section(QLatin1Char('@'), 0, 0)).arg(n));
            const ProcessResult killed = c.cli(me, args, {{QStringLiteral("RELEASEDECK_KILL_AT"), at}});
            INFO(killed.err.toStdString());
            CHECK(killed.killedBy(SIGKILL));
            const ProcessResult resumed = c.cli(me, args);
            INFO(resumed.out.toStdString() << resumed.err.toStdString());
            REQUIRE(resumed.exitCode == 0);
            const QString log = git(c.charts, {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("main")});
            CHECK(log.split(QLatin1Char('\n')).count(s.subject) == 1);
            CHECK(c.actions(s.version).count(s.action) == 1);
            CHECK(c.state(s.version) == s.state);
            // A run again finds nothing left to do but says so, and changes nothing.
            const QString tip = git(c.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
            const ProcessResult again = c.cli(me, args);
            CHECK(again.exitCode != 0);
            CHECK(git(c.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == tip);
            if (s.extra)
                s.extra(c);
        }
    }
}

} // namespace

TEST_CASE("A release killed at each step resumes to one tag, the images' version tags and one manifest commit", "[operations][fault][kill]")
{
    OpsDemo d;
    const QString main = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    killAtEveryStep(d, d.riley, Kind::Release,
                    {QStringLiteral("0.76.0"), QStringLiteral("Release 0.76.0 to OSS and SaaS"), QStringLiteral("release"), QStringLiteral("none"),
                     [main](const OpsDemo &c) {
                         CHECK(git(c.oss, {QStringLiteral("cat-file"), QStringLiteral("-t"), QStringLiteral("refs/tags/0.76.0")}) == QLatin1String("tag"));
                         CHECK(git(c.oss, {QStringLiteral("rev-parse"), QStringLiteral("0.76.0^{commit}")}) == main);
                         for (const auto &[repo, tag] : {std::pair{QStringLiteral("openhands/openhands"), QStringLiteral("0.76.0")},
                                                         std::pair{QStringLiteral("openhands/runtime"), QStringLiteral("0.76.0-nikolaik")},
                                                         std::pair{QStringLiteral("openhands/enterprise-server"), QStringLiteral("0.76.0")}}) {
                             INFO(repo.toStdString());
                             const QString built = c.digest(repo, QStringLiteral("sha-") + main.left(7));
                             CHECK_FALSE(built.isEmpty());
                             CHECK(c.digest(repo, tag) == built);
                         }
                     }});
}

TEST_CASE("An approve killed at each step resumes to one approve commit", "[operations][fault][kill]")
{
    OpsDemo d;
    killAtEveryStep(d, d.avery, Kind::Approve,
                    {QStringLiteral("0.75.0"), QStringLiteral("Approve 0.75.0"), QStringLiteral("approve"), QStringLiteral("approved"), {}});
}

TEST_CASE("A stage and a re-stage killed at each step resume to one commit each", "[operations][fault][kill]")
{
    OpsDemo d;
    const QStringList early{QStringLiteral("--early"), QStringLiteral("test")};
    REQUIRE(d.cli(d.avery, cliArgs(Kind::Approve, QStringLiteral("0.75.0"))).exitCode == 0);
    REQUIRE(d.cli(d.riley, cliArgs(Kind::Release, QStringLiteral("0.76.0"))).exitCode == 0);
    SECTION("re-stage the pending 0.75.0 as 0.76.0")
    {
        killAtEveryStep(d, d.riley, Kind::Restage,
                        {QStringLiteral("0.76.0"), QStringLiteral("Re-stage Enterprise charts 0.75.0 -> 0.76.0"), QStringLiteral("restage"),
                         QStringLiteral("staged"), [](const OpsDemo &c) { CHECK(c.state(QStringLiteral("0.75.0")) == QLatin1String("superseded")); }});
    }
    SECTION("stage 0.76.0 once 0.75.0 is published")
    {
        REQUIRE(d.cli(d.riley, QStringList{QStringLiteral("publish")} + early).exitCode == 0);
        killAtEveryStep(d, d.riley, Kind::Stage,
                        {QStringLiteral("0.76.0"), QStringLiteral("Stage Enterprise charts 0.76.0"), QStringLiteral("stage"), QStringLiteral("staged"), {}});
    }
}

TEST_CASE("A chart fix killed at each step resumes to one fix commit", "[operations][fault][kill]")
{
    OpsDemo d;
    REQUIRE(d.cli(d.avery, cliArgs(Kind::Approve, QStringLiteral("0.75.0"))).exitCode == 0);
    REQUIRE(d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")}).exitCode == 0);
    d.chartsCommit(QStringLiteral("charts/openhands/values.yaml"), "fix1: true\n", QStringLiteral("Fix the ingress"));
    killAtEveryStep(d, d.riley, Kind::Fix,
                    {QStringLiteral("0.75.0-fix1"), QStringLiteral("Stage chart fix 0.75.0-fix1"), QStringLiteral("fix"), QStringLiteral("staged"), {}});
}
