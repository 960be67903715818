// Scalar edits that change nothing else. Expectations come from git (the
// lines a diff shows) and PyYAML (what another parser reads), not from
// re-reading with the code under test.
#include "testsupport.h"

#include "yaml/yamledit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

const QByteArray kChart = R"(apiVersion: v2
name: openhands
description: OpenHands Enterprise  # the main chart — «Unicode» before the edits
type: application
version: 0.72.0
appVersion: "0.72.0"   # quoted on purpose
dependencies:
  - name: postgresql
    version: 15.x.x
    repository: oci://registry-1.docker.io/bitnamicharts
  - name: runtime-api
    version: '0.72.0'
    condition: runtime-api.enabled
)";

const QByteArray kValues = R"(# Default values.
image:
  repository: ghcr.io/openhands/enterprise-server
  tag: 0.72.0  # set by the release
runtime:
  image: &runtimeImage
    repository: ghcr.io/openhands/runtime
    tag: "0.72.0-nikolaik"
  warmImage: *runtimeImage
sidecar: {repository: ghcr.io/openhands/sidecar, tag: 0.72.0}
notes: |
  free text
)";

} // namespace

TEST_CASE("A stage edit changes exactly the version lines", "[yamledit]")
{
    QString error;
    const auto chart = YamlEdit::apply(kChart,
                                       {{{QStringLiteral("version")}, QStringLiteral("0.73.0")},
                                        {{QStringLiteral("appVersion")}, QStringLiteral("0.73.0")},
                                        {{QStringLiteral("dependencies"), QStringLiteral("1"), QStringLiteral("version")},
                                         QStringLiteral("0.73.0")}},
                                       QStringLiteral("Chart.yaml"), &error);
    INFO(error.toStdString());
    REQUIRE(chart);
    const auto [removed, added] = changedLines(kChart, *chart);
    CHECK(removed == QStringList{QStringLiteral("version: 0.72.0"), QStringLiteral("appVersion: \"0.72.0\"   # quoted on purpose"),
                                 QStringLiteral("    version: '0.72.0'")});
    CHECK(added == QStringList{QStringLiteral("version: 0.73.0"), QStringLiteral("appVersion: \"0.73.0\"   # quoted on purpose"),
                               QStringLiteral("    version: '0.73.0'")});
    // Another parser reads the same document with the three values changed.
    QJsonObject expected = readWithPyYaml(kChart).toObject();
    expected[QStringLiteral("version")] = QStringLiteral("0.73.0");
    expected[QStringLiteral("appVersion")] = QStringLiteral("0.73.0");
    QJsonArray deps = expected[QStringLiteral("dependencies")].toArray();
    QJsonObject api = deps[1].toObject();
    api[QStringLiteral("version")] = QStringLiteral("0.73.0");
    deps[1] = api;
    expected[QStringLiteral("dependencies")] = deps;
    CHECK(readWithPyYaml(*chart).toObject() == expected);
}

TEST_CASE("Values edits keep comments, anchors and flow style", "[yamledit]")
{
    QString error;
    const auto values = YamlEdit::apply(kValues,
                                        {{{QStringLiteral("image"), QStringLiteral("tag")}, QStringLiteral("0.73.0")},
                                         {{QStringLiteral("runtime"), QStringLiteral("image"), QStringLiteral("tag")},
                                          QStringLiteral("0.73.0-nikolaik")},
                                         // The alias reaches the same text: one edit, made once.
                                         {{QStringLiteral("runtime"), QStringLiteral("warmImage"), QStringLiteral("tag")},
                                          QStringLiteral("0.73.0-nikolaik")},
                                         {{QStringLiteral("sidecar"), QStringLiteral("tag")}, QStringLiteral("0.73.0")}},
                                        QStringLiteral("values.yaml"), &error);
    INFO(error.toStdString());
    REQUIRE(values);
    const auto [removed, added] = changedLines(kValues, *values);
    CHECK(added == QStringList{QStringLiteral("  tag: 0.73.0  # set by the release"),
                               QStringLiteral("    tag: \"0.73.0-nikolaik\""),
                               QStringLiteral("sidecar: {repository: ghcr.io/openhands/sidecar, tag: 0.73.0}")});
    CHECK(removed.size() == 3);
    const QJsonObject read = readWithPyYaml(*values).toObject();
    CHECK(read[QStringLiteral("runtime")][QStringLiteral("warmImage")][QStringLiteral("tag")].toString()
          == QLatin1String("0.73.0-nikolaik"));
    CHECK(read[QStringLiteral("notes")].toString() == QLatin1String("free text\n"));
}

TEST_CASE("A plain value YAML would read as a number is quoted", "[yamledit]")
{
    QString error;
    const auto out = YamlEdit::apply("appVersion: 0.9.0\nversion: 1.2.3\n",
                                     {{{QStringLiteral("appVersion")}, QStringLiteral("1.10")},
                                      {{QStringLiteral("version")}, QStringLiteral("1.3.0")}},
                                     QStringLiteral("Chart.yaml"), &error);
    REQUIRE(out);
    CHECK(*out == "appVersion: \"1.10\"\nversion: 1.3.0\n");
    // PyYAML reads text, not the float 1.1.
    CHECK(readWithPyYaml(*out).toObject()[QStringLiteral("appVersion")] == QJsonValue(QStringLiteral("1.10")));
    for (const char *v : {"1.10", "true", "no", "null", "~", "010", "0x1F", "1e3", ".inf", "12:30"})
        CHECK(YamlEdit::formatScalar(QString::fromLatin1(v), 0).startsWith(QLatin1Char('"')));
    for (const char *v : {"0.73.0", "0.73.0-fix1", "sha-4ea3e4b", "1.0.0+build.5"})
        CHECK(YamlEdit::formatScalar(QString::fromLatin1(v), 0) == QLatin1String(v));
    CHECK(YamlEdit::formatScalar(QStringLiteral("it's"), '\'') == QLatin1String("'it''s'"));
}

TEST_CASE("What cannot be edited in place is refused with file, line and column", "[yamledit][badinput]")
{
    const QByteArray text = "image:\n  tag: 0.72.0\nnotes: |\n  text\nlong: a plain value\n  that continues\n"
                            "quoted: \"two\n  lines\"\n";
    auto refuse = [&](const QStringList &path) {
        QString error;
        const auto out = YamlEdit::apply(text, {{path, QStringLiteral("x")}}, QStringLiteral("values.yaml"), &error);
        CHECK_FALSE(out);
        return error;
    };
    CHECK(refuse({QStringLiteral("image"), QStringLiteral("repository")})
          == QLatin1String("values.yaml:2:3: no 'image.repository' here"));
    CHECK(refuse({QStringLiteral("image")}) == QLatin1String("values.yaml:2:3: 'image' is not a single value"));
    CHECK(refuse({QStringLiteral("notes")}) == QLatin1String("values.yaml:3:8: a block scalar (| or >) is not edited"));
    CHECK(refuse({QStringLiteral("long")}) == QLatin1String("values.yaml:5:7: 'long' is not a one-line value as written"));
    CHECK(refuse({QStringLiteral("quoted")})
          == QLatin1String("values.yaml:7:9: a quoted value that spans lines is not edited"));
    QString error;
    CHECK_FALSE(YamlEdit::apply("a: [1, 2\n", {{{QStringLiteral("a")}, QStringLiteral("x")}}, QStringLiteral("bad.yaml"), &error));
    CHECK(error.startsWith(QLatin1String("bad.yaml:")));
}
