// Bad input: each kind gets a problem row or a one-line error, and the rest
// of the scan goes on.
#include "testsupport.h"

#include "workspace/scanner.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

constexpr qint64 kWhen = 1767225600;

// A charts repository with one chart, tagged chart/1.0.0, built with git.
QString makeChartRepo(const QString &dir, const QByteArray &chartYaml, const QByteArray &values,
                      const QString &tagName = QStringLiteral("chart/1.0.0"))
{
    QDir().mkpath(dir);
    git(dir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    writeFile(dir + QLatin1String("/charts/c/Chart.yaml"), chartYaml);
    writeFile(dir + QLatin1String("/charts/c/values.yaml"), values);
    git(dir, {QStringLiteral("add"), QStringLiteral("-A")});
    git(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("chart")}, gitDateEnv(kWhen));
    git(dir, {QStringLiteral("tag"), tagName});
    return dir;
}

QByteArray workspaceFor(const QStringList &repoIds)
{
    QByteArray text = "name: Bad\nrepos:\n";
    for (const QString &id : repoIds)
        text += "  - id: " + id.toUtf8() + "\n    path: " + id.toUtf8() + "\n";
    text += "components:\n";
    for (const QString &id : repoIds) {
        text += "  - id: " + id.toUtf8() + "-chart\n    kind: chart\n    repo: " + id.toUtf8()
                + "\n    chart: c\n    tags: \"chart/{version}\"\n";
    }
    return text;
}

WorkspaceSnapshot scanWorkspace(const QString &file, QStringList *loadProblems = nullptr)
{
    const WorkspaceLoad load = WorkspaceLoader::load(file);
    REQUIRE_FALSE(load.fatal);
    if (loadProblems) {
        for (const Problem &p : load.problems)
            loadProblems->append(p.toString());
    }
    return Scanner::scan(load.workspace, nullptr);
}

const ChartRelease *chartOf(const WorkspaceSnapshot &snap, const QString &repo)
{
    for (const ChartRelease &c : snap.charts) {
        if (c.repo == repo)
            return &c;
    }
    return nullptr;
}

const QByteArray kGoodChart = "apiVersion: v2\nname: c\nversion: 1.0.0\n";
const QByteArray kGoodValues = "image:\n  repository: ghcr.io/x/c\n  tag: 1.0.0\n";

} // namespace

TEST_CASE("A workspace naming a missing repository scans the others", "[scanner][badinput]")
{
    QTemporaryDir tmp;
    makeChartRepo(tmp.path() + QLatin1String("/good"), kGoodChart, kGoodValues);
    writeFile(tmp.path() + QLatin1String("/releasedeck.yaml"), workspaceFor({QStringLiteral("missing"), QStringLiteral("good")}));
    const WorkspaceSnapshot snap = scanWorkspace(tmp.path() + QLatin1String("/releasedeck.yaml"));
    REQUIRE(snap.repos.size() == 2);
    CHECK(snap.repos[0].error.contains(QLatin1String("does not exist")));
    const QString expected = QStringLiteral("%1/releasedeck.yaml:4:11: repository 'missing': path %1/missing does not exist")
                                 .arg(tmp.path());
    CHECK(snap.problems.contains(expected));
    REQUIRE(chartOf(snap, QStringLiteral("good")));
    CHECK(chartOf(snap, QStringLiteral("good"))->version == QLatin1String("1.0.0"));
}

TEST_CASE("Corrupt repositories are reported, not fatal", "[scanner][badinput]")
{
    QTemporaryDir tmp;
    makeChartRepo(tmp.path() + QLatin1String("/good"), kGoodChart, kGoodValues);
    // Not a repository at all.
    writeFile(tmp.path() + QLatin1String("/garbage/.git/HEAD"), "this is not a ref\n");
    // A real repository whose Chart.yaml object is destroyed.
    const QString damaged = makeChartRepo(tmp.path() + QLatin1String("/damaged"), kGoodChart, kGoodValues);
    const QString blob = git(damaged, {QStringLiteral("rev-parse"), QStringLiteral("chart/1.0.0:charts/c/Chart.yaml")});
    const QString objectFile = damaged + QLatin1String("/.git/objects/") + blob.left(2) + QLatin1Char('/') + blob.mid(2);
    QFile::setPermissions(objectFile, QFile::ReadOwner | QFile::WriteOwner);
    writeFile(objectFile, "garbage, not zlib");

    writeFile(tmp.path() + QLatin1String("/releasedeck.yaml"),
              workspaceFor({QStringLiteral("garbage"), QStringLiteral("damaged"), QStringLiteral("good")}));
    const WorkspaceSnapshot snap = scanWorkspace(tmp.path() + QLatin1String("/releasedeck.yaml"));
    CHECK(snap.repos[0].error.startsWith(QLatin1String("not a readable git repository")));
    // The damaged object is named, as `git fsck` names it; the repository
    // is not read further (libgit2 may loop on a broken loose object).
    const ProcessResult fsck = run(QStringLiteral("git"), {QStringLiteral("-C"), damaged, QStringLiteral("fsck")});
    CHECK(fsck.err.contains(blob.toUtf8()));
    INFO(snap.repos[1].error.toStdString());
    CHECK(snap.repos[1].error.startsWith(QStringLiteral("the loose object %1 (%2) is corrupt").arg(blob, objectFile)));
    CHECK_FALSE(chartOf(snap, QStringLiteral("damaged")));
    CHECK(chartOf(snap, QStringLiteral("good"))->problems.isEmpty());
}

