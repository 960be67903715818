#include "testsupport.h"

#include "valuesdescription.h"
#include "charts/chartyaml.h"
#include "charts/valuesscanner.h"


using namespace ReleaseDeck;

TEST_CASE("Image references are found in the shapes values files use", "[values]")
{
    const ValuesScan scan = scanValues(R"(# comment
image:
  repository: ghcr.io/openhands/enterprise-server
  tag: sha-4ea3e4b   # pinned
  pullPolicy: IfNotPresent
runtime:
  image: &rt
    repository: ghcr.io/openhands/runtime
    tag: "0123456789abcdef0123456789abcdef01234567-nikolaik"
  warm: *rt
base: &base
  repository: ghcr.io/openhands/merged
merged:
  image:
    <<: *base
    tag: 1.29.0-python
postgresql:
  image:
    registry: docker.io
    repository: bitnami/postgresql
    tag: 15.4.0
api:
  image: "ghcr.io/openhands/runtime-api:2cc50b0"
digest:
  image: ghcr.io/x/y@sha256:abcd
sidecars:
  - name: a
    image: busybox:1.36
templated:
  image: "{{ .Values.registry }}/x:{{ .Chart.AppVersion }}"
subchart:
  image:
    tag: 0.73.0
empty:
  image:
    repository: ghcr.io/x/empty
    tag: ""
git:
  repository: https://example.com/not-an-image.git
version: 1.0
)");
    INFO(scan.error.toStdString());
    REQUIRE(scan.error.isEmpty());
    CHECK(describe(scan) == QStringList{
                                QStringLiteral("image@4 ghcr.io/openhands/enterprise-server : sha-4ea3e4b"),
                                QStringLiteral("runtime.image@9 ghcr.io/openhands/runtime : 0123456789abcdef0123456789abcdef01234567-nikolaik"),
                                QStringLiteral("runtime.warm@10 ghcr.io/openhands/runtime : 0123456789abcdef0123456789abcdef01234567-nikolaik"),
                                QStringLiteral("merged.image@16 ghcr.io/openhands/merged : 1.29.0-python"),
                                QStringLiteral("postgresql.image@21 docker.io/bitnami/postgresql : 15.4.0"),
                                QStringLiteral("api.image@23 ghcr.io/openhands/runtime-api : 2cc50b0"),
                                QStringLiteral("digest.image@25 ghcr.io/x/y : sha256:abcd"),
                                QStringLiteral("sidecars[0].image@28 busybox : 1.36"),
                                QStringLiteral("subchart.image@33  : 0.73.0"),
                                QStringLiteral("empty.image@37 ghcr.io/x/empty : "),
                            });
}

TEST_CASE("Lists of image strings are image references, other lists are not", "[values]")
{
    for (const ValuesParser parser : {ValuesParser::Auto, ValuesParser::YamlCpp}) {
        const ValuesScan scan = scanValues(R"(image:
  repository: ghcr.io/openhands/image-loader
  tag: 0.75.0
preload:
  - ghcr.io/openhands/runtime:0.75.0-nikolaik
  - &py "docker.io/library/python:3.12-slim"
  - not an image
  - "{{ .Values.extra }}"
  - *py
warm:
  extraImages: [ghcr.io/x/a:1, ghcr.io/x/b@sha256:ab]
args:
  - --registry=ghcr.io/openhands
hosts:
  - ghcr.io/not/an-image-list:1
tail:
  extraImages: ["ghcr.io/x/c:1\n2. Push forged"]
)",
                                           parser);
        INFO(scan.error.toStdString());
        REQUIRE(scan.error.isEmpty());
        CHECK(describe(scan) == QStringList{
                                    QStringLiteral("image@3 ghcr.io/openhands/image-loader : 0.75.0"),
                                    QStringLiteral("preload[0]@5 ghcr.io/openhands/runtime : 0.75.0-nikolaik"),
                                    QStringLiteral("preload[1]@6 docker.io/library/python : 3.12-slim"),
                                    QStringLiteral("preload[4]@9 docker.io/library/python : 3.12-slim"),
                                    QStringLiteral("warm.extraImages[0]@11 ghcr.io/x/a : 1"),
                                    QStringLiteral("warm.extraImages[1]@11 ghcr.io/x/b : sha256:ab"),
                                });
    }
}

