// Independent version streams joined by content. Every expectation comes
// from the git CLI (rev-parse, tag --contains with git's version sort) or
// skopeo, never from ReleaseDeck's own resolution.
#include "mappingstreams.h"

TEST_CASE("The mapping joins each chart release to releases by content, as git rev-parse and tag --contains say",
          "[mapping]")
{
    Streams s;
    const QJsonObject root = runJson({QStringLiteral("mapping"), QStringLiteral("-w"), s.file, QStringLiteral("--json")});
    const QJsonArray charts = root.value(QLatin1String("charts")).toArray();
    REQUIRE(charts.size() == 5);
    int checkedImages = 0;
    for (const QJsonValue &v : charts) {
        const QJsonObject c = v.toObject();
        INFO(c.value(QLatin1String("tag")).toString().toStdString());
        CHECK(c.value(QLatin1String("tag")).toString() == QLatin1String("openhands/") + c.value(QLatin1String("version")).toString());
        QJsonValue own;
        for (const QJsonValue &iv : c.value(QLatin1String("images")).toArray()) {
            const QJsonObject i = iv.toObject();
            const QString tag = i.value(QLatin1String("tag")).toString();
            const QString repository = i.value(QLatin1String("repository")).toString();
            // The commit as git names it: the server's own release tag, or the id in a sha- tag.
            QString expected;
            QString how = QStringLiteral("none");
            if (tag.startsWith(QLatin1String("sha-"))) {
                expected = s.rev(s.oss, tag.mid(4));
                how = QStringLiteral("sha");
            } else if (repository.endsWith(QLatin1String("enterprise-server"))) {
                if (gitResult(s.oss, {QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"),
                                      QStringLiteral("refs/tags/cloud-") + tag})
                        .exitCode
                    == 0) {
                    expected = s.rev(s.oss, QStringLiteral("cloud-") + tag);
                    how = QStringLiteral("version-tag");
                }
            } else if (gitResult(s.oss, {QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"),
                                         QStringLiteral("refs/tags/") + tag})
                           .exitCode
                       == 0) {
                expected = s.rev(s.oss, tag);
                how = QStringLiteral("version-tag");
            }
            CHECK(i.value(QLatin1String("how")).toString() == how);
            if (expected.isEmpty()) {
                CHECK(i.value(QLatin1String("commit")).isNull());
                CHECK(i.value(QLatin1String("release")).isNull());
            } else {
                CHECK(i.value(QLatin1String("commit")).toString() == expected);
                // A unified image's version tag names its release itself.
                const QString release = how == QLatin1String("version-tag") && !repository.endsWith(QLatin1String("enterprise-server"))
                                            ? tag
                                            : firstReleaseContaining(s.oss, expected);
                CHECK(i.value(QLatin1String("release")).toString(QStringLiteral("(null)")) == (release.isEmpty() ? QStringLiteral("(null)") : release));
            }
            if (repository.endsWith(QLatin1String("enterprise-server")))
                own = i.value(QLatin1String("release"));
            ++checkedImages;
        }
        CHECK(c.value(QLatin1String("deploys")) == own);
    }
    CHECK(checkedImages == 10);

    // In the app's train: chart 0.12.0 sits on OSS 0.61.0, never on OSS 0.12.0.
    const WorkspaceLoad load = WorkspaceLoader::load(s.file);
    REQUIRE(load.problems.isEmpty());
    const auto overview = Overview::build(Scanner::scan(load.workspace));
    const ReleaseTrain &train = overview->train;
    const int old = train.indexOf(*Version::parse(QStringLiteral("0.12.0")));
    REQUIRE(old >= 0);
    CHECK(train.releases()[old].charts.isEmpty());
    CHECK(train.releases()[old].enterprise == TrainRelease::Enterprise::None);
    const QString first = firstReleaseContaining(s.oss, s.rev(s.oss, QStringLiteral("cloud-1.51.0")));
    REQUIRE(first == QLatin1String("0.61.0"));
    const int row = train.indexOf(*Version::parse(first));
    REQUIRE(row >= 0);
    QStringList joined;
    for (int i : train.releases()[row].charts)
        joined.append(overview->snapshot.charts[i].tag);
    joined.sort();
    CHECK(joined == QStringList{QStringLiteral("openhands/0.12.0"), QStringLiteral("openhands/0.12.1")});
    CHECK(train.releases()[row].chartNumbers == QLatin1String("chart 0.12.0/0.12.1"));
    const VersionMatrix &m = overview->matrix;
    for (int col = 0; col < m.columns().size(); ++col) {
        if (m.columns()[col].kind != MatrixColumn::Kind::ChartVersion)
            continue;
        CHECK(m.cell(row, col).text == QLatin1String("0.12.0, 0.12.1"));
        CHECK(m.cell(row, col).reason.contains(QStringLiteral("deploys enterprise-server 1.51.0, built from commit %1, first released in OSS 0.61.0")
                                                   .arg(s.rev(s.oss, QStringLiteral("cloud-1.51.0")).left(7))));
        CHECK(m.cell(old, col).text == QStringLiteral("—"));
    }
    // 1.53.0 is in no release yet, nightly-7 names no commit: both map to none.
    QStringList unmapped;
    for (int i : train.unmappedCharts())
        unmapped.append(overview->snapshot.charts[i].tag);
    unmapped.sort();
    CHECK(unmapped == QStringList{QStringLiteral("openhands/0.13.0"), QStringLiteral("openhands/0.14.0")});
    CHECK(train.problems().join(u'\n').contains(QLatin1String("Chart openhands: releases 0.13.0, 0.14.0 map to no OSS release")));
}

