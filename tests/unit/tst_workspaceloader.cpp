#include "testsupport.h"

#include "workspace/workspaceloader.h"

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

WorkspaceLoad loadText(const char *text)
{
    return WorkspaceLoader::loadFromText(QStringLiteral("/ws/releasedeck.yaml"), QByteArray(text));
}

} // namespace

TEST_CASE("The documented workspace example loads", "[workspace]")
{
    const WorkspaceLoad load = loadText(R"(name: OpenHands
repos:
  - id: oss
    path: ../OpenHands            # a clone, or a bare repository
    releaseTags: "{version}"
  - id: cloud
    path: ../OpenHands-Cloud
components:
  - id: enterprise-server         # an image, built from the commits of `repo`
    kind: image
    image: ghcr.io/openhands/enterprise-server
    repo: oss
  - id: runtime
    kind: image
    image: ghcr.io/openhands/runtime
    aliases: [ghcr.io/all-hands-ai/runtime]
    repo: oss
  - id: openhands-chart           # a Helm chart released by tags in `repo`
    kind: chart
    repo: cloud
    chart: openhands              # Chart.yaml `name:`; found wherever it lives
    aliases: []
    tags: "openhands/{version}"
    image: enterprise-server      # the component its values.yaml deploys
)");
    INFO(problemTexts(load).join(QLatin1Char('\n')).toStdString());
    REQUIRE(load.problems.isEmpty());
    REQUIRE_FALSE(load.fatal);
    const Workspace &ws = load.workspace;
    CHECK(ws.name == QLatin1String("OpenHands"));
    REQUIRE(ws.repos.size() == 2);
    CHECK(ws.repos[0].path == QLatin1String("/OpenHands"));
    CHECK(ws.repos[1].releaseTags.front().pattern() == QLatin1String("{version}"));
    REQUIRE(ws.components.size() == 3);
    CHECK(ws.imageComponentFor(QStringLiteral("ghcr.io/all-hands-ai/runtime"))->id == QLatin1String("runtime"));
    const Component *chart = ws.component(QStringLiteral("openhands-chart"));
    REQUIRE(chart);
    CHECK(chart->kind == Component::Kind::Chart);
    CHECK(chart->tags.pattern() == QLatin1String("openhands/{version}"));
    CHECK(chart->deploysImage == QLatin1String("enterprise-server"));
}

TEST_CASE("Bad entries are reported with file, line and column, and the rest loads", "[workspace]")
{
    const WorkspaceLoad load = loadText(R"(name: Broken
repos:
  - id: oss
    path: ../oss
  - id: oss
    path: ../again
  - path: ../no-id
  - id: tmpl
    path: ../tmpl
    releaseTags: "release"
components:
  - id: good
    image: ghcr.io/x/good
    repo: oss
  - id: wrongkind
    kind: helm
    repo: oss
  - id: norepo
    kind: image
    image: ghcr.io/x/y
    repo: missing
  - id: chart-without-name
    kind: chart
    repo: oss
  - id: chart-bad-image
    kind: chart
    repo: oss
    chart: c
    image: nothing
  - id: typo
    kind: image
    imgae: ghcr.io/x/typo
    image: ghcr.io/x/typo
    repo: oss
)");
    const QStringList p = problemTexts(load);
    INFO(p.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(load.fatal);
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:5:9: duplicate repository id 'oss'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:7:5: repository entry has no 'id'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:10:18: tag template \"release\" has no {version}")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:16:11: component 'wrongkind': kind must be 'image' or 'chart', not 'helm'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:21:11: component 'norepo' names unknown repository 'missing'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:22:5: chart component 'chart-without-name' has no 'chart'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:29:12: chart component 'chart-bad-image' deploys 'nothing', which is not an image component")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:32:5: unknown key 'imgae' in component")));
    // What was valid still loaded.
    CHECK(load.workspace.repos.size() == 1);
    CHECK(load.workspace.component(QStringLiteral("good")));
    CHECK(load.workspace.component(QStringLiteral("typo")));
    CHECK(load.workspace.component(QStringLiteral("chart-bad-image")));
    CHECK_FALSE(load.workspace.component(QStringLiteral("wrongkind")));
}

