// The support policy against the worked tables of docs/support.md.
#include "testsupport.h"

#include "domain/supportpolicy.h"
#include "workspace/workspaceloader.h"

using namespace ReleaseDeck;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

QList<Publish> docPublishes()
{
    QList<Publish> out;
    for (const auto &[v, at] : {std::pair{"0.70.0", "2026-10-05T14:00:00Z"}, std::pair{"0.71.0", "2026-10-12T14:00:00Z"},
                                std::pair{"0.72.0", "2026-10-19T14:00:00Z"}, std::pair{"0.72.1", "2026-10-22T14:00:00Z"},
                                std::pair{"0.73.0", "2026-10-26T14:00:00Z"}, std::pair{"0.71.1", "2026-10-28T14:00:00Z"}})
        out.append({*Version::parse(QString::fromLatin1(v)), utc(at)});
    return out;
}

struct Row
{
    const char *line;
    const char *status;
    const char *since; // a date; the time is the publish's 14:00 or the projection's
    const char *until; // "" when none
    bool projected;
};

void checkTable(const SupportPolicy &policy, const char *at, const QList<Row> &rows)
{
    const QList<LineSupport> lines = SupportLines::at(policy, docPublishes(), utc(at));
    REQUIRE(lines.size() == rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const LineSupport &l = lines[i];
        INFO(at << " line " << row.line);
        CHECK(l.line() == QLatin1String(row.line));
        CHECK(LineSupport::statusName(l.status) == QLatin1String(row.status));
        CHECK(l.since.date().toString(Qt::ISODate) == QLatin1String(row.since));
        CHECK((l.until.isValid() ? l.until.date().toString(Qt::ISODate) : QString()) == QLatin1String(row.until));
        CHECK(l.projected == row.projected);
    }
}

} // namespace

TEST_CASE("Support lines follow the default policy's worked tables", "[support]")
{
    const SupportPolicy policy;
    checkTable(policy, "2026-10-27T12:00:00Z",
               {{"0.73", "full", "2026-10-26", "2026-11-02", true},
                {"0.72", "security", "2026-10-26", "2026-11-09", true},
                {"0.71", "security", "2026-10-19", "2026-11-02", true},
                {"0.70", "unsupported", "2026-10-26", "", false}});
    // Between two publishes: 0.73.0 is not known yet.
    checkTable(policy, "2026-10-22T00:00:00Z",
               {{"0.72", "full", "2026-10-19", "2026-10-26", true},
                {"0.71", "security", "2026-10-19", "2026-11-02", true},
                {"0.70", "security", "2026-10-12", "2026-10-26", true}});
    // A backport published later does not make its line the newest.
    const QList<LineSupport> later = SupportLines::at(policy, docPublishes(), utc("2026-10-29T00:00:00Z"));
    CHECK(later.first().line() == QLatin1String("0.73"));
    CHECK(SupportLines::of(*Version::parse(QStringLiteral("0.71.1")), later).status == LineSupport::Status::Security);
    CHECK(SupportLines::of(*Version::parse(QStringLiteral("0.72.0-fix1")), later).status == LineSupport::Status::Security);
    CHECK(SupportLines::of(*Version::parse(QStringLiteral("0.60.0")), later).status == LineSupport::Status::Unsupported);
}

TEST_CASE("Support lines follow the quarter-behind table", "[support]")
{
    SupportPolicy policy;
    policy.securityMonths = 3;
    checkTable(policy, "2026-10-27T12:00:00Z",
               {{"0.73", "full", "2026-10-26", "2026-11-02", true},
                {"0.72", "security", "2026-10-26", "2027-01-26", false},
                {"0.71", "security", "2026-10-19", "2027-01-19", false},
                {"0.70", "security", "2026-10-12", "2027-01-12", false}});
    checkTable(policy, "2027-01-15T00:00:00Z",
               {{"0.73", "full", "2026-10-26", "2027-01-18", true},
                {"0.72", "security", "2026-10-26", "2027-01-26", false},
                {"0.71", "security", "2026-10-19", "2027-01-19", false},
                {"0.70", "unsupported", "2027-01-12", "", false}});
}

TEST_CASE("Support lines follow the quarterly LTS table", "[support]")
{
    SupportPolicy policy;
    policy.securityLines = 1;
    policy.ltsEveryMonths = 3;
    policy.ltsMonths = 12;
    checkTable(policy, "2026-10-27T12:00:00Z",
               {{"0.73", "full", "2026-10-26", "2026-11-02", true},
                {"0.72", "security", "2026-10-26", "2026-11-02", true},
                {"0.71", "unsupported", "2026-10-26", "", false},
                {"0.70", "lts", "2026-10-19", "2027-10-05", false}});
    const QList<LineSupport> after = SupportLines::at(policy, docPublishes(), utc("2027-10-06T00:00:00Z"));
    const LineSupport old = SupportLines::of(*Version::parse(QStringLiteral("0.70.0")), after);
    CHECK(old.status == LineSupport::Status::Unsupported);
    CHECK(old.since.date().toString(Qt::ISODate) == QLatin1String("2027-10-05"));
    CHECK(old.lts);
}