TEST_CASE("Workflow file pins are resolved like values references, against the git CLI", "[mapping]")
{
    Streams s;
    const QString short1 = s.rev(s.oss, QStringLiteral("0.60.0")).left(7);
    const QString short2 = s.rev(s.oss, QStringLiteral("cloud-1.52.0")).left(10);
    const QByteArray workflow = QStringLiteral("name: deploy\n"
                                               "env:\n"
                                               "  RUNTIME_SHA: %1\n"
                                               "  ENTERPRISE_SERVER_TAG: \"1.52.0\"\n"
                                               "  UNKNOWN_THING_SHA: abcdef1\n"
                                               "  FROM_EXPR_SHA: ${{ github.sha }}\n"
                                               "jobs:\n"
                                               "  deploy:\n"
                                               "    container:\n"
                                               "      image: ghcr.io/x/runtime:sha-%2\n"
                                               "    steps:\n"
                                               "      - uses: docker://ghcr.io/x/enterprise-server:1.50.0\n"
                                               "      - uses: actions/checkout@v4\n")
                                    .arg(short1, short2)
                                    .toUtf8();
    writeFile(s.deploy + QLatin1String("/.github/workflows/deploy.yml"), workflow);
    writeFile(s.deploy + QLatin1String("/.github/workflows/notes.md"), "image: ghcr.io/x/runtime:sha-0000000\n");
    writeFile(s.deploy + QLatin1String("/other.yml"), "env:\n  RUNTIME_SHA: 1111111\n");
    s.commit(s.deploy, 390, QStringLiteral("deploy"));

    const QJsonObject root = runJson({QStringLiteral("scan"), QStringLiteral("-w"), s.file, QStringLiteral("--json")});
    const QJsonArray pins = root.value(QLatin1String("workflowRefs")).toArray();
    struct Expected
    {
        int line;
        QString repository, value, commit, release, how;
    };
    const QString c1 = s.rev(s.oss, short1);
    const QString c2 = s.rev(s.oss, short2);
    const QString c3 = s.rev(s.oss, QStringLiteral("cloud-1.52.0"));
    const QString c4 = s.rev(s.oss, QStringLiteral("cloud-1.50.0"));
    const QList<Expected> expected{
        {3, QStringLiteral("ghcr.io/x/runtime"), short1, c1, firstReleaseContaining(s.oss, c1), QStringLiteral("sha")},
        {4, QStringLiteral("ghcr.io/x/enterprise-server"), QStringLiteral("1.52.0"), c3, firstReleaseContaining(s.oss, c3),
         QStringLiteral("version-tag")},
        {5, QString(), QStringLiteral("abcdef1"), QString(), QString(), QStringLiteral("none")},
        {10, QStringLiteral("ghcr.io/x/runtime"), QStringLiteral("sha-") + short2, c2, firstReleaseContaining(s.oss, c2), QStringLiteral("sha")},
        {12, QStringLiteral("ghcr.io/x/enterprise-server"), QStringLiteral("1.50.0"), c4, firstReleaseContaining(s.oss, c4),
         QStringLiteral("version-tag")},
    };
    REQUIRE(pins.size() == expected.size());
    for (int i = 0; i < pins.size(); ++i) {
        const QJsonObject p = pins[i].toObject();
        const Expected &e = expected[i];
        INFO("line " << e.line);
        CHECK(p.value(QLatin1String("repo")).toString() == QLatin1String("deploy"));
        CHECK(p.value(QLatin1String("file")).toString() == QLatin1String(".github/workflows/deploy.yml"));
        CHECK(p.value(QLatin1String("line")).toInt() == e.line);
        CHECK(p.value(QLatin1String("repository")).toString() == e.repository);
        CHECK(p.value(QLatin1String("value")).toString() == e.value);
        CHECK(p.value(QLatin1String("how")).toString() == e.how);
        CHECK(p.value(QLatin1String("mappedCommit")).toString() == e.commit);
        CHECK(p.value(QLatin1String("mappedRelease")).toString() == e.release);
    }
    // The env pin names its variable; the image string does not.
    CHECK(pins[0].toObject().value(QLatin1String("envName")).toString() == QLatin1String("RUNTIME_SHA"));
    CHECK(pins[3].toObject().value(QLatin1String("envName")).isNull());
}

