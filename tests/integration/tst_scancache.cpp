// The persistent scan cache: a rescan reuses what is kept by object id and
// gives what a cold scan gives; new tags cost their own work. Expected
// labels come from git rev-list and chart fields from git show.
#include "scancachefixture.h"

#include "cache/graphcache.h"
#include "git/commitgraph.h"

#include <QFile>
#include <QProcess>

using namespace ScanCacheTest;

namespace {

QMap<QString, QString> cliEnv(const Fixture &f)
{
    return {{S("XDG_CACHE_HOME"), f.tmp.path() + S("/xdg-cache")},
            {S("QT_LOGGING_RULES"), S("releasedeck.scan.info=true")}};
}

ProcessResult cliScan(const Fixture &f, const QStringList &extra = {})
{
    const ProcessResult r = run(S(RELEASEDECK_BINARY), QStringList{S("scan"), S("-w"), f.workspaceFile, S("--json")} + extra,
                                QString(), cliEnv(f));
    REQUIRE(r.exitCode == 0);
    return r;
}

} // namespace

TEST_CASE("A warm rescan gives the cold scan's JSON and reads nothing again", "[scancache]")
{
    Fixture f;
    const QString xdgScan = f.tmp.path() + S("/xdg-cache/releasedeck/scan");
    const ProcessResult cold = cliScan(f, {S("--no-cache")});
    CHECK_FALSE(QDir(xdgScan).exists()); // --no-cache writes nothing
    CHECK(cold.err.contains("cache off"));

    const ProcessResult first = cliScan(f);
    CHECK(first.err.contains("cache cold (")); // no file yet
    REQUIRE(QDir(xdgScan).entryList(QDir::Files).size() == 1);
    const ProcessResult warm = cliScan(f);
    INFO(warm.err.toStdString());
    CHECK(warm.err.contains("cache warm; charts read: 0, from the cache: 3; commits walked: 0"));
    CHECK(warm.err.contains("oss: reused"));

    const QJsonObject expected = json(cold.out);
    CHECK(json(first.out) == expected);
    CHECK(json(warm.out) == expected);
    CHECK(expected.value(S("imageRefs")).toArray().size() > 20);
    // The cache folder is the user's cache, never a repository.
    CHECK(gitResult(f.oss, {S("status"), S("--porcelain"), S("--ignored")}).out.isEmpty());

    // In process too: the stats say the same.
    Fixture &g = f;
    g.cacheFolder = xdgScan;
    const WorkspaceSnapshot again = g.scan();
    CHECK(again.stats.cache == S("warm"));
    CHECK(again.stats.chartsRead == 0);
    CHECK(again.stats.commitsWalked == 0);
    CHECK_FALSE(again.stats.cacheWritten);
    const QJsonObject inProcess = json(again);
    for (auto it = inProcess.begin(); it != inProcess.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == expected.value(it.key()));
    }
}

TEST_CASE("A new release labels only its new commits, as git says", "[scancache]")
{
    Fixture f;
    const WorkspaceSnapshot first = f.scan();
    CHECK(first.stats.chartsRead == 2); // two tags; HEAD is the second's commit
    CHECK(first.stats.commitsWalked == f.revListCount({S("0.4.0")}));
    f.checkLabels(first);

    const QStringList oldTags{S("0.1.0"), S("0.2.0"), S("0.3.0"), S("0.4.0")};
    f.commits(4, S("next"));
    f.tag(f.oss, S("0.5.0"));
    f.writeValues(); // the chart at HEAD pins the new commits
    f.commit(f.charts, S("pin"));
    const WorkspaceSnapshot second = f.scan();
    const int fresh = f.revListCount(QStringList{S("0.5.0"), S("--not")} + oldTags);
    CHECK(fresh == 7); // three unreleased commits and four new ones
    CHECK(second.stats.commitsWalked <= fresh + 1);
    CHECK(second.stats.commitsWalked >= 4);
    REQUIRE(second.stats.labels.size() == 1);
    CHECK(second.stats.labels.first() == S("oss: extended by 1 releases"));
    f.checkLabels(second);
    CHECK(json(second) == json(f.scan(false)));
}

TEST_CASE("A patch release tagged below later releases relabels only its branch", "[scancache]")
{
    Fixture f;
    f.scan();
    // 0.2.1 on the release branch, merged into main before 0.4.0: its two
    // commits were labelled 0.4.0 and are now 0.2.1's.
    f.tag(f.oss, S("0.2.1"), S("rel-0.2"));
    const WorkspaceSnapshot snap = f.scan();
    const int below = f.revListCount({S("0.2.1"), S("--not"), S("0.1.0"), S("0.2.0")});
    CHECK(below == 2);
    CHECK(snap.stats.commitsWalked <= below + 1);
    CHECK(snap.stats.labels.value(0) == S("oss: extended by 1 releases"));
    const QHash<QString, QString> labels = f.gitLabels();
    CHECK(labels.value(git(f.oss, {S("rev-parse"), S("rel-0.2")})) == S("0.2.1"));
    f.checkLabels(snap);
    CHECK(json(snap) == json(f.scan(false)));
}