TEST_CASE("Broken values files give a located error", "[values]")
{
    const ValuesScan scan = scanValues("image:\n  repository: a\n  tag: [unclosed\n");
    CHECK(scan.error.startsWith(QLatin1String("4:1: ")));
}

TEST_CASE("An alias bomb is not expanded", "[values][badinput]")
{
    QByteArray bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    char prev = 'a';
    for (char c = 'b'; c <= 'z'; ++c, ++prev) {
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 9; ++i)
            bomb += (i ? ",*" : "*") + QByteArray(1, prev);
        bomb += "]\n";
    }
    bomb += "image:\n  repository: ghcr.io/x/y\n  tag: v1\n";
    // Expanded, the aliases would make 9^26 strings: a few MiB at most.
    const std::string text = bomb.toStdString();
    TestSupport::resetPeakMemory();
    const qint64 before = TestSupport::peakMemoryKiB();
    const ValuesScan scan = scanValues(text);
    CHECK(TestSupport::peakMemoryKiB() - before < 16 * 1024);
    CHECK(scan.error.isEmpty());
    CHECK(describe(scan) == QStringList{QStringLiteral("image@29 ghcr.io/x/y : v1")});
}

TEST_CASE("Chart.yaml fields are kept as text", "[values]")
{
    const ChartYaml c = readChartYaml("apiVersion: v2\nname: openhands # the chart\nversion: '0.73.0'\nappVersion: 1.0\n"
                                      "dependencies:\n  - name: pg\n    version: 15.x.x\n");
    CHECK(c.error.isEmpty());
    CHECK(c.name == QLatin1String("openhands"));
    CHECK(c.version == QLatin1String("0.73.0"));
    CHECK(c.appVersion == QLatin1String("1.0"));

    const ChartYaml broken = readChartYaml("name: x\nversion: [\n");
    CHECK(broken.error.startsWith(QLatin1String("3:1: ")));
    const ChartYaml notMap = readChartYaml("- a\n");
    CHECK(notMap.error == QLatin1String("Chart.yaml is not a mapping"));
    const ChartYaml nested = readChartYaml("name: x\nversion:\n  a: b\n");
    CHECK(nested.error == QLatin1String("3:3: 'version' is not a text value"));
    // A byte order mark inside the text: yaml-cpp would keep it in the key,
    // and the chart would have no name for Helm.
    for (const ValuesParser parser : {ValuesParser::Auto, ValuesParser::YamlCpp}) {
        const ChartYaml bom = readChartYaml("apiVersion: v2\n\xEF\xBB\xBFname: image-loader\nversion: 0.75.0\n", parser);
        CHECK(bom.error == QLatin1String("2:1: a byte order mark (U+FEFF) inside the text, where it is invisible"));
        CHECK(bom.name.isEmpty());
    }
}

TEST_CASE("Image strings split into repository and tag", "[values]")
{
    QString repo, tag;
    splitImageString(QStringLiteral("localhost:5000/a/b:1.0"), &repo, &tag);
    CHECK(repo == QLatin1String("localhost:5000/a/b"));
    CHECK(tag == QLatin1String("1.0"));
    splitImageString(QStringLiteral("localhost:5000/a/b"), &repo, &tag);
    CHECK(repo == QLatin1String("localhost:5000/a/b"));
    CHECK(tag.isEmpty());
}

TEST_CASE("Input that makes yaml-cpp spin ends with an error", "[values][badinput]")
{
    // yaml-cpp 0.7 reports a document forever without reading on here.
    for (const char *text : {",\n", "- a\n,\n", "a: 1\n---\n,\n", "[a, b],\n"}) {
        INFO(text);
        // Were it not caught, this would never return and ctest would
        // stop the test at its timeout.
        const ValuesScan scan = scanValues(text);
        CHECK_FALSE(scan.error.isEmpty());
    }
}

TEST_CASE("Chart.yaml block scalars are read, not emptied", "[values]")
{
    const ChartYaml c = readChartYaml("name: |-\n  openhands\nversion: >-\n  0.75.0\nappVersion: |-\n  1.0\n");
    CHECK(c.error.isEmpty());
    CHECK(c.name == QLatin1String("openhands"));
    CHECK(c.version == QLatin1String("0.75.0"));
    CHECK(c.appVersion == QLatin1String("1.0"));
}
