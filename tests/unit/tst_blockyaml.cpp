// The fast block reader must find exactly what yaml-cpp's parser finds: the
// same images on the same lines, and an error wherever yaml-cpp reports one.
#include "testsupport.h"

#include "valuesdescription.h"
#include "charts/chartyaml.h"
#include "charts/valuesscanner.h"

#include <QRandomGenerator>

using namespace ReleaseDeck;

namespace {


// Random values files from the shapes Helm charts use, with a sprinkling of
// what the fast reader must hand over to yaml-cpp (and of outright errors).
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {}

    QByteArray document()
    {
        m_out.clear();
        m_anchors.clear();
        if (chance(5))
            m_out += "# a values file\n\n";
        block(0, 0, true);
        return m_out;
    }

private:
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N]) { return items[m_rng.bounded(quint32(N))]; }

    QByteArray scalar()
    {
        static const char *const values[] = {
            "0.73.0", "sha-4ea3e4b", "2cc50b0", "0123456789abcdef0123456789abcdef01234567-nikolaik", "1.29.0-python",
            "\"\"", "''", "\"quoted value\"", "'single'", "null", "~", "true", "1.0", "15.x.x", "'*'",
            "ghcr.io/openhands/runtime:0.73.0", "\"ghcr.io/x/y:sha-abcdef1\"", "\"{{ .Values.tag }}\"",
            "a # comment", "http://example.com/x", "\"a: b\"", "value with spaces",
            "{}", "[]", "{cpu: 500m, memory: 1Gi}", "[a, b, c]", "-1", "\"#not comment\"",
            "\"esc\\\"aped\"", "\"tab\\tand\\\\slash\"", "\"\\u00fcber \\x41 \\U0001F600\"",
            "\"{{ include (print $.Template.BasePath \\\"/c.yaml\\\") . }}\"", "[\"a\\\"]\", b]",
            "{repository: ghcr.io/x/y, tag: \"1.0\"}", "{repository: a, tag: sha-abcdef1, pullPolicy: Always}",
            "[{image: busybox:1.36}, {name: x}]", "{image: \"x:y\"}", "{a: [1, 2], b: {c: d}}", "{tag: }",
            "{registry: docker.io, repository: 'bitnami/x', tag: 15.4.0}  # flow", "[http://x, -1, 'q']",
            "{ repository : spaced , tag : v1 }", "[ ]", "{ }",
        };
        // Shapes the fast reader leaves to yaml-cpp, and errors: rarer.
        static const char *const rare[] = {"'it''s'", "\"esc\\\"aped\"", "[image, tag]", "{tag: x}", "!!str tagged",
                                           "plain: colon", "@bad", "`bad", "*undefined", "& spaced", "[open",
                                           "\"bad \\q escape\"", "\"\\x4\"", "\"\\uD800\"", "\"ends \\",
                                           "{a, b}", "{a: &x y}", "[a: b]", "{a: b,}", "{a: b} c", "{a: [b}", "{a: b: c}",
                                           "{? a : b}", "[a, *b]", "{a: b}#c", "{a:b}", "[-]", "{a: 'it''s'}",
                                           "{a:[b]}", "[a?b]", "[a, b?]", "&a,b 1", "|-+", "\"a\\Nb\""};
        return chance(3) ? pick(rare) : pick(values);
    }

    QByteArray key()
    {
        static const char *const keys[] = {"image", "tag", "repository", "registry", "name", "warmImage",
                                           "env", "resources", "replicaCount", "runtime", "api", "<<", "\"quoted\"",
                                           "'single'", "null", "pullPolicy", "enabled", "sidecars", "a#b", "http://x",
                                           "\"im\\u0061ge\"", "\"t\\x61g\""};
        static const char *const rareKeys[] = {"]odd", "%pct", ",comma", "}brace"};
        return chance(2) ? pick(rareKeys) : pick(keys);
    }

    void indent(int n) { m_out += QByteArray(n, ' '); }

    void value(int level, int ownIndent)
    {
        const int r = int(m_rng.bounded(100));
        if (level > 4 || r < 40) {
            m_out += ' ' + scalar() + '\n';
        } else if (r < 50 && !m_anchors.isEmpty()) {
            m_out += " *" + m_anchors[m_rng.bounded(quint32(m_anchors.size()))] + '\n';
        } else if (r < 56) {
            m_out += chance(50) ? " |\n" : " >-\n";
            for (int i = 0; i < 3; ++i) {
                indent(ownIndent + 2 + (chance(10) ? 2 : 0));
                m_out += chance(20) ? QByteArray("key: value # not a comment") : QByteArray("text line");
                m_out += '\n';
                if (chance(10))
                    m_out += '\n';
            }
        } else {
            if (chance(25)) {
                const QByteArray name = "a" + QByteArray::number(m_anchors.size());
                m_out += " &" + name;
                m_anchors.append(name);
            }
            if (chance(10))
                m_out += "   # trailing comment";
            m_out += '\n';
            block(level + 1, ownIndent + (chance(85) ? 2 : (chance(50) ? 4 : 0)), false);
        }
        if (chance(2)) {
            indent(ownIndent + 4);
            m_out += "continued plain\n";
        }
    }

    void block(int level, int ind, bool root)
    {
        const bool sequence = !root && chance(25);
        const int entries = 1 + int(m_rng.bounded(4));
        for (int i = 0; i < entries; ++i) {
            if (chance(8))
                m_out += chance(50) ? QByteArray("\n") : QByteArray(ind, ' ') + "# comment\n";
            int at = ind;
            if (chance(2))
                at += 1; // bad indentation
            indent(at);
            if (chance(1))
                m_out += "\t";
            if (sequence) {
                m_out += '-';
                if (chance(50)) {
                    m_out += ' ' + key() + ':';
                    value(level + 1, at + 2);
                    if (chance(60)) {
                        indent(at + 2);
                        m_out += key() + ':';
                        value(level + 1, at + 2);
                    }
                } else if (chance(30)) {
                    m_out += '\n';
                    block(level + 1, at + 2, false);
                } else {
                    value(level + 1, at);
                }
            } else {
                m_out += key() + ':';
                value(level, at);
            }
        }
    }

    QRandomGenerator m_rng;
    QByteArray m_out;
    QList<QByteArray> m_anchors;
};

} // namespace