TEST_CASE("policy.support is read from the workspace, and bad values are located errors", "[support][badinput]")
{
    QTemporaryDir tmp;
    const QByteArray head = "repos:\n  - id: oss\n    path: oss\npolicy:\n  support:\n";
    const QString good = tmp.path() + QLatin1String("/good.yaml");
    TestSupport::writeFile(good, head + "    securityMonths: 3\n    lts: {everyMonths: 3, months: 12}\n    cadenceDays: 14\n");
    const WorkspaceLoad load = WorkspaceLoader::load(good);
    REQUIRE(load.problems.isEmpty());
    CHECK(load.workspace.support.securityMonths == 3);
    CHECK(load.workspace.support.ltsEveryMonths == 3);
    CHECK(load.workspace.support.ltsMonths == 12);
    CHECK(load.workspace.support.cadenceDays == 14);

    const QList<QPair<QByteArray, QString>> cases{
        {head + "    securityLines: 2\n    securityMonths: 3\n", QStringLiteral(":7:21: give securityLines or securityMonths, not both")},
        {head + "    securityLines: -1\n", QStringLiteral(":6:20: 'securityLines' must be a whole number from 0 to 100, not '-1'")},
        {head + "    cadenceDays: 0\n", QStringLiteral(":6:18: 'cadenceDays' must be a whole number from 1 to 366, not '0'")},
        {head + "    lts: {everyMonths: 3}\n", QStringLiteral(":6:10: 'lts' must be a mapping with everyMonths and months")},
        {head + "    securityWeeks: 2\n", QStringLiteral(":6:5: unknown key 'securityWeeks'")},
        {head + "    - 2\n", QStringLiteral(":6:5: 'support' must be a mapping")},
    };
    int n = 0;
    for (const auto &[yaml, expected] : cases) {
        const QString file = tmp.path() + QStringLiteral("/bad%1.yaml").arg(n++);
        TestSupport::writeFile(file, yaml);
        const WorkspaceLoad bad = WorkspaceLoader::load(file);
        INFO(yaml.toStdString());
        REQUIRE(!bad.problems.isEmpty());
        CHECK(bad.problems.first().toString().startsWith(file + expected));
    }
}

TEST_CASE("The timeline's support stretches follow the worked tables: full until the next line, then security", "[support]")
{
    // The default table's publishes, seen at 2026-10-27 12:00: each line is
    // full from its first publish to the next line's, then has security
    // fixes until the end the table gives (docs/support.md).
    QStringList got;
    for (const SupportSegment &s : SupportLines::history(SupportPolicy(), docPublishes(), utc("2026-10-27T12:00:00Z")))
        got.append(QStringLiteral("%1.%2 %3 %4 %5%6")
                       .arg(s.major)
                       .arg(s.minor)
                       .arg(LineSupport::statusName(s.status), s.from.date().toString(Qt::ISODate), s.to.date().toString(Qt::ISODate),
                            s.projected ? QStringLiteral(" projected") : QString()));
    got.sort();
    CHECK(got
          == QStringList({QStringLiteral("0.70 full 2026-10-05 2026-10-12"), QStringLiteral("0.70 security 2026-10-12 2026-10-26"),
                          QStringLiteral("0.71 full 2026-10-12 2026-10-19"), QStringLiteral("0.71 security 2026-10-19 2026-11-02 projected"),
                          QStringLiteral("0.72 full 2026-10-19 2026-10-26"), QStringLiteral("0.72 security 2026-10-26 2026-11-09 projected"),
                          QStringLiteral("0.73 full 2026-10-26 2026-11-02 projected")}));
    // The LTS table: 0.70 keeps security fixes for a year as the quarter's LTS line.
    SupportPolicy lts;
    lts.securityLines = 1;
    lts.ltsEveryMonths = 3;
    lts.ltsMonths = 12;
    bool found = false;
    for (const SupportSegment &s : SupportLines::history(lts, docPublishes(), utc("2026-10-27T12:00:00Z"))) {
        if (s.minor == 70 && s.status == LineSupport::Status::Lts) {
            found = true;
            CHECK(s.from.date() == QDate(2026, 10, 19));
            CHECK(s.to.date() == QDate(2027, 10, 5));
            CHECK(s.lts);
        }
    }
    CHECK(found);
}
