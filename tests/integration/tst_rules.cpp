// The release manifest's history checked against the process, on
// hand-written histories in a charts repository built with the git CLI; a
// chart fix's change read back with git diff. And the countdown, worded once.
#include "testsupport.h"

#include "domain/countdown.h"
#include "domain/overview.h"
#include "domain/releaserules.h"
#include "domain/verdict.h"
#include "workspace/scanner.h"
#include "workspace/workspaceloader.h"

#include <QDir>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

constexpr qint64 kBase = 1767225600; // 2026-01-01T00:00:00Z
constexpr qint64 kDay = 86400;

QString iso(int day, int hour = 0)
{
    return QDateTime::fromSecsSinceEpoch(kBase + day * kDay + hour * 3600, Qt::UTC).toString(Qt::ISODate);
}

// One release of a hand-written manifest.
QString entry(const QString &version, const QString &state, const QString &saas, const QString &due,
              const QStringList &audit)
{
    QString text = QStringLiteral("  - version: %1\n    ossCommit: \"\"\n    saasDate: \"%2\"\n"
                                  "    enterprise:\n      state: %3\n      due: \"%4\"\n    audit:\n")
                       .arg(version, saas, state, due);
    for (const QString &a : audit)
        text += a;
    return text;
}

QString line(const QString &at, const QString &by, const QString &action, const QString &note = QString())
{
    return QStringLiteral("    - at: \"%1\"\n      by: \"%2\"\n      action: %3\n      note: \"%4\"\n").arg(at, by, action, note);
}

const QString riley = QStringLiteral("Riley Release <riley@example.com>");
const QString avery = QStringLiteral("Avery Approver <avery@example.com>");

struct History
{
    QTemporaryDir tmp;
    QString charts, file;

