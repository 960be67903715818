// Differential tests: the scanner's view of generated repositories must equal
// what the git CLI says about them. Repositories are built with the git CLI,
// never with ReleaseDeck's own code.
#include "testsupport.h"

#include "workspace/scanner.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

constexpr qint64 kBase = 1767225600; // 2026-01-01T00:00:00Z
constexpr qint64 kDay = 86400;

struct PlantedRef
{
    QString chartTag;
    QString file;
    int line;
    QString value;
};

struct Fixture
{
    QTemporaryDir tmp;
    QString oss;
    QString charts;
    QString workspaceFile;
    QHash<int, QString> ossCommit; // main commit number -> id
    QString branchFix1, branchFix2, backport, rcCommit, unreleased;
    QList<PlantedRef> planted;

    void commit(const QString &repo, int day, const QString &message, const QString &offset = QStringLiteral("+0000"))
    {
        git(repo, {QStringLiteral("add"), QStringLiteral("-A")});
        git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"), message},
            gitDateEnv(kBase + day * kDay, offset));
    }

    QString head(const QString &repo) { return git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}); }

    void tag(const QString &repo, const QString &name, const QString &target, bool annotated, int day)
    {
        QStringList args{QStringLiteral("tag")};
        if (annotated)
            args << QStringLiteral("-a") << QStringLiteral("-m") << QStringLiteral("Release ") + name;
        args << name << target;
        git(repo, args, gitDateEnv(kBase + day * kDay, QStringLiteral("-0700")));
    }

    void buildOss()
    {
        oss = tmp.path() + QLatin1String("/oss");
        QDir().mkpath(oss);
        git(oss, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        for (int i = 1; i <= 40; ++i) {
            writeFile(oss + QLatin1String("/src/f.txt"), QByteArray::number(i));
            commit(oss, i, QStringLiteral("change %1").arg(i), i % 7 == 0 ? QStringLiteral("+0530") : QStringLiteral("+0000"));
            ossCommit.insert(i, head(oss));
            if (i % 4 == 0 && i != 24) {
                // Releases 0.1.0 … 0.10.0; annotated ones tagged two days after their commit.
                const bool annotated = (i / 4) % 2 == 0;
                tag(oss, QStringLiteral("0.%1.0").arg(i / 4), ossCommit[i], annotated, i + (annotated ? 2 : 0));
            }
            if (i == 12) {
                // Chart-style fixes of 0.3.0 on a side branch, merged back at 18.
                git(oss, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("fixes")});
                writeFile(oss + QLatin1String("/src/fix.txt"), "1");
                commit(oss, 13, QStringLiteral("fix 1"));
                branchFix1 = head(oss);
                tag(oss, QStringLiteral("0.3.0-fix1"), branchFix1, true, 13);
                writeFile(oss + QLatin1String("/src/fix.txt"), "2");
                commit(oss, 14, QStringLiteral("fix 2"));
                branchFix2 = head(oss);
                tag(oss, QStringLiteral("0.3.0-fix2"), branchFix2, false, 14);
                git(oss, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
            }
            if (i == 18) {
                git(oss, {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("-m"),
                          QStringLiteral("merge fixes"), QStringLiteral("fixes")},
                    gitDateEnv(kBase + 18 * kDay + 60));
            }
            if (i == 20) {
                // Commits up to here are in a commit-graph file, later ones are
                // not: the labelling reads both kinds.
                git(oss, {QStringLiteral("commit-graph"), QStringLiteral("write"), QStringLiteral("--reachable")});
            }
            if (i == 22) {
                rcCommit = ossCommit[22];
                tag(oss, QStringLiteral("0.6.0-rc.1"), rcCommit, true, 22);
            }
            if (i == 24) {
                // 0.6.0 is cut on a release branch; main carries on.
                tag(oss, QStringLiteral("0.6.0"), ossCommit[24], true, 25);
                git(oss, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("release/0.6")});
                writeFile(oss + QLatin1String("/src/backport.txt"), "x");
                commit(oss, 27, QStringLiteral("backport"));
                backport = head(oss);
                tag(oss, QStringLiteral("0.6.1"), backport, true, 27);
                git(oss, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
            }
        }
        writeFile(oss + QLatin1String("/src/f.txt"), "unreleased");
        commit(oss, 41, QStringLiteral("unreleased work"));
        unreleased = head(oss);
        // Noise, odd names and tags that point at no commit.
        tag(oss, QStringLiteral("1.0.7-cli"), ossCommit[2], false, 2);
        tag(oss, QStringLiteral("ext-v0.0.99-test"), ossCommit[3], false, 3);
        tag(oss, QStringLiteral("Replicated/Beta/1189"), ossCommit[5], true, 5);
        tag(oss, QStringLiteral("odd'tag\"#1"), ossCommit[6], false, 6);
        tag(oss, QStringLiteral("rel@0.11.0"), ossCommit[39], true, 39);
        tag(oss, QStringLiteral("ümlaut-0.9.9"), ossCommit[38], false, 38);
        tag(oss, QStringLiteral("treetag"), ossCommit[10] + QLatin1String("^{tree}"), false, 10);
        tag(oss, QStringLiteral("blobtag"), ossCommit[10] + QLatin1String(":src/f.txt"), true, 10);
        tag(oss, QStringLiteral("01.2.3"), ossCommit[7], false, 7);
    }

    void chartFiles(const QString &dir, const QString &name, const QString &version, const QString &appVersion,
                    const QString &chartTag, const QStringList &tags)
    {
        writeFile(charts + QLatin1Char('/') + dir + QLatin1String("/Chart.yaml"),
                  QStringLiteral("apiVersion: v2\nname: %1   # chart\nversion: \"%2\"\nappVersion: %3\n"
                                 "dependencies:\n  - name: sub\n    version: '*'\n")
                      .arg(name, version, appVersion)
                      .toUtf8());
        const QString values = QStringLiteral("image:\n"
                                              "  repository: ghcr.io/t/server\n"
                                              "  tag: %1\n"
                                              "runtime:\n"
                                              "  image:\n"
                                              "    repository: ghcr.io/old/runtime\n"
                                              "    tag: \"%2\"\n"
                                              "otherImage: \"ghcr.io/t/server:%3\"\n"
                                              "thirdParty:\n"
                                              "  image: docker.io/x/unmapped:sha-abcdef1\n")
                                   .arg(tags[0], tags[1], tags[2]);
        writeFile(charts + QLatin1Char('/') + dir + QLatin1String("/values.yaml"), values.toUtf8());
        writeFile(charts + QLatin1Char('/') + dir + QLatin1String("/charts/sub/values.yaml"),
                  QStringLiteral("image:\n  repository: ghcr.io/t/server\n  tag: %1\n").arg(tags[3]).toUtf8());
        const QString file = dir + QLatin1String("/values.yaml");
        planted.append({chartTag, file, 3, tags[0]});
        planted.append({chartTag, file, 7, tags[1]});
        planted.append({chartTag, file, 8, tags[2]});
        planted.append({chartTag, file, 10, QStringLiteral("sha-abcdef1")});
        planted.append({chartTag, dir + QLatin1String("/charts/sub/values.yaml"), 3, tags[3]});
    }

    void buildCharts()
    {
        charts = tmp.path() + QLatin1String("/charts");
        QDir().mkpath(charts);
        git(charts, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        auto s = [&](int n, int len) { return ossCommit[n].left(len); };
        struct Step
        {
            QString dir, name, version, app;
            QStringList tags;
            bool tagged;
        };
        const QList<Step> steps = {
            {QStringLiteral("charts/openhands/chart"), QStringLiteral("openhands-helm"), QStringLiteral("0.1.0"),
             QStringLiteral("sha-") + s(4, 7),
             {QStringLiteral("sha-") + s(4, 7), ossCommit[5] + QLatin1String("-nikolaik"), s(6, 10), QStringLiteral("sha-") + s(2, 7)}, true},
            {QStringLiteral("charts/openhands/chart"), QStringLiteral("openhands-helm"), QStringLiteral("0.2.0"),
             QStringLiteral("1.0"),
             {QStringLiteral("sha-") + branchFix1.left(7), QStringLiteral("sha-") + rcCommit.left(8), QStringLiteral("sha-") + backport.left(7), QStringLiteral("sha-0000000")}, true},
            {QStringLiteral("charts/openhands"), QStringLiteral("openhands"), QStringLiteral("0.3.0"),
             QStringLiteral("\"0.3.0\""),
             {QStringLiteral("0.3.0"), unreleased.left(12), QStringLiteral("sha-") + branchFix2.left(9), QStringLiteral("1234567")}, true},
            // Tag name and Chart.yaml disagree.
            {QStringLiteral("charts/openhands"), QStringLiteral("openhands"), QStringLiteral("0.3.9"),
             QStringLiteral("cloud-1.37.2"),
             {QStringLiteral(""), QStringLiteral("sha-") + s(40, 7), QStringLiteral("0.4.0"), QStringLiteral("sha-") + s(33, 7)}, true},
        };
        int day = 50;
        QString previousDir;
        for (int i = 0; i < steps.size(); ++i) {
            const Step &st = steps[i];
            if (!previousDir.isEmpty() && previousDir != st.dir)
                git(charts, {QStringLiteral("rm"), QStringLiteral("-r"), QStringLiteral("-q"), previousDir});
            previousDir = st.dir;
            const QString chartTag = QStringLiteral("openhands/0.%1.0").arg(i + 1);
            chartFiles(st.dir, st.name, st.version, st.app, chartTag, st.tags);
            commit(charts, day++, QStringLiteral("chart %1").arg(st.version));
            tag(charts, chartTag, head(charts), i % 2 == 0, day++);
        }
        // A tag whose chart is missing altogether.
        git(charts, {QStringLiteral("rm"), QStringLiteral("-r"), QStringLiteral("-q"), QStringLiteral("charts")});
        writeFile(charts + QLatin1String("/README"), "gone");
        commit(charts, day++, QStringLiteral("remove charts"));
        tag(charts, QStringLiteral("openhands/0.9.0"), head(charts), false, day);
    }

    void writeWorkspace()
    {
        workspaceFile = tmp.path() + QLatin1String("/ws/releasedeck.yaml");
        writeFile(workspaceFile, R"(name: Differential
repos:
  - id: oss
    path: ../oss
    releaseTags: ["{version}", "rel@{version}"]
  - id: charts
    path: ../charts/.git
    releaseTags: []
components:
  - id: server
    image: ghcr.io/t/server
    repo: oss
  - id: runtime
    image: ghcr.io/t/runtime
    aliases: [ghcr.io/old/runtime]
    repo: oss
  - id: chart
    kind: chart
    repo: charts
    chart: openhands
    aliases: [openhands-helm]
    tags: "openhands/{version}"
    image: server
)");
    }

    Fixture()
    {
        REQUIRE(tmp.isValid());
        buildOss();
        buildCharts();
        writeWorkspace();
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

WorkspaceSnapshot scanFixture(int threads = 0)
{
    const WorkspaceLoad load = WorkspaceLoader::load(fixture().workspaceFile);
    REQUIRE(load.problems.isEmpty());
    Scanner::Options options;
    options.threads = threads;
    return Scanner::scan(load.workspace, options, nullptr);
}

// SemVer 2.0's own regular expression (semver.org).
const QRegularExpression kSemVer(QStringLiteral(
    R"(^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$)"));
const QRegularExpression kReleaseOrFix(QStringLiteral(R"(^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-fix([1-9]\d*))?$)"));

struct GitTag
{
    QString type;
    QString commit; // empty when it peels to no commit
    QString isoDate;
};

QHash<QString, GitTag> gitTags(const QString &repo)
{
    QHash<QString, GitTag> out;
    const QString lines = git(repo, {QStringLiteral("for-each-ref"), QStringLiteral("refs/tags"),
                                     QStringLiteral("--format=%(refname:strip=2)%09%(objecttype)%09%(creatordate:iso-strict)")});
    for (const QString &line : lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        GitTag t{f[1], {}, f[2]};
        const ProcessResult r = gitResult(repo, {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                                 QStringLiteral("--quiet"), f[0] + QLatin1String("^{commit}")});
        if (r.exitCode == 0)
            t.commit = QString::fromUtf8(r.out).trimmed();
        out.insert(f[0], t);
    }
    return out;
}

QString versionThroughTemplates(const QString &tag)
{
    if (kSemVer.match(tag).hasMatch())
        return tag;
    if (tag.startsWith(QLatin1String("rel@")) && kSemVer.match(tag.mid(4)).hasMatch())
        return tag.mid(4);
    return QString();
}

// The lowest X.Y.Z or X.Y.Z-fixN release tag containing a commit, from
// `git tag --contains` and the ordering DESIGN §1 defines.
QString expectedEarliest(const QString &repo, const QString &commit)
{
    const QString out = git(repo, {QStringLiteral("tag"), QStringLiteral("--contains"), commit});
    QString best;
    std::array<qint64, 4> bestKey{};
    for (const QString &tag : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString v = versionThroughTemplates(tag);
        const auto m = kReleaseOrFix.match(v);
        if (v.isEmpty() || !m.hasMatch())
            continue;
        const std::array<qint64, 4> key{m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong(),
                                        m.captured(4).isEmpty() ? 0 : m.captured(4).toLongLong()};
        if (best.isEmpty() || key < bestKey) {
            best = tag;
            bestKey = key;
        }
    }
    return best;
}

QString field(const QString &text, const QString &key)
{
    const QRegularExpression re(QStringLiteral(R"(^%1:\s*['"]?([^'"\s#]*))").arg(key), QRegularExpression::MultilineOption);
    return re.match(text).captured(1);
}

} // namespace

TEST_CASE("Repositories and release tags match git for-each-ref", "[scanner][git]")
{
    const WorkspaceSnapshot snap = scanFixture();
    const Fixture &f = fixture();
    REQUIRE(snap.repos.size() == 2);
    CHECK(snap.repos[0].head == git(f.oss, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
    CHECK(snap.repos[1].head == git(f.charts, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));

    const QHash<QString, GitTag> tags = gitTags(f.oss);
    CHECK(snap.repos[0].tagCount == tags.size());

    QSet<QString> expected;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (!versionThroughTemplates(it.key()).isEmpty() && !it.value().commit.isEmpty())
            expected.insert(it.key());
    }
    QSet<QString> actual;
    for (const ReleaseTag &r : snap.releases) {
        REQUIRE(r.repo == QLatin1String("oss"));
        actual.insert(r.tag);
        INFO(r.tag.toStdString());
        const GitTag &g = tags.value(r.tag);
        CHECK(r.commit == g.commit);
        CHECK(r.annotated == (g.type == QLatin1String("tag")));
        const QDateTime gitDate = QDateTime::fromString(g.isoDate, Qt::ISODate);
        CHECK(r.date.toSecsSinceEpoch() == gitDate.toSecsSinceEpoch());
        CHECK(r.date.offsetFromUtc() == gitDate.offsetFromUtc());
        CHECK(r.version.toString() == versionThroughTemplates(r.tag));
    }
    CHECK(actual == expected);
    CHECK(actual.contains(QStringLiteral("rel@0.11.0")));
    CHECK(actual.contains(QStringLiteral("1.0.7-cli")));
    CHECK_FALSE(actual.contains(QStringLiteral("01.2.3")));

    // Tags on a tree or a blob are reported, not dropped silently.
    const QString problems = snap.problems.join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("oss: tag 'treetag' points to a tree, not a commit")));
    CHECK(problems.contains(QStringLiteral("oss: tag 'blobtag' points to a blob, not a commit")));
}

TEST_CASE("Chart releases match git show at each tag", "[scanner][git]")
{
    const WorkspaceSnapshot snap = scanFixture();
    const Fixture &f = fixture();
    const QHash<QString, GitTag> tags = gitTags(f.charts);
    QStringList expectedTags;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        expectedTags.append(it.key());
    expectedTags.sort();
    QStringList actualTags;
    for (const ChartRelease &c : snap.charts)
        actualTags.append(c.tag);
    actualTags.sort();
    CHECK(actualTags == expectedTags);

    for (const ChartRelease &c : snap.charts) {
        INFO(c.tag.toStdString());
        CHECK(c.commit == tags.value(c.tag).commit);
        CHECK(c.date.toSecsSinceEpoch() == QDateTime::fromString(tags.value(c.tag).isoDate, Qt::ISODate).toSecsSinceEpoch());
        // Find the chart by name with git alone.
        QString expectedPath, expectedVersion, expectedApp;
        const QString files = git(f.charts, {QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"), c.tag});
        for (const QString &file : files.split(QLatin1Char('\n'))) {
            if (!file.endsWith(QLatin1String("Chart.yaml")))
                continue;
            const QString text = git(f.charts, {QStringLiteral("show"), c.tag + QLatin1Char(':') + file});
            const QString name = field(text, QStringLiteral("name"));
            if (name == QLatin1String("openhands") || name == QLatin1String("openhands-helm")) {
                expectedPath = file.left(file.size() - 11);
                expectedVersion = field(text, QStringLiteral("version"));
                expectedApp = field(text, QStringLiteral("appVersion"));
            }
        }
        CHECK(c.path == expectedPath);
        CHECK(c.version == expectedVersion);
        CHECK(c.appVersion == expectedApp);
        if (expectedPath.isEmpty()) {
            CHECK(c.problems.contains(QStringLiteral("chart 'openhands' not found at this commit")));
        } else if (c.tagVersion->toString() != expectedVersion) {
            CHECK(c.problems.contains(QStringLiteral("tag says %1 but Chart.yaml version is %2")
                                          .arg(c.tagVersion->toString(), expectedVersion)));
        } else {
            CHECK(c.problems.isEmpty());
        }
    }
}

TEST_CASE("Image references resolve as git rev-parse and git tag --contains say", "[scanner][git]")
{
    const WorkspaceSnapshot snap = scanFixture();
    const Fixture &f = fixture();

    // Every planted reference is reported where it was written.
    for (const PlantedRef &p : f.planted) {
        INFO(p.chartTag.toStdString() << " " << p.file.toStdString() << ":" << p.line);
        const bool found = std::any_of(snap.imageRefs.begin(), snap.imageRefs.end(), [&](const ImageRef &r) {
            return r.tag == p.chartTag && r.file == p.file && r.line == p.line && r.value == p.value;
        });
        CHECK(found);
    }
    const QRegularExpression shaLike(QStringLiteral(R"(^(?:sha-)?([0-9a-f]{7,40})(?:-.*)?$)"));
    int resolved = 0;
    for (const ImageRef &r : snap.imageRefs) {
        INFO(r.tag.toStdString() << " " << r.path.toStdString() << " = " << r.value.toStdString());
        if (r.repository == QLatin1String("docker.io/x/unmapped")) {
            CHECK(r.status == ImageRef::Status::Unmapped);
            continue;
        }
        const auto m = shaLike.match(r.value);
        // Bare digits are a build number or a date unless "sha-" says otherwise.
        const bool digitsOnly = m.hasMatch() && !r.value.startsWith(QLatin1String("sha-"))
                                && !m.captured(1).contains(QRegularExpression(QStringLiteral("[a-f]")));
        if (!m.hasMatch() || digitsOnly) {
            CHECK(r.status == ImageRef::Status::NotASha);
            continue;
        }
        CHECK(r.resolvedRepo == QLatin1String("oss"));
        const ProcessResult rp = gitResult(f.oss, {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                                   QStringLiteral("--quiet"), m.captured(1) + QLatin1String("^{commit}")});
        if (rp.exitCode != 0) {
            CHECK(r.status == ImageRef::Status::NotFound);
            CHECK(r.commit.isEmpty());
            continue;
        }
        ++resolved;
        CHECK(r.status == ImageRef::Status::Resolved);
        CHECK(r.commit == QString::fromUtf8(rp.out).trimmed());
        CHECK(r.earliestRelease == expectedEarliest(f.oss, r.commit));
    }
    CHECK(resolved == 11); // the planted values that name existing OSS commits

    // The shapes that make earliestRelease interesting, spelled out.
    auto earliestOf = [&](const QString &commit) {
        for (const ImageRef &r : snap.imageRefs) {
            if (r.commit == commit)
                return r.earliestRelease;
        }
        return QStringLiteral("<no row>");
    };
    CHECK(earliestOf(f.branchFix1) == QLatin1String("0.3.0-fix1"));
    CHECK(earliestOf(f.rcCommit) == QLatin1String("0.6.0"));    // a pre-release is not a release
    CHECK(earliestOf(f.backport) == QLatin1String("0.6.1"));    // only on the release branch
    CHECK(earliestOf(f.unreleased) == QString());               // not released yet
}

TEST_CASE("One thread and several threads give the same snapshot", "[scanner][git]")
{
    const WorkspaceSnapshot one = scanFixture(1);
    const WorkspaceSnapshot two = scanFixture(2);
    REQUIRE(one.charts.size() == two.charts.size());
    REQUIRE(one.imageRefs.size() == two.imageRefs.size());
    for (int i = 0; i < one.imageRefs.size(); ++i) {
        CHECK(one.imageRefs[i].tag == two.imageRefs[i].tag);
        CHECK(one.imageRefs[i].commit == two.imageRefs[i].commit);
        CHECK(one.imageRefs[i].earliestRelease == two.imageRefs[i].earliestRelease);
    }
}

TEST_CASE("A cancelled scan stops early", "[scanner]")
{
    const WorkspaceLoad load = WorkspaceLoader::load(fixture().workspaceFile);
    REQUIRE(load.problems.isEmpty());
    // Uncancelled, the same workspace has charts and image references.
    const WorkspaceSnapshot full = Scanner::scan(load.workspace, nullptr);
    REQUIRE_FALSE(full.charts.isEmpty());
    REQUIRE_FALSE(full.imageRefs.isEmpty());
    ScanControl control;
    control.cancel();
    const WorkspaceSnapshot snap = Scanner::scan(load.workspace, &control);
    CHECK(snap.charts.isEmpty());
    CHECK(snap.imageRefs.isEmpty());
}
