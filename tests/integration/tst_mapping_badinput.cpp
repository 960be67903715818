// Bad input to the mapping, workflow pins and adopt: each kind names what it
// is and where, and nothing is left out silently.
#include "mappingstreams.h"

TEST_CASE("Bad versioning and workflows entries are one-line errors naming the line", "[mapping][badinput]")
{
    QTemporaryDir tmp;
    struct Case
    {
        QByteArray yaml;
        QString expected;
    };
    const QByteArray repo = "repos:\n  - id: oss\n    path: oss\n";
    const QList<Case> cases{
        {repo + "components:\n  - id: a\n    image: ghcr.io/x/a\n    repo: oss\n    versioning: sideways\n",
         QStringLiteral(":8:17: component 'a': versioning must be 'unified' or 'independent', not 'sideways'")},
        {repo + "components:\n  - id: a\n    image: ghcr.io/x/a\n    repo: oss\n    tags: \"cloud-{version}\"\n",
         QStringLiteral(":8:11: component 'a': an image's own release tags need 'versioning: independent'")},
        {"repos:\n  - id: oss\n    path: oss\n    workflows: \"../x/*.yml\"\n",
         QStringLiteral(":4:16: repository 'oss': workflows '../x/*.yml': has an empty, '.' or '..' folder")},
        {"repos:\n  - id: oss\n    path: oss\n    workflows: [\".github/*/deploy.yml\"]\n",
         QStringLiteral(":4:16: repository 'oss': workflows '.github/*/deploy.yml': wildcards belong in the file name only")},
        {"repos:\n  - id: oss\n    path: oss\n    workflows: \".github/workflows/[.yml\"\n",
         QStringLiteral(":4:16: repository 'oss': workflows '.github/workflows/[.yml': is not a valid wildcard pattern")},
        {"repos:\n  - id: oss\n    path: oss\n    workflows: \"/etc/*.yml\"\n",
         QStringLiteral(":4:16: repository 'oss': workflows '/etc/*.yml': must be a path from the repository root")},
    };
    int n = 0;
    for (const Case &c : cases) {
        const QString file = tmp.path() + QStringLiteral("/w%1.yaml").arg(n++);
        writeFile(file, c.yaml);
        const WorkspaceLoad load = WorkspaceLoader::load(file);
        INFO(c.yaml.toStdString());
        REQUIRE(!load.problems.isEmpty());
        CHECK(load.problems.first().toString().startsWith(file + c.expected));
        CHECK(!load.problems.first().toString().contains(u'\n'));
    }
}

TEST_CASE("A chart tag that holds no version is named as left out by mapping and adopt, never listed under a number",
          "[mapping][adopt][badinput]")
{
    QTemporaryDir tmp;
    const QString dir = legacyDemo(tmp);
    const QString file = dir + QLatin1String("/releasedeck.yaml");
    const QString charts = dir + QLatin1String("/repos/charts.git");
    for (const char *tag : {"openhands/0.18.0x", "openhands/v0.12.0"})
        git(charts, {QStringLiteral("tag"), QLatin1String(tag), QStringLiteral("openhands/0.12.0^{commit}")});
    const QJsonObject root = runJson({QStringLiteral("mapping"), QStringLiteral("-w"), file, QStringLiteral("--json")});
    QStringList tags;
    for (const QJsonValue &c : root.value(QLatin1String("charts")).toArray())
        tags.append(c.toObject().value(QLatin1String("tag")).toString());
    CHECK(tags.contains(QLatin1String("openhands/0.12.0")));
    CHECK_FALSE(tags.contains(QLatin1String("openhands/0.18.0x")));
    CHECK_FALSE(tags.contains(QLatin1String("openhands/v0.12.0")));
    const QStringList problems = root.value(QLatin1String("problems")).toVariant().toStringList();
    CHECK(problems.filter(QStringLiteral("tag openhands/0.18.0x holds no version")).size() == 1);
    CHECK(problems.filter(QStringLiteral("tag openhands/v0.12.0 holds no version")).size() == 1);

    const QString home = tmp.path() + QLatin1String("/home");
    writeFile(home + QLatin1String("/.gitconfig"), "[user]\n\tname = Riley Release\n\temail = riley@example.com\n");
    const ProcessResult dry = run(QStringLiteral(RELEASEDECK_BINARY),
                                  {QStringLiteral("adopt"), QStringLiteral("-w"), file, QStringLiteral("--dry-run")}, {},
                                  {{QStringLiteral("HOME"), home}, {QStringLiteral("XDG_DATA_HOME"), home + QLatin1String("/data")}});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains("not recorded, as its tag holds no version: openhands/0.18.0x"));
}

TEST_CASE("A workflow pin with blanks in its value is listed, and a matching entry that is no file is named as not read",
          "[mapping][badinput]")
{
    Streams s;
    writeFile(s.deploy + QLatin1String("/.github/workflows/deploy.yml"),
              "env:\n  RUNTIME_SHA: \"ba7906a\\t\"\njobs:\n  d:\n    container:\n      image: ghcr.io/x/runtime@sha256:abc\n");
    writeFile(s.deploy + QLatin1String("/.github/workflows/folder.yml/x"), "env: {}\n");
    QFile::link(QStringLiteral("deploy.yml"), s.deploy + QLatin1String("/.github/workflows/link.yml"));
    s.commit(s.deploy, 390, QStringLiteral("deploy"));
    // git says what the entries are.
    const QString tree = git(s.deploy, {QStringLiteral("ls-tree"), QStringLiteral("HEAD"), QStringLiteral(".github/workflows/")});
    REQUIRE(tree.contains(QLatin1String("120000 blob")));
    REQUIRE(tree.contains(QLatin1String("040000 tree")));

    const QJsonObject root = runJson({QStringLiteral("scan"), QStringLiteral("-w"), s.file, QStringLiteral("--json")});
    const QJsonArray pins = root.value(QLatin1String("workflowRefs")).toArray();
    REQUIRE(pins.size() == 2);
    CHECK(pins[0].toObject().value(QLatin1String("envName")).toString() == QLatin1String("RUNTIME_SHA"));
    // A digest reference is shown as one, and a short digest said to be none.
    const ProcessResult text = releasedeck({QStringLiteral("mapping"), QStringLiteral("-w"), s.file});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("ghcr.io/x/runtime@sha256:abc (not a sha256 digest)"));
    CHECK(pins[0].toObject().value(QLatin1String("value")).toString() == QLatin1String("ba7906a\t"));
    CHECK(pins[0].toObject().value(QLatin1String("line")).toInt() == 2);
    const QStringList problems = root.value(QLatin1String("problems")).toVariant().toStringList();
    CHECK(problems.filter(QStringLiteral("deploy:.github/workflows/link.yml: matches")).filter(QStringLiteral("a symbolic link")).size() == 1);
    CHECK(problems.filter(QStringLiteral("deploy:.github/workflows/folder.yml: matches")).filter(QStringLiteral("a folder")).size() == 1);
}