    History()
    {
        charts = tmp.path() + QLatin1String("/charts");
        QDir().mkpath(charts);
        git(charts, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        writeFile(charts + QLatin1String("/charts/app/Chart.yaml"), "apiVersion: v2\nname: app\nversion: 1.0.0\n");
        writeFile(charts + QLatin1String("/charts/app/templates/NOTES.txt"), "one\n");
        commit(0, QStringLiteral("Stage 1.0.0"));
        tag(QStringLiteral("app/1.0.0"), 7);
        file = tmp.path() + QLatin1String("/releasedeck.yaml");
        writeFile(file, "repos:\n  - id: charts\n    path: charts\n    releaseTags: []\n"
                        "components:\n"
                        "  - id: app-chart\n    kind: chart\n    chart: app\n    tags: \"app/{version}\"\n    repo: charts\n"
                        "manifest:\n  repo: charts\n  path: releases.yaml\n");
    }
    void commit(int day, const QString &message)
    {
        git(charts, {QStringLiteral("add"), QStringLiteral("-A")});
        git(charts, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"), message},
            gitDateEnv(kBase + day * kDay));
    }
    void tag(const QString &name, int day)
    {
        git(charts, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("-m"), name, name}, gitDateEnv(kBase + day * kDay));
    }
    // The manifest committed as written; the overview of a scan.
    OverviewPtr scan(const QString &releases)
    {
        writeFile(charts + QLatin1String("/releases.yaml"), (QStringLiteral("releases:\n") + releases).toUtf8());
        commit(30, QStringLiteral("Manifest"));
        const WorkspaceLoad load = WorkspaceLoader::load(file);
        REQUIRE_FALSE(load.fatal);
        return Overview::build(Scanner::scan(load.workspace));
    }
    // The manifest committed as written; the rule violations of a scan.
    QList<RuleViolation> check(const QString &releases)
    {
        writeFile(charts + QLatin1String("/releases.yaml"),
                  (releases.isEmpty() ? QStringLiteral("releases: []\n") : QStringLiteral("releases:\n") + releases).toUtf8());
        commit(30, QStringLiteral("Manifest"));
        const WorkspaceLoad load = WorkspaceLoader::load(file);
        REQUIRE_FALSE(load.fatal);
        const OverviewPtr o = Overview::build(Scanner::scan(load.workspace));
        INFO(o->snapshot.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(o->snapshot.manifest.releases.size() == releases.count(QLatin1String("  - version:")));
        return o->violations;
    }
};

QString texts(const QList<RuleViolation> &list)
{
    QStringList out;
    for (const RuleViolation &v : list)
        out.append(QStringLiteral("%1:%2: %3").arg(v.version).arg(v.line).arg(v.text));
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("A history that keeps the process breaks no rule", "[rules]")
{
    History h;
    const QList<RuleViolation> v = h.check(
        entry(QStringLiteral("1.0.0"), QStringLiteral("published"), iso(0), iso(7),
              {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
               line(iso(6), avery, QStringLiteral("approve"), QStringLiteral("validated on SaaS")),
               line(iso(7, 1), riley, QStringLiteral("publish"))}));
    INFO(texts(v).toStdString());
    CHECK(v.isEmpty());
}

TEST_CASE("Each break of the process in the manifest's history is a problem on its release", "[rules]")
{
    History h;
    SECTION("published before its due date without a reason")
    {
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("1.0.0"), QStringLiteral("published"), iso(0), iso(7),
                  {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
                   line(iso(3), avery, QStringLiteral("approve"), QStringLiteral("ok")),
                   line(iso(4), riley, QStringLiteral("publish"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].version == QLatin1String("1.0.0"));
        CHECK(v[0].text == QStringLiteral("1.0.0 was published 2026-01-05 00:00 UTC, before its due date 2026-01-08 00:00 UTC, "
                                          "with no reason in the publish line"));
        CHECK(v[0].line == 17); // the publish line's first key, as the file was written
        // With the reason audited, it is no break.
        const QList<RuleViolation> reasoned = h.check(
            entry(QStringLiteral("1.0.0"), QStringLiteral("published"), iso(0), iso(7),
                  {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
                   line(iso(3), avery, QStringLiteral("approve"), QStringLiteral("ok")),
                   line(iso(4), riley, QStringLiteral("publish"), QStringLiteral("early (due 2026-01-08): security fix"))}));
        CHECK(reasoned.isEmpty());
    }
    SECTION("published with no SaaS date and no reason")
    {
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("1.0.0"), QStringLiteral("published"), QString(), QString(),
                  {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
                   line(iso(3), avery, QStringLiteral("approve"), QStringLiteral("ok")),
                   line(iso(4), riley, QStringLiteral("publish"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].text.contains(QLatin1String("no due date (no SaaS date) and no reason")));
    }
    SECTION("re-staged to a version before its SaaS date")
    {
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("2.0.0"), QStringLiteral("superseded"), iso(0), iso(7),
                  {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
                   line(iso(2), riley, QStringLiteral("supersede"), QStringLiteral("re-staged as 2.0.1"))})
            + entry(QStringLiteral("2.0.1"), QStringLiteral("staged"), iso(3), iso(7),
                    {line(iso(2), riley, QStringLiteral("restage"), QStringLiteral("patch"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].version == QLatin1String("2.0.1"));
        CHECK(v[0].text == QStringLiteral("2.0.1 was re-staged 2026-01-03 00:00 UTC, before SaaS shipped it 2026-01-04 00:00 UTC"));
    }
    SECTION("approved without a note")
    {
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("1.0.0"), QStringLiteral("approved"), iso(0), iso(7),
                  {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
                   line(iso(6), avery, QStringLiteral("approve"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].text == QStringLiteral("1.0.0 was approved 2026-01-07 00:00 UTC by %1 without a note").arg(avery));
    }
    SECTION("approved by the one who staged it")
    {
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("1.0.0"), QStringLiteral("approved"), iso(0), iso(7),
                  {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
                   line(iso(6), QStringLiteral("Riley R. <RILEY@example.com>"), QStringLiteral("approve"), QStringLiteral("fine"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].text.contains(QLatin1String("who staged it (policy.selfApproval is false)")));
    }
    SECTION("superseded and yet published")
    {
        // Its chart carries a release tag too (app/1.0.0, made above).
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("1.0.0"), QStringLiteral("superseded"), iso(0), iso(7),
                  {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
                   line(iso(6), avery, QStringLiteral("approve"), QStringLiteral("ok")),
                   line(iso(7, 1), riley, QStringLiteral("publish")),
                   line(iso(8), riley, QStringLiteral("supersede"), QStringLiteral("re-staged as 1.1.0"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].text == QStringLiteral("1.0.0 was superseded and yet published (its charts carry release tags)"));
    }
    SECTION("due before SaaS has run it for policy.minSoakDays")
    {
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("2.0.0"), QStringLiteral("staged"), iso(0), iso(1),
                  {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].text == QStringLiteral("2.0.0 is due 2026-01-02 00:00 UTC, before SaaS has run it long enough "
                                          "(2026-01-03 00:00 UTC): due dates are set by stage and re-stage"));
    }
    SECTION("approved before the stage it follows")
    {
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("2.0.0"), QStringLiteral("approved"), iso(0), iso(7),
                  {line(iso(5), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
                   line(iso(4), avery, QStringLiteral("approve"), QStringLiteral("ok"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].text == QStringLiteral("2.0.0 was approved 2026-01-05 00:00 UTC, before the stage it follows (2026-01-06 00:00 UTC)"));
    }
    SECTION("an audit line whose 'by' names nobody")
    {
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("2.0.0"), QStringLiteral("approved"), iso(0), iso(7),
                  {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
                   line(iso(4), QStringLiteral("Avery <avery@example.com> and Riley"), QStringLiteral("approve"), QStringLiteral("ok"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].text == QStringLiteral("2.0.0: the approve line's 'by' (\"Avery <avery@example.com> and Riley\") is not one plain "
                                          "\"Name <e-mail>\""));
    }
    SECTION("an audit line dated after the scan")
    {
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("2.0.0"), QStringLiteral("approved"), iso(0), iso(7),
                  {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly")),
                   line(QStringLiteral("9999-12-31T23:59:59Z"), avery, QStringLiteral("approve"), QStringLiteral("ok"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].text == QStringLiteral("2.0.0: the approve line is dated 9999-12-31 23:59 UTC, after this scan"));
    }
    SECTION("in a state with no stage line")
    {
        const QList<RuleViolation> v = h.check(
            entry(QStringLiteral("2.0.0"), QStringLiteral("superseded"), iso(0), iso(7),
                  {line(iso(2), riley, QStringLiteral("supersede"), QStringLiteral("re-staged as 2.0.1"))}));
        REQUIRE(v.size() == 1);
        CHECK(v[0].text == QStringLiteral("2.0.0 is superseded, and its audit trail has no stage, re-stage or fix line"));
        CHECK(v[0].line == 2); // the entry's first line
    }
}

TEST_CASE("A chart fix whose chart differs only in Chart.yaml breaks the process", "[rules]")
{
    History h;
    // 1.0.0-fix1 changes the chart's notes; 1.0.0-fix2 nothing but its version.
    writeFile(h.charts + QLatin1String("/charts/app/templates/NOTES.txt"), "two\n");
    writeFile(h.charts + QLatin1String("/charts/app/Chart.yaml"), "apiVersion: v2\nname: app\nversion: 1.0.0-fix1\n");
    h.commit(9, QStringLiteral("Chart fix 1.0.0-fix1"));
    h.tag(QStringLiteral("app/1.0.0-fix1"), 9);
    writeFile(h.charts + QLatin1String("/charts/app/Chart.yaml"), "apiVersion: v2\nname: app\nversion: 1.0.0-fix2\n");
    h.commit(10, QStringLiteral("Chart fix 1.0.0-fix2"));
    h.tag(QStringLiteral("app/1.0.0-fix2"), 10);
    // What git says changed in the chart between each fix and the release.
    const auto changed = [&](const QString &from, const QString &fix) {
        return git(h.charts, {QStringLiteral("diff"), QStringLiteral("--name-only"), from, fix,
                              QStringLiteral("--"), QStringLiteral("charts/app")})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    REQUIRE(changed(QStringLiteral("app/1.0.0"), QStringLiteral("app/1.0.0-fix1")).contains(QStringLiteral("charts/app/templates/NOTES.txt")));
    REQUIRE(changed(QStringLiteral("app/1.0.0-fix1"), QStringLiteral("app/1.0.0-fix2")) == QStringList{QStringLiteral("charts/app/Chart.yaml")});

    const QList<RuleViolation> v = h.check(QString());
    INFO(texts(v).toStdString());
    REQUIRE(v.size() == 1);
    CHECK(v[0].version == QLatin1String("1.0.0-fix2"));
    CHECK(v[0].text == QStringLiteral("1.0.0-fix2 is a chart fix, yet app-chart differs from 1.0.0-fix1's in nothing but Chart.yaml"));
}

TEST_CASE("A re-stage keeps the weekly slot unless SaaS has not run the new version long enough", "[rules]")
{
    Workspace ws; // staggerDays 7, minSoakDays 2
    ManifestRelease pending;
    pending.version = *Version::parse(QStringLiteral("1.0.0"));
    pending.due = QDateTime::fromSecsSinceEpoch(kBase + 7 * kDay, Qt::UTC);
    const Version next = *Version::parse(QStringLiteral("1.0.1"));
    // Shipped on day 3: day 3 + 2 is before day 7, the slot stays.
    RestageDue kept = ReleaseRules::restageDue(pending, next, QDateTime::fromSecsSinceEpoch(kBase + 3 * kDay, Qt::UTC), ws);
    CHECK(kept.due == pending.due);
    CHECK(kept.why == QStringLiteral("1.0.0's weekly slot, kept"));
    // Shipped on day 6: day 8 is later than the slot.
    RestageDue soaked = ReleaseRules::restageDue(pending, next, QDateTime::fromSecsSinceEpoch(kBase + 6 * kDay, Qt::UTC), ws);
    CHECK(soaked.due == QDateTime::fromSecsSinceEpoch(kBase + 8 * kDay, Qt::UTC));
    CHECK(soaked.why.contains(QLatin1String("sooner than 1.0.1's SaaS date plus 2 days (policy.minSoakDays)")));
    // Not shipped: not due.
    RestageDue none = ReleaseRules::restageDue(pending, next, QDateTime(), ws);
    CHECK_FALSE(none.due.isValid());
    ws.minSoakDays = 5;
    CHECK(ReleaseRules::restageDue(pending, next, QDateTime::fromSecsSinceEpoch(kBase + 3 * kDay, Qt::UTC), ws).due
          == QDateTime::fromSecsSinceEpoch(kBase + 8 * kDay, Qt::UTC));
}

TEST_CASE("The countdown is worded the same way for every view", "[rules]")
{
    const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC);
    const QDateTime due = QDateTime(QDate(2026, 12, 6), QTime(14, 0), Qt::UTC);
    // 2026-12-06 is a Sunday (date -d 2026-12-06 +%a).
    CHECK(Countdown::due(due, now) == QStringLiteral("due Sun 6 Dec 14:00 UTC, in 4 days 20 h"));
    CHECK(Countdown::due(due, due.addSecs(7200)) == QStringLiteral("due Sun 6 Dec 14:00 UTC, 2 h ago"));
    CHECK(Countdown::due(QDateTime(QDate(2027, 1, 3), QTime(9, 30), Qt::UTC), now)
          == QStringLiteral("due Sun 3 Jan 2027 09:30 UTC, in 32 days 15 h"));
    CHECK(Countdown::due(QDateTime(), now) == QStringLiteral("not due: SaaS has not shipped it"));
    CHECK(Countdown::relative(now.addSecs(30), now) == QStringLiteral("now"));
}

TEST_CASE("A manifest entry left out for a bad line is a problem on its release, not a release with no record", "[rules][badinput]")
{
    History h;
    // The approve line has no 'at': the entry is left out, as the scan says.
    const OverviewPtr o = h.scan(entry(QStringLiteral("1.0.0"), QStringLiteral("approved"), iso(0), iso(7),
                                       {line(iso(0, 1), riley, QStringLiteral("stage"), QStringLiteral("weekly"))})
                                 + QStringLiteral("    - by: \"%1\"\n      action: approve\n      note: \"ok\"\n").arg(avery));
    CHECK(o->snapshot.manifest.releases.isEmpty());
    const QString problem = QStringLiteral("charts:releases.yaml:13:7: release 1.0.0: an audit line needs at, by and action");
    CHECK(o->snapshot.problems.contains(problem));
    const VerdictsPtr verdicts = Verdicts::build(o, {}, QDateTime::currentDateTimeUtc());
    const int release = o->train.indexOf(*Version::parse(QStringLiteral("1.0.0")));
    REQUIRE(release >= 0);
    CHECK(verdicts->at(release).problems.contains(QStringLiteral("manifest: its entry is left out: ") + problem));
    CHECK(verdicts->at(release).state != MatrixCell::State::Consistent);
}