TEST_CASE("Malformed Chart.yaml and values files are problems with a location", "[scanner][badinput]")
{
    QTemporaryDir tmp;
    makeChartRepo(tmp.path() + QLatin1String("/badchart"), "name: c\nversion: [1.0.0\n", kGoodValues);
    makeChartRepo(tmp.path() + QLatin1String("/badvalues"), kGoodChart, "image:\n  repository: x\n  tag: [1.0\n");
    makeChartRepo(tmp.path() + QLatin1String("/good"), kGoodChart, kGoodValues);
    writeFile(tmp.path() + QLatin1String("/releasedeck.yaml"),
              workspaceFor({QStringLiteral("badchart"), QStringLiteral("badvalues"), QStringLiteral("good")}));
    const WorkspaceSnapshot snap = scanWorkspace(tmp.path() + QLatin1String("/releasedeck.yaml"));

    const ChartRelease *bad = chartOf(snap, QStringLiteral("badchart"));
    REQUIRE(bad);
    CHECK(bad->problems.size() == 2);
    CHECK(bad->problems.value(0) == QLatin1String("chart 'c' not found at this commit"));
    CHECK(bad->problems.value(1).startsWith(QLatin1String("charts/c/Chart.yaml: 3:1: ")));

    const ChartRelease *badValues = chartOf(snap, QStringLiteral("badvalues"));
    REQUIRE(badValues);
    REQUIRE(badValues->problems.size() == 1);
    CHECK(badValues->problems.front().startsWith(QLatin1String("charts/c/values.yaml: 4:1: ")));
    CHECK(chartOf(snap, QStringLiteral("good"))->problems.isEmpty());
}

TEST_CASE("A 50 MB values file is refused without reading it", "[scanner][badinput]")
{
    QTemporaryDir tmp;
    QByteArray huge = kGoodValues;
    huge.reserve(50 * 1024 * 1024 + 100);
    const QByteArray line = "k: \"0123456789012345678901234567890123456789012345678901234567890123456789\"\n";
    while (huge.size() < 50 * 1024 * 1024)
        huge += line;
    makeChartRepo(tmp.path() + QLatin1String("/big"), kGoodChart, huge);
    writeFile(tmp.path() + QLatin1String("/releasedeck.yaml"), workspaceFor({QStringLiteral("big")}));
    // Refused by its size before its content is inflated: the scan's peak
    // memory stays far below the file's 50 MB.
    huge = QByteArray();
    resetPeakMemory();
    const qint64 before = peakMemoryKiB();
    const WorkspaceSnapshot snap = scanWorkspace(tmp.path() + QLatin1String("/releasedeck.yaml"));
    CHECK(peakMemoryKiB() - before < 24 * 1024);
    const ChartRelease *c = chartOf(snap, QStringLiteral("big"));
    REQUIRE(c);
    CHECK(c->version == QLatin1String("1.0.0"));
    REQUIRE(c->problems.size() == 1);
    CHECK(c->problems.front().startsWith(QLatin1String("charts/c/values.yaml: ")));
    CHECK(c->problems.front().contains(QLatin1String("over the 8 MiB limit")));
}

TEST_CASE("A YAML alias bomb in a values file does not explode", "[scanner][badinput]")
{
    QTemporaryDir tmp;
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'z'; ++c) {
        const char prev = char(c - 1);
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev
                + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n";
    }
    bomb += kGoodValues;
    makeChartRepo(tmp.path() + QLatin1String("/bomb"), kGoodChart, bomb);
    writeFile(tmp.path() + QLatin1String("/releasedeck.yaml"), workspaceFor({QStringLiteral("bomb")}));
    resetPeakMemory();
    const qint64 before = peakMemoryKiB();
    const WorkspaceSnapshot snap = scanWorkspace(tmp.path() + QLatin1String("/releasedeck.yaml"));
    CHECK(peakMemoryKiB() - before < 24 * 1024);
    REQUIRE(snap.imageRefs.size() == 1);
    CHECK(snap.imageRefs.front().line == 29);
}

