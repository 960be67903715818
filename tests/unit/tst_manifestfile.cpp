// The release manifest: read with located errors, changed in place.
// Expectations come from PyYAML (what another parser reads) and git diff
// (which lines a change touched).
#include "testsupport.h"

#include "workspace/manifestfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

ManifestRelease release(const char *version)
{
    ManifestRelease r;
    r.version = *Version::parse(QString::fromLatin1(version));
    r.ossCommit = QStringLiteral("4ea3e4b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7");
    r.saasDate = QDateTime(QDate(2026, 11, 17), QTime(14, 0), Qt::UTC);
    r.images.insert(QStringLiteral("enterprise-server"), QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
    r.state = ManifestRelease::State::Staged;
    r.due = r.saasDate.addDays(7);
    r.audit.append({QDateTime(QDate(2026, 11, 17), QTime(15, 0), Qt::UTC), QStringLiteral("Riley Release <riley@example.com>"),
                    QStringLiteral("stage"), QStringLiteral("weekly: 0.73.0 after SaaS")});
    return r;
}

} // namespace

TEST_CASE("Releases and audit lines are added where they belong, and read back by another parser", "[manifest]")
{
    const QString file = QStringLiteral("releases.yaml");
    QString error;
    auto text = ManifestFile::appendRelease(ManifestFile::empty(), release("0.72.0"), file, &error);
    INFO(error.toStdString());
    REQUIRE(text);
    text = ManifestFile::appendRelease(*text, release("0.73.0"), file, &error);
    REQUIRE(text);
    const QByteArray twoReleases = *text;

    // An audit line for the first release goes after its last one, not at the end.
    const AuditEntry approve{QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC), QStringLiteral("Avery Approver <avery@example.com>"),
                             QStringLiteral("approve"), QStringLiteral("validated on SaaS: \"no regressions\"")};
    text = ManifestFile::appendAudit(*text, *Version::parse(QStringLiteral("0.72.0")), approve, file, &error);
    REQUIRE(text);
    const auto [removed, added] = changedLines(twoReleases, *text);
    CHECK(removed.isEmpty());
    CHECK(added.size() == 4);

    const QJsonArray releases = readWithPyYaml(*text, false).toObject()[QStringLiteral("releases")].toArray();
    REQUIRE(releases.size() == 2);
    const QJsonObject first = releases[0].toObject();
    CHECK(first[QStringLiteral("version")] == QJsonValue(QStringLiteral("0.72.0")));
    CHECK(first[QStringLiteral("ossCommit")] == QJsonValue(QStringLiteral("4ea3e4b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7")));
    CHECK(first[QStringLiteral("enterprise")].toObject()[QStringLiteral("state")] == QJsonValue(QStringLiteral("staged")));
    CHECK(first[QStringLiteral("enterprise")].toObject()[QStringLiteral("due")] == QJsonValue(QStringLiteral("2026-11-24T14:00:00Z")));
    const QJsonArray audit = first[QStringLiteral("audit")].toArray();
    REQUIRE(audit.size() == 2);
    CHECK(audit[1].toObject()[QStringLiteral("note")] == QJsonValue(QStringLiteral("validated on SaaS: \"no regressions\"")));
    CHECK(audit[1].toObject()[QStringLiteral("by")] == QJsonValue(QStringLiteral("Avery Approver <avery@example.com>")));
    CHECK(releases[1].toObject()[QStringLiteral("audit")].toArray().size() == 1);

    // A state change is the state and due lines, nothing else.
    const auto published = ManifestFile::setState(*text, *Version::parse(QStringLiteral("0.72.0")),
                                                  ManifestRelease::State::Published, {}, file, &error);
    REQUIRE(published);
    const auto [r2, a2] = changedLines(*text, *published);
    CHECK(r2 == QStringList{QStringLiteral("      state: staged")});
    CHECK(a2 == QStringList{QStringLiteral("      state: published")});

    const ManifestLoad load = ManifestFile::parse(*published, file);
    CHECK(load.problems.isEmpty());
    REQUIRE(load.manifest.releases.size() == 2);
    CHECK(load.manifest.releases[0].state == ManifestRelease::State::Published);
    CHECK(load.manifest.releases[0].audit.size() == 2);
    CHECK(load.manifest.releases[0].audit[1].at == approve.at);

    // The same version twice is refused.
    CHECK_FALSE(ManifestFile::appendRelease(*published, release("0.73.0"), file, &error));
    CHECK(error == QLatin1String("releases.yaml: version 0.73.0 is already in the manifest"));
}