TEST_CASE("The legacy demo maps its nightly build through the registry's revision label, as skopeo reads it",
          "[mapping][skopeo]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QLatin1String("/legacy");
    const ProcessResult init = releasedeck({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--legacy"), dir});
    REQUIRE(init.exitCode == 0);
    const QString file = dir + QLatin1String("/releasedeck.yaml");
    const QString oss = dir + QLatin1String("/repos/oss.git");

    const ProcessResult inspect = run(QStringLiteral("skopeo"), {QStringLiteral("inspect"),
                                                                 QStringLiteral("oci:") + dir + QLatin1String("/registry/openhands/enterprise-server:nightly-a")});
    REQUIRE(inspect.exitCode == 0);
    const QString revision = QJsonDocument::fromJson(inspect.out)
                                 .object()
                                 .value(QLatin1String("Labels"))
                                 .toObject()
                                 .value(QLatin1String("org.opencontainers.image.revision"))
                                 .toString();
    REQUIRE(revision.size() == 40);

    auto nightly = [](const QJsonObject &root) {
        for (const QJsonValue &v : root.value(QLatin1String("charts")).toArray()) {
            for (const QJsonValue &i : v.toObject().value(QLatin1String("images")).toArray()) {
                if (i.toObject().value(QLatin1String("tag")).toString() == QLatin1String("nightly-a"))
                    return qMakePair(v.toObject(), i.toObject());
            }
        }
        return qMakePair(QJsonObject(), QJsonObject());
    };
    // Without the registry git alone cannot say what a nightly build is.
    const auto [offline, offlineImage] = nightly(runJson({QStringLiteral("mapping"), QStringLiteral("-w"), file, QStringLiteral("--json")}));
    CHECK(offlineImage.value(QLatin1String("how")).toString() == QLatin1String("none"));
    CHECK(offline.value(QLatin1String("deploys")).isNull());
    // Charts mapping to no release are listed in the order of their names, the same on every run.
    QStringList unmappedCharts;
    for (const QJsonValue &p : runJson({QStringLiteral("mapping"), QStringLiteral("-w"), file, QStringLiteral("--json")})
                                   .value(QLatin1String("problems"))
                                   .toArray()) {
        const QString text = p.toString();
        if (text.contains(QLatin1String("map to no OSS release")) || text.contains(QLatin1String("maps to no OSS release")))
            unmappedCharts.append(text.section(QLatin1Char(' '), 1, 1).remove(QLatin1Char(':')));
    }
    REQUIRE(unmappedCharts.size() >= 2);
    QStringList sorted = unmappedCharts;
    sorted.sort();
    CHECK(unmappedCharts == sorted);
    const auto [online, onlineImage] = nightly(runJson({QStringLiteral("mapping"), QStringLiteral("-w"), file, QStringLiteral("--json"),
                                                        QStringLiteral("--check-registry")}));
    CHECK(onlineImage.value(QLatin1String("how")).toString() == QLatin1String("label"));
    CHECK(onlineImage.value(QLatin1String("commit")).toString() == revision);
    const QString release = firstReleaseContaining(oss, revision);
    REQUIRE(!release.isEmpty());
    CHECK(online.value(QLatin1String("deploys")).toString() == release);

    // The table, CSV and Markdown forms hold the same rows.
    const ProcessResult csv = releasedeck({QStringLiteral("mapping"), QStringLiteral("-w"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    CHECK(lines.first().startsWith("chart,version,tag,date,deploys,deploys repository,image,image tag,commit,release,"
                                   "release repository,how"));
    CHECK(csv.out.contains(",openhands/0.12.0,"));
    // runtime-api's chart deploys a release of runtime-api's own numbers, and says so.
    CHECK(csv.out.contains(",0.3.12,runtime-api,ghcr.io/openhands/runtime-api,"));
    const ProcessResult md = releasedeck({QStringLiteral("mapping"), QStringLiteral("-w"), file, QStringLiteral("--format"), QStringLiteral("md")});
    REQUIRE(md.exitCode == 0);
    CHECK(md.out.contains("| openhands | 0.12.0 | openhands/0.12.0 |"));
}

TEST_CASE("adopt writes the first release manifest from history and switches the charts to one version, "
          "as git and PyYAML read them",
          "[mapping][adopt]")
{
    QTemporaryDir tmp;
    const QString dir = legacyDemo(tmp);
    const QString file = dir + QLatin1String("/releasedeck.yaml");
    const QString home = tmp.path() + QLatin1String("/home");
    writeFile(home + QLatin1String("/.gitconfig"), "[user]\n\tname = Riley Release\n\temail = riley@example.com\n");
    const QMap<QString, QString> env{{QStringLiteral("HOME"), home}, {QStringLiteral("XDG_DATA_HOME"), home + QLatin1String("/data")}};
    auto adopt = [&](const QStringList &extra) {
        return run(QStringLiteral(RELEASEDECK_BINARY), QStringList{QStringLiteral("adopt"), QStringLiteral("-w"), file} + extra, {}, env);
    };
    const QByteArray workspaceBefore = [&] {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    const ProcessResult dry = adopt({QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains("record 3 Enterprise releases from history"));
    CHECK(dry.out.contains("0.63.0 is the first unified release"));
    CHECK(dry.out.contains("not recorded, as it maps to no OSS release: openhands/0.9.0"));
    const ProcessResult done = adopt({QStringLiteral("--yes")});
    INFO(done.out.toStdString() << done.err.toStdString());
    REQUIRE(done.exitCode == 0);

    // What history says, worked out by Python from git alone: each openhands
    // chart tag's server image → the cloud- tag of that version → the lowest
    // OSS release containing it; published at the earliest such chart tag.
    const QString script = QStringLiteral(R"(
import json, re, subprocess, sys, yaml
charts, oss = sys.argv[1], sys.argv[2]
def git(repo, *args):
    return subprocess.run(['git', '-C', repo] + list(args), check=True, capture_output=True, text=True).stdout
expected = {}
for tag in git(charts, 'tag', '-l', 'openhands/*').split():
    values = yaml.safe_load(git(charts, 'show', tag + ':charts/openhands/values.yaml'))
    server = str(values['image']['tag'])
    if subprocess.run(['git', '-C', oss, 'rev-parse', '-q', '--verify', 'refs/tags/cloud-' + server], capture_output=True).returncode:
        continue
    commit = git(oss, 'rev-parse', 'cloud-' + server + '^{commit}').strip()
    releases = [t for t in git(oss, 'tag', '--contains', commit, '--sort=version:refname').split() if re.fullmatch(r'\d+\.\d+\.\d+', t)]
    if not releases:
        continue
    when = int(git(charts, 'log', '-1', '--format=%ct', tag).strip())
    entry = expected.setdefault(releases[0], {'when': when, 'tags': []})
    entry['when'] = min(entry['when'], when)
    entry['tags'].append(tag)
manifest = yaml.safe_load(git(charts, 'show', 'main:releases.yaml'))
found = {}
for r in manifest['releases']:
    audit = r['audit']
    found[str(r['version'])] = {'state': r['enterprise']['state'], 'action': audit[0]['action'], 'at': audit[0]['at'],
                                'ossCommit': r['ossCommit'], 'oss': git(oss, 'rev-parse', str(r['version']) + '^{commit}').strip()}
import datetime
print(json.dumps({'expected': {v: {'at': datetime.datetime.fromtimestamp(e['when'], datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
                                   'tags': sorted(e['tags'])} for v, e in expected.items()},
                  'found': found, 'workspace': yaml.safe_load(open(sys.argv[3]))}))
)");
    const ProcessResult py = run(QStringLiteral("python3"), {QStringLiteral("-c"), script, dir + QLatin1String("/repos/charts.git"),
                                                             dir + QLatin1String("/repos/oss.git"), file});
    INFO(py.err.toStdString());
    REQUIRE(py.exitCode == 0);
    const QJsonObject r = QJsonDocument::fromJson(py.out).object();
    const QJsonObject expected = r.value(QLatin1String("expected")).toObject();
    const QJsonObject found = r.value(QLatin1String("found")).toObject();
    CHECK(expected.keys() == found.keys());
    CHECK(expected.size() == 3);
    for (const QString &v : expected.keys()) {
        INFO(v.toStdString());
        const QJsonObject f = found.value(v).toObject();
        CHECK(f.value(QLatin1String("state")).toString() == QLatin1String("published"));
        CHECK(f.value(QLatin1String("action")).toString() == QLatin1String("history"));
        CHECK(f.value(QLatin1String("at")).toString() == expected.value(v).toObject().value(QLatin1String("at")).toString());
        CHECK(f.value(QLatin1String("ossCommit")).toString() == f.value(QLatin1String("oss")).toString());
    }
    // The workspace: the charts on one version from the next OSS release.
    for (const QJsonValue &c : r.value(QLatin1String("workspace")).toObject().value(QLatin1String("components")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(QLatin1String("kind")).toString() != QLatin1String("chart"))
            continue;
        CHECK(o.value(QLatin1String("versioning")).toString() == QLatin1String("unified"));
        CHECK(o.value(QLatin1String("unifiedFrom")).toString() == QLatin1String("0.63.0"));
    }

    // Read back, the train still joins the old chart numbers by content,
    // and the recorded history breaks no rule.
    const WorkspaceLoad load = WorkspaceLoader::load(file);
    REQUIRE(load.problems.isEmpty());
    const auto overview = Overview::build(Scanner::scan(load.workspace));
    CHECK(overview->train.releases()[overview->train.indexOf(*Version::parse(QStringLiteral("0.61.0")))].chartNumbers
          == QLatin1String("chart 0.12.0/0.12.1"));
    CHECK(overview->violations.isEmpty());

    // Done is done: a second adopt is refused, and the workspace is not touched again.
    const ProcessResult again = adopt({QStringLiteral("--yes")});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains("no chart component has 'versioning: independent'"));
    CHECK(workspaceBefore != [&] {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }());
}

TEST_CASE("adopt refuses what it cannot switch safely, and finishes a workspace another machine left behind",
          "[mapping][adopt][badinput]")
{
    QTemporaryDir tmp;
    const QString dir = legacyDemo(tmp);
    const QString file = dir + QLatin1String("/releasedeck.yaml");
    const QString home = tmp.path() + QLatin1String("/home");
    writeFile(home + QLatin1String("/.gitconfig"), "[user]\n\tname = Riley Release\n\temail = riley@example.com\n");
    const QMap<QString, QString> env{{QStringLiteral("HOME"), home}, {QStringLiteral("XDG_DATA_HOME"), home + QLatin1String("/data")}};
    auto adopt = [&](const QString &workspace, const QStringList &extra) {
        return run(QStringLiteral(RELEASEDECK_BINARY), QStringList{QStringLiteral("adopt"), QStringLiteral("-w"), workspace} + extra, {}, env);
    };
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();

    // A chart written as a flow mapping cannot be edited in place: refused, nothing pushed.
    const QString flow = dir + QLatin1String("/flow.yaml");
    QByteArray flowText = original;
    const qsizetype at = flowText.indexOf("  - id: runtime-api-chart\n");
    REQUIRE(at > 0);
    flowText = flowText.left(at)
               + "  - {id: runtime-api-chart, kind: chart, repo: charts, chart: runtime-api, tags: \"runtime-api/{version}\", "
                 "image: runtime-api, versioning: independent}\n"
               + flowText.mid(flowText.indexOf("registries:"));
    writeFile(flow, flowText);
    const ProcessResult refused = adopt(flow, {QStringLiteral("--yes")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains("adopt rewrites 'versioning: independent' only where it is written on a line of its own"));
    CHECK(gitResult(dir + QLatin1String("/repos/charts.git"), {QStringLiteral("cat-file"), QStringLiteral("-e"),
                                                                QStringLiteral("main:releases.yaml")})
              .exitCode
          != 0);

    // Quoted, in either quotes: switched like the plain form (a dry run shows the edit).
    const QString quoted = dir + QLatin1String("/quoted.yaml");
    QByteArray quotedText = original;
    REQUIRE(quotedText.count("versioning: independent") >= 2);
    quotedText.replace("versioning: independent\n", "versioning: 'independent'   # own numbers\n");
    const qsizetype first = quotedText.indexOf("versioning: 'independent'   # own numbers\n");
    quotedText.replace(first, 42, "versioning: \"independent\"\n");
    writeFile(quoted, quotedText);
    const ProcessResult dry = adopt(quoted, {QStringLiteral("--dry-run")});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains("Switch the charts in"));

    // Another machine adopted: the manifest is there, this workspace still says independent.
    const QString copy = dir + QLatin1String("/copy.yaml");
    writeFile(copy, original);
    REQUIRE(adopt(file, {QStringLiteral("--yes")}).exitCode == 0);
    const ProcessResult rest = adopt(copy, {QStringLiteral("--yes")});
    INFO(rest.out.toStdString() << rest.err.toStdString());
    REQUIRE(rest.exitCode == 0);
    CHECK(rest.out.contains("records the history already"));
    CHECK(!rest.out.contains("Push"));
    const WorkspaceLoad load = WorkspaceLoader::load(copy);
    REQUIRE(load.problems.isEmpty());
    for (const Component &c : load.workspace.components) {
        if (c.kind == Component::Kind::Chart) {
            CHECK(!c.isIndependent());
            CHECK(c.unifiedFrom->toString() == QLatin1String("0.63.0"));
        }
    }
}

TEST_CASE("adopt refuses when an old chart number reaches the first unified version", "[mapping][adopt][badinput]")
{
    Streams s;
    // A chart numbered 0.70.0 long before OSS gets there.
    s.chart(QStringLiteral("0.70.0"), QStringLiteral("1.51.0"), QStringLiteral("0.60.0"), 385);
    writeFile(s.tmp.path() + QLatin1String("/home/.gitconfig"), "[user]\n\tname = Riley Release\n\temail = riley@example.com\n");
    // The manifest lives in the charts repository.
    QFile f(s.file);
    REQUIRE(f.open(QIODevice::Append));
    f.write("manifest:\n  repo: charts\n");
    f.close();
    const ProcessResult r = run(QStringLiteral(RELEASEDECK_BINARY), {QStringLiteral("adopt"), QStringLiteral("-w"), s.file, QStringLiteral("--dry-run")},
                                {}, {{QStringLiteral("HOME"), s.tmp.path() + QLatin1String("/home")},
                                     {QStringLiteral("XDG_DATA_HOME"), s.tmp.path() + QLatin1String("/home/data")}});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains("chart tag openhands/0.70.0 is numbered 0.70.0, at or above 0.63.0, the first unified version"));
    CHECK(r.err.count('\n') == 1);
}