TEST_CASE("The fast reader and yaml-cpp agree on generated values files", "[values][differential]")
{
    // RELEASEDECK_FUZZ_SEED and RELEASEDECK_FUZZ_COUNT widen the search by hand.
    const quint32 seed = qEnvironmentVariableIsSet("RELEASEDECK_FUZZ_SEED")
                             ? quint32(qEnvironmentVariableIntValue("RELEASEDECK_FUZZ_SEED"))
                             : 20261124u;
    const int total = qEnvironmentVariableIsSet("RELEASEDECK_FUZZ_COUNT")
                          ? qEnvironmentVariableIntValue("RELEASEDECK_FUZZ_COUNT")
                          : 4000;
    Generator gen(seed);
    int fast = 0;
    int errors = 0;
    for (int i = 0; i < total; ++i) {
        const QByteArray doc = gen.document();
        const ValuesScan reference = scanValues(doc.toStdString(), ValuesParser::YamlCpp);
        const ValuesScan scan = scanValues(doc.toStdString(), ValuesParser::Auto);
        INFO("document " << i << ":\n" << doc.toStdString());
        REQUIRE(describe(scan) == describe(reference));
        fast += scan.usedFastReader ? 1 : 0;
        errors += reference.error.isEmpty() ? 0 : 1;
    }
    // The comparison means something only if both paths were exercised.
    CHECK(fast > total / 4);
    CHECK(fast < total);
    CHECK(errors > 0);
}

TEST_CASE("The fast reader reads the common shapes itself", "[values]")
{
    const ValuesScan scan = scanValues(R"(image:
  repository: ghcr.io/openhands/enterprise-server
  tag: sha-4ea3e4b   # pinned
runtime:
  image: &rt
    repository: ghcr.io/openhands/runtime
    tag: "1.0.0"
  warm: *rt
env:
- name: A
  value: "{{ .Values.a }}"
- name: B
script: |
  echo "image: not/this:one"
resources: {limits: {cpu: 1}}
integrations:
  image: {repository: ghcr.io/x/y, tag: "1.0"}
)");
    CHECK(scan.usedFastReader);
    CHECK(describe(scan) == QStringList{QStringLiteral("image@3 ghcr.io/openhands/enterprise-server : sha-4ea3e4b"),
                                        QStringLiteral("runtime.image@7 ghcr.io/openhands/runtime : 1.0.0"),
                                        QStringLiteral("runtime.warm@8 ghcr.io/openhands/runtime : 1.0.0"),
                                        QStringLiteral("integrations.image@17 ghcr.io/x/y : 1.0")});
}

TEST_CASE("Chart.yaml reads the same through the fast reader and yaml-cpp", "[values][differential]")
{
    static const char *const lines[] = {
        "apiVersion: v2\n", "name: openhands\n", "name: \"openhands\"  # quoted\n", "version: 0.73.0\n",
        "version: '0.73.0-fix1'\n", "version: 1.0\n", "appVersion: \"1.0.0\"\n", "appVersion: 1.0\n",
        "appVersion: sha-d765b0b # pinned\n", "appVersion: cloud-1.37.2\n", "appVersion:\n", "version: ~\n",
        "description: An \"escaped\\\" chart\n", "dependencies:\n  - name: postgresql\n    version: 15.x.x\n",
        "dependencies:\n- name: sub\n  version: '*'\n", "keywords: [a, b]\n", "maintainers:\n  - {name: x}\n",
        "version:\n  nested: 1\n", "name: &n anchored\n", "appVersion: *n\n", "annotations:\n  a: |\n    text\n",
        "type: application\n", "- list\n", "version: [1\n", "\tname: tab\n", "home: http://x: y\n", "# comment\n",
        "version: >-\n  0.75.0\n", "appVersion: |-\n  1.0\n", "name: |\n  block\n",
        "\n",
    };
    QRandomGenerator rng(7);
    int fast = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray doc;
        const int count = 1 + int(rng.bounded(7));
        for (int k = 0; k < count; ++k)
            doc += lines[rng.bounded(quint32(std::size(lines)))];
        const ChartYaml reference = readChartYaml(doc.toStdString(), ValuesParser::YamlCpp);
        const ChartYaml chart = readChartYaml(doc.toStdString(), ValuesParser::Auto);
        INFO("document " << i << ":\n" << doc.toStdString());
        CHECK(chart.name == reference.name);
        CHECK(chart.version == reference.version);
        CHECK(chart.appVersion == reference.appVersion);
        CHECK(chart.error.isEmpty() == reference.error.isEmpty());
        fast += chart.usedFastReader ? 1 : 0;
    }
    CHECK(fast > 300);
}