TEST_CASE("A hand-edited manifest keeps its comments and layout through changes", "[manifest]")
{
    const QByteArray text = R"(# Release manifest of the OpenHands charts.
releases:
- version: 0.71.0     # flush-left items, as some editors write them
  ossCommit: "65aa139595de65aa139595de65aa139595de65aa"
  saasDate: "2026-11-03T14:00:00Z"
  images: {}
  enterprise:
    state: published
    due: "2026-11-10T14:00:00Z"
  audit:
  - at: "2026-11-03T15:00:00Z"
    by: "Riley Release <riley@example.com>"
    action: stage

  # 0.72.0 was re-staged once.
- version: 0.72.0
  ossCommit: ""
  saasDate: ""
  enterprise: {state: staged, due: "2026-11-17T14:00:00Z"}
  audit:
  - {at: "2026-11-10T15:00:00Z", by: "Riley Release <riley@example.com>", action: stage}
)";
    QString error;
    const AuditEntry note{QDateTime(QDate(2026, 11, 11), QTime(8, 0), Qt::UTC), QStringLiteral("Sam Support <sam@example.com>"),
                          QStringLiteral("supersede"), QString()};
    const auto out = ManifestFile::appendAudit(text, *Version::parse(QStringLiteral("0.71.0")), note,
                                               QStringLiteral("releases.yaml"), &error);
    INFO(error.toStdString());
    REQUIRE(out);
    const auto [removed, added] = changedLines(text, *out);
    CHECK(removed.isEmpty());
    // After 0.71.0's last audit line, before the blank line and the comment
    // that belong to 0.72.0, at the indentation the file uses.
    CHECK(added == QStringList{QStringLiteral("  - at: \"2026-11-11T08:00:00Z\""),
                               QStringLiteral("    by: \"Sam Support <sam@example.com>\""),
                               QStringLiteral("    action: supersede")});
    const int at = out->indexOf("    action: supersede");
    CHECK(at < out->indexOf("  # 0.72.0 was re-staged once."));
    // A flow-style state is changed in place too.
    const auto state = ManifestFile::setState(*out, *Version::parse(QStringLiteral("0.72.0")), ManifestRelease::State::Superseded,
                                              {}, QStringLiteral("releases.yaml"), &error);
    REQUIRE(state);
    CHECK(state->contains("enterprise: {state: superseded, due: \"2026-11-17T14:00:00Z\"}"));
    const QJsonArray releases = readWithPyYaml(*state, false).toObject()[QStringLiteral("releases")].toArray();
    CHECK(releases[0].toObject()[QStringLiteral("audit")].toArray().size() == 2);
    CHECK(releases[1].toObject()[QStringLiteral("enterprise")].toObject()[QStringLiteral("state")]
          == QJsonValue(QStringLiteral("superseded")));
}