TEST_CASE("Trains and the stagger policy are read, and bad values are located", "[workspace][badinput]")
{
    const WorkspaceLoad good = loadText(R"(repos:
  - id: oss
    path: ../oss
components:
  - id: server
    image: ghcr.io/x/server
    train: saas
    repo: oss
  - id: cli
    image: ghcr.io/x/cli
    repo: oss
policy:
  staggerDays: 14
  minSoakDays: 3
)");
    CHECK(problemTexts(good).isEmpty());
    CHECK(good.workspace.minSoakDays == 3);
    CHECK(good.workspace.component(QStringLiteral("server"))->train == Component::Train::Saas);
    CHECK(good.workspace.component(QStringLiteral("cli"))->train == Component::Train::Oss);
    CHECK(good.workspace.staggerDays == 14);

    const WorkspaceLoad bad = loadText(R"(repos:
  - id: oss
    path: ../oss
components:
  - id: server
    image: ghcr.io/x/server
    train: enterprise
    repo: oss
  - id: chart
    kind: chart
    chart: c
    train: saas
    repo: oss
policy:
  staggerDays: a week
  stager: 3
  minSoakDays: -1
)");
    const QStringList p = problemTexts(bad);
    INFO(p.join(QLatin1Char('\n')).toStdString());
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:7:12: component 'server': train must be 'oss' or 'saas', not 'enterprise'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:12:12: component 'chart': only image components have 'train'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:15:16: 'staggerDays' must be a whole number of days from 0 to 365, not 'a week'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:16:3: unknown key 'stager' in policy")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:17:16: 'minSoakDays' must be a whole number of days from 0 to 365, not '-1'")));
    CHECK(bad.workspace.staggerDays == 7);
    CHECK(bad.workspace.minSoakDays == 2);
    CHECK(p.size() == 5);
}

TEST_CASE("Registries: a layout folder or a URL, checked and located", "[workspace][badinput]")
{
    const WorkspaceLoad good = loadText(R"(repos:
  - id: oss
    path: ../oss
registries:
  - id: local
    layout: registry
  - id: ghcr.io
    url: https://ghcr.io
  - id: lab
    url: http://registry.lab:5000
    insecure: true
)");
    CHECK(problemTexts(good).isEmpty());
    REQUIRE(good.workspace.registries.size() == 3);
    CHECK(good.workspace.registries[0].layout == QLatin1String("/ws/registry"));
    CHECK(good.workspace.registryPath == QLatin1String("/ws/registry"));
    CHECK(good.workspace.registries[1].url == QLatin1String("https://ghcr.io"));
    CHECK(good.workspace.registries[1].userVariable() == QLatin1String("RELEASEDECK_REGISTRY_GHCR_IO_USER"));
    CHECK(good.workspace.registries[1].passwordVariable() == QLatin1String("RELEASEDECK_REGISTRY_GHCR_IO_PASSWORD"));
    CHECK(good.workspace.registries[2].insecure);

    const WorkspaceLoad bad = loadText(R"(repos:
  - id: oss
    path: ../oss
registries:
  - id: both
    layout: registry
    url: https://ghcr.io
  - id: ftp
    url: ftp://example.com
  - id: maybe
    url: https://example.com
    insecure: sometimes
  - id: ca
    url: https://example.com
    caFile: missing-ca.pem
  - id: dup
    layout: other
  - id: dup
    layout: again
  - layout: nameless
)");
    const QStringList p = problemTexts(bad);
    INFO(p.join(QLatin1Char('\n')).toStdString());
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:5:5: registry 'both' needs either 'layout' or 'url'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:9:10: registry 'ftp': url must be https://host or http://host, not 'ftp://example.com'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:12:15: registry 'maybe': insecure must be true or false, not 'sometimes'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:15:13: registry 'ca': caFile /ws/missing-ca.pem does not exist")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:18:9: duplicate registry id 'dup'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:20:5: registry entry has no 'id'")));
    CHECK(p.size() == 6);
    REQUIRE(bad.workspace.registries.size() == 1); // the first 'dup'; a bad entry takes no id
    CHECK(bad.workspace.registries[0].layout == QLatin1String("/ws/other"));
}