TEST_CASE("Tag names with odd characters survive the scan", "[scanner][badinput]")
{
    QTemporaryDir tmp;
    const QString odd = QStringLiteral("chart/1.0.0-\u00fcber'\"x");
    // "über'\"x" is no SemVer identifier: the tag is listed as a chart tag
    // whose name is no version, and the rest of the scan goes on.
    makeChartRepo(tmp.path() + QLatin1String("/odd"), kGoodChart, kGoodValues, odd);
    git(tmp.path() + QLatin1String("/odd"), {QStringLiteral("tag"), QStringLiteral("chart/1.0.0")});
    writeFile(tmp.path() + QLatin1String("/releasedeck.yaml"), workspaceFor({QStringLiteral("odd")}));
    const WorkspaceSnapshot snap = scanWorkspace(tmp.path() + QLatin1String("/releasedeck.yaml"));
    QStringList tags;
    for (const ChartRelease &c : snap.charts)
        tags.append(c.tag);
    CHECK(tags.contains(odd));
    for (const ChartRelease &c : snap.charts) {
        if (c.tag == odd)
            CHECK(c.problems == QStringList{QStringLiteral("tag name holds no version: invalid character '\u00fc' in pre-release")});
    }
    CHECK(tags.contains(QStringLiteral("chart/1.0.0")));
    CHECK(snap.repos.front().tagCount == 2);
}

TEST_CASE("A tree bomb is refused, not expanded", "[scanner][badinput]")
{
    QTemporaryDir tmp;
    const QString dir = makeChartRepo(tmp.path() + QLatin1String("/bomb"), kGoodChart, kGoodValues);
    // A tree naming the level below twice, 24 levels deep: 16 million paths
    // from a few dozen objects.
    const QString blob = git(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD:charts/c/values.yaml")});
    QString level;
    {
        const ProcessResult r = run(QStringLiteral("sh"), {QStringLiteral("-c"),
            QStringLiteral("printf '100644 blob %1\\tvalues.yaml\\n' | git mktree").arg(blob)}, dir);
        REQUIRE(r.exitCode == 0);
        level = QString::fromUtf8(r.out).trimmed();
    }
    for (int i = 0; i < 24; ++i) {
        const ProcessResult r = run(QStringLiteral("sh"), {QStringLiteral("-c"),
            QStringLiteral("printf '040000 tree %1\\ta\\n040000 tree %1\\tb\\n' | git mktree").arg(level)}, dir);
        REQUIRE(r.exitCode == 0);
        level = QString::fromUtf8(r.out).trimmed();
    }
    const QString root = git(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")});
    const ProcessResult withBomb = run(QStringLiteral("sh"), {QStringLiteral("-c"),
        QStringLiteral("(git ls-tree %1; printf '040000 tree %2\\tbomb\\n') | git mktree").arg(root, level)}, dir);
    REQUIRE(withBomb.exitCode == 0);
    const QString commit = git(dir, {QStringLiteral("commit-tree"), QString::fromUtf8(withBomb.out).trimmed(),
                                     QStringLiteral("-p"), QStringLiteral("HEAD"), QStringLiteral("-m"), QStringLiteral("bomb")},
                               gitDateEnv(kWhen));
    git(dir, {QStringLiteral("tag"), QStringLiteral("chart/2.0.0"), commit});
    writeFile(tmp.path() + QLatin1String("/releasedeck.yaml"), workspaceFor({QStringLiteral("bomb")}));

    // 16 million paths are not listed: the walk stops at the cap, and the
    // scan's memory stays small.
    resetPeakMemory();
    const qint64 before = peakMemoryKiB();
    const WorkspaceSnapshot snap = scanWorkspace(tmp.path() + QLatin1String("/releasedeck.yaml"));
    CHECK(peakMemoryKiB() - before < 64 * 1024);
    REQUIRE(snap.charts.size() == 2);
    for (const ChartRelease &c : snap.charts) {
        INFO(c.tag.toStdString());
        if (c.tag == QLatin1String("chart/2.0.0"))
            CHECK(c.problems == QStringList{QStringLiteral("cannot read tree: the tree lists more than 100000 chart and values files")});
        else
            CHECK(c.problems.isEmpty());
    }
}