TEST_CASE("A deleted or moved release tag makes the labels be built again", "[scancache]")
{
    Fixture f;
    f.scan();
    SECTION("deleted")
    {
        git(f.oss, {S("tag"), S("-d"), S("0.3.0")});
        const WorkspaceSnapshot snap = f.scan();
        CHECK(snap.stats.labels.value(0) == S("oss: built (release 0.3.0 removed)"));
        f.checkLabels(snap);
        CHECK(json(snap) == json(f.scan(false)));
    }
    SECTION("moved")
    {
        git(f.oss, {S("tag"), S("-f"), S("0.2.0"), S("0.2.0~2")});
        const WorkspaceSnapshot snap = f.scan();
        CHECK(snap.stats.labels.value(0) == S("oss: built (release 0.2.0 moved)"));
        f.checkLabels(snap);
        CHECK(json(snap) == json(f.scan(false)));
    }
}

TEST_CASE("A new chart tag reads one chart", "[scancache]")
{
    Fixture f;
    f.scan();
    f.chartRelease(S("1.2.0")); // HEAD moves with it: the same tree, read once
    const WorkspaceSnapshot snap = f.scan();
    CHECK(snap.stats.chartsRead == 1);
    CHECK(snap.stats.chartsFromCache == 2);
    CHECK(snap.stats.commitsWalked == 0);
    const QString chartYaml = git(f.charts, {S("show"), S("app/1.2.0:charts/app/Chart.yaml")});
    REQUIRE(snap.charts.size() == 3);
    const ChartRelease &c = snap.charts.last();
    CHECK(c.tag == S("app/1.2.0"));
    CHECK(chartYaml.contains(S("version: ") + c.version));
    CHECK(chartYaml.contains(S("appVersion: \"%1\"").arg(c.appVersion)));
    CHECK(c.commit == git(f.charts, {S("rev-parse"), S("app/1.2.0^{commit}")}));
    CHECK(c.problems.isEmpty());
    CHECK(json(snap) == json(f.scan(false)));

    // A second tag on a commit whose tree is known reads nothing; its own
    // problem (the tag disagrees with Chart.yaml) is still its own.
    f.tag(f.charts, S("app/1.3.0"));
    const WorkspaceSnapshot retag = f.scan();
    CHECK(retag.stats.chartsRead == 0);
    REQUIRE(retag.charts.size() == 4);
    CHECK(retag.charts.last().problems == QStringList{S("tag says 1.3.0 but Chart.yaml version is 1.2.0")});
    CHECK(retag.charts[2].problems.isEmpty());
    CHECK(json(retag) == json(f.scan(false)));
}

TEST_CASE("Two scans of one workspace at once leave a usable cache", "[scancache]")
{
    Fixture f;
    const QJsonObject expected = json(cliScan(f, {S("--no-cache")}).out);
    QList<QProcess *> scans;
    for (int i = 0; i < 3; ++i) {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(S("XDG_CACHE_HOME"), f.tmp.path() + S("/xdg-cache"));
        p->setProcessEnvironment(env);
        p->start(S(RELEASEDECK_BINARY), {S("scan"), S("-w"), f.workspaceFile, S("--json")});
        scans.append(p);
    }
    for (QProcess *p : scans) {
        REQUIRE(p->waitForFinished(300000));
        CHECK(p->exitCode() == 0);
        CHECK(json(p->readAllStandardOutput()) == expected);
        delete p;
    }
    const ProcessResult warm = cliScan(f);
    CHECK(warm.err.contains("cache warm; charts read: 0"));
    CHECK(json(warm.out) == expected);
}

TEST_CASE("A cached commit-graph gives the label walk its parents", "[scancache][commitgraph]")
{
    Fixture f;
    const QString own = f.oss + S("/.git/objects/info/commit-graph");
    REQUIRE_FALSE(QFile::exists(own));
    const WorkspaceSnapshot first = f.scan(true, 1);
    CHECK(first.stats.commitsFromGraph == 0);
    GraphCache::waitForWrites();
    const QString objects = GraphCache::objectsFolder(f.cacheFolder, f.oss);
    REQUIRE(objects.startsWith(f.cacheFolder + S("/graphs/")));
    const QString graphFile = objects + S("/info/commit-graph");
    REQUIRE(QFile::exists(graphFile));
    CHECK_FALSE(QFile::exists(own)); // never written into the repository

    // git reads the graph as its own, through an alternate, and finds it right.
    const QString check = f.tmp.path() + S("/verify.git");
    git(f.tmp.path(), {S("init"), S("-q"), S("--bare"), check});
    writeFile(check + S("/objects/info/alternates"), (f.oss + S("/.git/objects\n")).toUtf8());
    QFile::copy(graphFile, check + S("/objects/info/commit-graph"));
    const ProcessResult verify = gitResult(check, {S("commit-graph"), S("verify")});
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    CommitGraph graph;
    REQUIRE(graph.open(objects));
    CHECK(int(graph.commitCount()) == f.revListCount({S("--all")}));

    // The next walk (labels built again) takes every parent from it.
    git(f.oss, {S("tag"), S("-d"), S("0.3.0")});
    const WorkspaceSnapshot second = f.scan(true, 1);
    CHECK(second.stats.commitsWalked == f.revListCount({S("0.4.0")}));
    CHECK(second.stats.commitsFromGraph == second.stats.commitsWalked);
    f.checkLabels(second);
    CHECK_FALSE(QFile::exists(own));

    // Without the cache there is no cached graph either.
    const WorkspaceSnapshot off = f.scan(false, 1);
    CHECK(off.stats.commitsFromGraph == 0);
    CHECK(json(off) == json(second));
}