TEST_CASE("Where images and charts are stored: hosts, image tags and chart locations", "[workspace][badinput]")
{
    const WorkspaceLoad good = loadText(R"(repos:
  - id: oss
    path: ../oss
components:
  - id: runtime
    image: ghcr.io/openhands/runtime
    imageTag: "{version}-nikolaik"
    repo: oss
  - id: python
    image: library/python
    repo: oss
  - id: chart
    kind: chart
    chart: openhands
    oci: oci://ghcr.io/openhands/charts/openhands
    repo: oss
registries:
  - id: local
    layout: registry
    host: ghcr.io
  - id: lab
    url: http://127.0.0.1:5000
)");
    INFO(problemTexts(good).join(QLatin1Char('\n')).toStdString());
    CHECK(problemTexts(good).isEmpty());
    const Workspace &ws = good.workspace;
    CHECK(ws.component(QStringLiteral("runtime"))->imageTag.format(*Version::parse(QStringLiteral("0.73.0")))
          == QLatin1String("0.73.0-nikolaik"));
    CHECK(ws.component(QStringLiteral("python"))->imageTag.pattern() == QLatin1String("{version}"));
    CHECK(ws.component(QStringLiteral("chart"))->oci == QLatin1String("ghcr.io/openhands/charts/openhands"));
    CHECK(ws.registries[1].host == QLatin1String("127.0.0.1:5000")); // from the url
    const RegistryLocation runtime = ws.locate(QStringLiteral("ghcr.io/openhands/runtime"));
    REQUIRE(runtime.registry);
    CHECK(runtime.registry->id == QLatin1String("local"));
    CHECK(runtime.repository == QLatin1String("openhands/runtime"));
    CHECK(ws.locate(QStringLiteral("127.0.0.1:5000/a/b")).registry->id == QLatin1String("lab"));
    // Docker's rule: a first part without '.' or ':' is not a host.
    const RegistryLocation python = ws.locate(QStringLiteral("library/python"));
    CHECK_FALSE(python.registry);
    CHECK(python.repository == QLatin1String("library/python"));
    CHECK(splitRepositoryName(QStringLiteral("localhost/x")).first == QLatin1String("localhost"));

    const WorkspaceLoad bad = loadText(R"(repos:
  - id: oss
    path: ../oss
components:
  - id: spaced
    image: ghcr.io/a/b
    imageTag: "{version} final"
    repo: oss
  - id: twice
    image: ghcr.io/a/c
    imageTag: "{version}-{version}"
    repo: oss
  - id: image-oci
    image: ghcr.io/a/d
    oci: ghcr.io/a/charts/d
    repo: oss
  - id: chart-tag
    kind: chart
    chart: c
    imageTag: "{version}"
    repo: oss
  - id: no-path
    kind: chart
    chart: c
    oci: ghcr.io
    repo: oss
  - id: with-tag
    kind: chart
    chart: c
    oci: ghcr.io/a/charts/c:1.0.0
    repo: oss
registries:
  - id: a
    layout: a
    host: ghcr.io
  - id: b
    layout: b
    host: GHCR.io
  - id: c
    layout: c
    host: https://quay.io/
)");
    const QStringList p = problemTexts(bad);
    INFO(p.join(QLatin1Char('\n')).toStdString());
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:7:15: component 'spaced': imageTag \"{version} final\" does not make a valid image tag")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:11:15: component 'twice': imageTag: tag template \"{version}-{version}\" has {version} more than once")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:15:10: component 'image-oci': only chart components have an 'oci' location")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:20:15: component 'chart-tag': only image components have 'imageTag'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:25:10: component 'no-path': oci must name a repository such as ghcr.io/org/charts/name, not 'ghcr.io'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:30:10: component 'with-tag': oci must name a repository such as ghcr.io/org/charts/name, not 'ghcr.io/a/charts/c:1.0.0'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:38:11: registry 'b': host GHCR.io is already served by registry 'a'")));
    CHECK(p.contains(QStringLiteral("/ws/releasedeck.yaml:41:11: registry 'c': host must be a host name such as ghcr.io, not 'https://quay.io/'")));
    CHECK(p.size() == 8);
}

TEST_CASE("The release manifest's place: a repository and a path in it", "[workspace][badinput]")
{
    const WorkspaceLoad good = loadText("repos:\n  - id: charts\n    path: ../charts\nmanifest:\n  repo: charts\n");
    CHECK(problemTexts(good).isEmpty());
    CHECK(good.workspace.manifestRepo == QLatin1String("charts"));
    CHECK(good.workspace.manifestPath == QLatin1String("releases.yaml"));

    for (const auto &[text, expected] : QList<QPair<const char *, const char *>>{
             {"manifest: releases.yaml\n", "/ws/releasedeck.yaml:4:11: 'manifest' must be a mapping with 'repo' and 'path'"},
             {"manifest:\n  path: releases.yaml\n", "/ws/releasedeck.yaml:5:3: 'manifest' has no 'repo'"},
             {"manifest:\n  repo: cloud\n", "/ws/releasedeck.yaml:5:9: manifest names unknown repository 'cloud'"},
             {"manifest:\n  repo: charts\n  path: ../releases.yaml\n",
              "/ws/releasedeck.yaml:6:9: manifest path must be a plain path inside the repository, not '../releases.yaml'"},
             {"manifest:\n  repo: charts\n  file: releases.yaml\n", "/ws/releasedeck.yaml:6:3: unknown key 'file' in manifest"},
         }) {
        const QByteArray full = QByteArray("repos:\n  - id: charts\n    path: ../charts\n") + text;
        const WorkspaceLoad bad = WorkspaceLoader::loadFromText(QStringLiteral("/ws/releasedeck.yaml"), full);
        INFO(problemTexts(bad).join(QLatin1Char('\n')).toStdString());
        CHECK(problemTexts(bad).contains(QString::fromUtf8(expected)));
    }
}