TEST_CASE("Bad manifest entries are reported with line and column, and the rest loads", "[manifest][badinput]")
{
    const ManifestLoad load = ManifestFile::parse(R"(releases:
  - version: 0.72.0
    enterprise: {state: shipped}
  - version: 0.73.0
    ossCommit: abc
  - version: banana
  - version: 0.74.0
    saasDate: last tuesday
  - version: 0.75.0
    images: {server: latest}
  - version: 0.76.0
    colour: blue
  - version: 0.76.0
  - version: 0.77.0
    audit:
      - {by: me, action: stage}
  - version: 0.78.0
    commits: {runtime-api: main}
  - version: 0.79.0
    commits: [runtime-api]
  - version: 0.73.1
    enterprise: {state: staged, branch: "release/0.74"}
  - version: 0.73.2
    enterprise: {state: staged, branch: "../../refs/heads/main"}
  - version: 0.73.3
    audit:
      - {at: "2026-11-17T15:00:00Z", by: "A <a@b.c>", action: approve, charts: HEAD}
  - version: 0.73.4
    upgradeStop: true
  - version: 0.73.5
    upgradeStop: {why: migration}
  - version: 0.74.0
    enterprise: {state: staged, branch: "release/0.74"}
  - version: 0.74.1
    saasDate: "2026-11-17T15:00:00Z"
    enterprise: {state: staged, branch: "release/0.74"}
)",
                                                  QStringLiteral("releases.yaml"));
    QStringList p;
    for (const Problem &problem : load.problems)
        p.append(problem.toString());
    INFO(p.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(load.fatal);
    CHECK(p.contains(QStringLiteral("releases.yaml:3:25: release 0.72.0: state must be none, staged, approved, published or superseded, not 'shipped'")));
    CHECK(p.contains(QStringLiteral("releases.yaml:5:16: release 0.73.0: ossCommit must be 40 hex digits, not 'abc'")));
    CHECK(p.filter(QStringLiteral("banana")).value(0).startsWith(QLatin1String("releases.yaml:6:14: 'banana' is not a version: ")));
    CHECK(p.contains(QStringLiteral("releases.yaml:8:15: saasDate must be a date and time such as 2026-11-24T14:00:00Z, not 'last tuesday'")));
    CHECK(p.contains(QStringLiteral("releases.yaml:10:22: release 0.75.0: image 'server' has no sha256 digest: 'latest'")));
    CHECK(p.contains(QStringLiteral("releases.yaml:12:5: unknown key 'colour' in a release")));
    CHECK(p.contains(QStringLiteral("releases.yaml:13:14: version 0.76.0 is listed twice")));
    CHECK(p.contains(QStringLiteral("releases.yaml:16:9: release 0.77.0: an audit line needs at, by and action")));
    CHECK(p.contains(QStringLiteral("releases.yaml:18:28: release 0.78.0: commit of 'runtime-api' must be 40 hex digits, not 'main'")));
    CHECK(p.contains(QStringLiteral("releases.yaml:20:14: release 0.79.0: commits must map repositories to commit ids")));
    // A line's branch is its own line's, and an approved charts commit a commit id.
    CHECK(p.contains(QStringLiteral("releases.yaml:22:41: release 0.73.1: branch must be release/0.73, its line's branch, not 'release/0.74'")));
    CHECK(p.contains(QStringLiteral("releases.yaml:24:41: release 0.73.2: branch must be release/0.73, its line's branch, not '../../refs/heads/main'")));
    CHECK(p.contains(QStringLiteral("releases.yaml:27:80: release 0.73.3: an audit line's charts must be 40 hex digits, not 'HEAD'")));
    // A required stop says why.
    CHECK(p.contains(QStringLiteral("releases.yaml:29:18: release 0.73.4: upgradeStop must say why upgrades stop at it (\"database migration\")")));
    CHECK(p.contains(QStringLiteral("releases.yaml:31:18: release 0.73.5: upgradeStop must say why upgrades stop at it (\"database migration\")")));
    // Only an older line's patch or fix is on a branch, and SaaS never ships it.
    CHECK(p.contains(QStringLiteral("releases.yaml:33:41: release 0.74.0: a line's first release is made on main, not on 'release/0.74': remove the branch")));
    CHECK(p.contains(QStringLiteral("releases.yaml:36:41: release 0.74.1: a release on release/0.74 is a patch of an older line, which SaaS "
                                    "never ships, yet it has a saasDate")));
    // The good entry and the one with only an unknown key load.
    QStringList loaded;
    for (const ManifestRelease &r : load.manifest.releases)
        loaded.append(r.version.toString());
    CHECK(loaded == QStringList{QStringLiteral("0.76.0")});

    // yaml-cpp reads empty documents forever after a stray ',': one line, at once.
    for (const QByteArray &comma : {QByteArray(","), QByteArray("  ,;\xc8i"), QByteArray("releases: []\n,\n"),
                                    QByteArray("releases: []\n---\n\"unterminated\n"), QByteArray("releases: []\n...\n\"x")}) {
        const ManifestLoad hang = ManifestFile::parse(comma, QStringLiteral("releases.yaml"));
        INFO(comma.toStdString());
        CHECK(hang.fatal);
        CHECK(hang.problems.size() == 1);
    }

    // An edit of a version written twice is refused: the entry the reader
    // leaves out could come into effect.
    const QByteArray twice = "releases:\n"
                             "  - version: 0.63.0\n    enterprise: {state: staged, due: \"2026-09-14T14:80:00Z\"}\n"
                             "  - version: 0.63.0\n    enterprise: {state: published}\n";
    QString error;
    CHECK_FALSE(ManifestFile::setState(twice, *Version::parse(QStringLiteral("0.63.0")), ManifestRelease::State::Superseded,
                                       QDateTime(QDate(2026, 9, 14), QTime(14, 0), Qt::UTC), QStringLiteral("releases.yaml"), &error));
    CHECK(error == QLatin1String("releases.yaml: version 0.63.0 is listed more than once; fix the manifest first"));
    CHECK_FALSE(ManifestFile::appendAudit(twice, *Version::parse(QStringLiteral("0.63.0")),
                                          {QDateTime(QDate(2026, 9, 14), QTime(14, 0), Qt::UTC), QStringLiteral("A <a@example.com>"),
                                           QStringLiteral("approve"), QStringLiteral("ok")},
                                          QStringLiteral("releases.yaml"), &error));
    CHECK(error == QLatin1String("releases.yaml: version 0.63.0 is listed more than once; fix the manifest first"));

    const ManifestLoad broken = ManifestFile::parse("releases: [\n", QStringLiteral("releases.yaml"));
    CHECK(broken.fatal);
    REQUIRE(broken.problems.size() == 1);
    CHECK(broken.problems.first().toString().startsWith(QLatin1String("releases.yaml:2:1: ")));
}