TEST_CASE("Self-approval is off unless the policy says true", "[workspace][badinput]")
{
    const QByteArray repos = "repos:\n  - id: oss\n    path: ../oss\n";
    CHECK_FALSE(WorkspaceLoader::loadFromText(QStringLiteral("/ws/releasedeck.yaml"), repos).workspace.selfApproval);
    CHECK(WorkspaceLoader::loadFromText(QStringLiteral("/ws/releasedeck.yaml"), repos + "policy:\n  selfApproval: true\n")
              .workspace.selfApproval);
    const WorkspaceLoad bad = WorkspaceLoader::loadFromText(QStringLiteral("/ws/releasedeck.yaml"), repos + "policy:\n  selfApproval: sometimes\n");
    CHECK(problemTexts(bad) == QStringList{QStringLiteral("/ws/releasedeck.yaml:5:17: 'selfApproval' must be true or false, not 'sometimes'")});
    CHECK_FALSE(bad.workspace.selfApproval);
}

TEST_CASE("A chart component with an empty chart name is an error, not a chart that matches nothing", "[workspace][badinput]")
{
    const QByteArray head = "repos:\n  - id: r\n    path: ../r\ncomponents:\n";
    for (const QByteArray &chart : {QByteArray("\"\""), QByteArray("!c"), QByteArray("\"  \"")}) {
        INFO(chart.toStdString());
        const WorkspaceLoad load = WorkspaceLoader::loadFromText(QStringLiteral("/ws/releasedeck.yaml"),
                                                                head + "  - {id: c, kind: chart, chart: " + chart + ", repo: r}\n");
        CHECK(problemTexts(load) == QStringList{QStringLiteral("/ws/releasedeck.yaml:5:33: chart component 'c': 'chart' is empty; "
                                                               "give the name in its Chart.yaml")});
        CHECK(load.workspace.components.isEmpty());
    }
}

TEST_CASE("Freeze windows come from calendar.freezes, whole days, and bad ones are located", "[workspace][badinput][freeze]")
{
    const QByteArray repos = "repos:\n  - id: oss\n    path: ../oss\n";
    const WorkspaceLoad good = WorkspaceLoader::loadFromText(
        QStringLiteral("/ws/releasedeck.yaml"),
        repos + "calendar:\n  freezes:\n    - {from: 2026-12-21, to: 2027-01-04, reason: holidays}\n");
    CHECK(problemTexts(good).isEmpty());
    REQUIRE(good.workspace.freezes.size() == 1);
    const ReleaseDeck::Workspace &ws = good.workspace;
    CHECK(ws.freezeAt(QDateTime(QDate(2026, 12, 21), QTime(0, 0), Qt::UTC)) == &ws.freezes.front());
    CHECK(ws.freezeAt(QDateTime(QDate(2027, 1, 4), QTime(23, 59), Qt::UTC)) == &ws.freezes.front());
    CHECK_FALSE(ws.freezeAt(QDateTime(QDate(2026, 12, 20), QTime(23, 59), Qt::UTC)));
    CHECK_FALSE(ws.freezeAt(QDateTime(QDate(2027, 1, 5), QTime(0, 0), Qt::UTC)));
    CHECK(ws.freezes.front().reason == QLatin1String("holidays"));

    auto problems = [&](const QByteArray &calendar) {
        return problemTexts(WorkspaceLoader::loadFromText(QStringLiteral("/ws/releasedeck.yaml"), repos + calendar));
    };
    CHECK(problems("calendar:\n  freezes:\n    - {from: soon, to: 2027-01-04}\n")
          == QStringList{QStringLiteral("/ws/releasedeck.yaml:6:14: 'from' must be a date such as 2026-12-21, not 'soon'")});
    CHECK(problems("calendar:\n  freezes:\n    - {from: 2027-01-04, to: 2026-12-21}\n")
          == QStringList{QStringLiteral("/ws/releasedeck.yaml:6:30: the freeze ends (2026-12-21) before it starts (2027-01-04)")});
    CHECK(problems("calendar:\n  freezes:\n    - {from: 2027-01-04}\n")
          == QStringList{QStringLiteral("/ws/releasedeck.yaml:6:7: a freeze needs 'to' (a date, 2026-12-21)")});
    CHECK(problems("calendar:\n  freezes: december\n")
          == QStringList{QStringLiteral("/ws/releasedeck.yaml:5:12: 'freezes' must be a list")});
    CHECK(problems("calendar:\n  blackouts: []\n").value(0).contains(QLatin1String("blackouts")));
}

TEST_CASE("Unparseable workspace files give one located error", "[workspace]")
{
    const WorkspaceLoad syntax = loadText("name: x\nrepos:\n  - id: [oops\n");
    REQUIRE(syntax.fatal);
    REQUIRE(syntax.problems.size() == 1);
    CHECK(syntax.problems.front().toString().startsWith(QLatin1String("/ws/releasedeck.yaml:4:1: ")));
    CHECK_FALSE(syntax.problems.front().toString().contains(QLatin1Char('\n')));

    const WorkspaceLoad list = loadText("- a\n- b\n");
    REQUIRE(list.fatal);
    CHECK(problemTexts(list).contains(QStringLiteral("/ws/releasedeck.yaml:1:1: the workspace file must be a mapping")));

    const WorkspaceLoad missing = WorkspaceLoader::load(QStringLiteral("/nonexistent/releasedeck.yaml"));
    REQUIRE(missing.fatal);
    CHECK(problemTexts(missing) == QStringList{QStringLiteral("/nonexistent/releasedeck.yaml: workspace file does not exist")});
}

TEST_CASE("Hidden characters in the workspace's name, its keys and its path are shown escaped, each on one line", "[workspace][badinput]")
{
    // A line break, an escape and a right-to-left override in the name.
    const WorkspaceLoad named = loadText("name: \"Open\\nHands \\e[31m\\u202eX\"\nrepos: []\n");
    CHECK(named.workspace.name == QStringLiteral("Open\\x0aHands \\x1b[31m\\u{202e}X"));
    CHECK(problemTexts(named).contains(
        QStringLiteral("/ws/releasedeck.yaml:1:7: 'name' holds a line break, a control or a direction character; it is shown escaped")));
    // Joiners in emoji and in Persian, a flag's tag characters: ordinary text.
    const QString ordinary = QStringLiteral("Family \U0001F468\u200D\U0001F469\u200D\U0001F467 \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 "
                                            "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F");
    const WorkspaceLoad plain = loadText(("name: \"" + ordinary + "\"\nrepos: []\n").toUtf8().constData());
    CHECK(plain.workspace.name == ordinary);
    CHECK(plain.problems.isEmpty());
    // A key with a line break in it, named on one line.
    const WorkspaceLoad key = loadText("name: x\n\"re\\npos\": []\n");
    for (const QString &p : problemTexts(key)) {
        INFO(p.toStdString());
        CHECK_FALSE(p.contains(QLatin1Char('\n')));
    }
    CHECK(problemTexts(key).join(QLatin1Char('|')).contains(QStringLiteral("re\\x0apos")));
    // A path with a line break: the location stays one line.
    const WorkspaceLoad missing = WorkspaceLoader::load(QStringLiteral("/nonexistent/two\nlines/releasedeck.yaml"));
    CHECK(problemTexts(missing) == QStringList{QStringLiteral("/nonexistent/two\\x0alines/releasedeck.yaml: workspace file does not exist")});
}

TEST_CASE("A workspace path too long for the system says so, not that the file does not exist", "[workspace][badinput]")
{
    const QString longName = QStringLiteral("/tmp/") + QString(300, QLatin1Char('a')) + QStringLiteral("/releasedeck.yaml");
    CHECK(problemTexts(WorkspaceLoader::load(longName)).value(0).endsWith(
        QStringLiteral(": a name in the path is too long: 300 bytes, where the system takes 255")));
    QString deep = QStringLiteral("/tmp");
    while (deep.size() < 5000)
        deep += QStringLiteral("/abcdefgh");
    const WorkspaceLoad tooDeep = WorkspaceLoader::load(deep + QStringLiteral("/releasedeck.yaml"));
    REQUIRE(tooDeep.fatal);
    CHECK(problemTexts(tooDeep).value(0).contains(QStringLiteral(": the path is too long: ")));
    CHECK(problemTexts(tooDeep).value(0).contains(QStringLiteral("where the system takes fewer than 4096")));
}
