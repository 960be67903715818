// The release train, the version matrix and the mapping diff of a small
// train built with the git CLI. Dates, ids and ranges are read back with git.
#include "testsupport.h"

#include "domain/overview.h"
#include "git/mappingdiff.h"
#include "pipelineview.h"
#include "workspace/scanner.h"
#include "workspace/workspaceloader.h"

#include <QDir>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

constexpr qint64 kBase = 1767225600; // 2026-01-01T00:00:00Z, a Thursday
constexpr qint64 kDay = 86400;

struct Train
{
    QTemporaryDir tmp;
    QString oss, charts, file;

    void commit(const QString &repo, int day, const QString &message) { gitCommitAt(repo, kBase + day * kDay, message); }
    void tag(const QString &repo, const QString &name, int day) { gitTagAt(repo, name, kBase + day * kDay); }
    QString rev(const QString &repo, const QString &what) { return gitCommitOf(repo, what); }
    QDateTime tagDate(const QString &repo, const QString &name)
    {
        const QString unix = git(repo, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(creatordate:unix)"),
                                        QStringLiteral("refs/tags/") + name});
        return QDateTime::fromSecsSinceEpoch(unix.toLongLong(), Qt::UTC);
    }
    void writeCharts(const QString &appVersion, const QString &appImage, const QString &apiVersion)
    {
        writeFile(charts + QLatin1String("/charts/app/Chart.yaml"),
                  QStringLiteral("apiVersion: v2\nname: app\nversion: %1\nappVersion: \"%1\"\n").arg(appVersion).toUtf8());
        writeFile(charts + QLatin1String("/charts/app/values.yaml"),
                  QStringLiteral("image:\n  repository: ghcr.io/x/server\n  tag: %1\n").arg(appImage).toUtf8());
        if (apiVersion.isEmpty()) {
            QDir(charts + QLatin1String("/charts/api")).removeRecursively();
        } else {
            writeFile(charts + QLatin1String("/charts/api/Chart.yaml"),
                      QStringLiteral("apiVersion: v2\nname: api\nversion: %1\nappVersion: %1\n").arg(apiVersion).toUtf8());
        }
    }

    Train()
    {
        oss = tmp.path() + QLatin1String("/oss");
        charts = tmp.path() + QLatin1String("/charts");
        QDir().mkpath(oss);
        QDir().mkpath(charts);
        git(oss, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        git(charts, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});

        // OSS: 1.0.0, 1.1.0, its patch 1.1.1 two days later, 1.2.0; a release candidate in between.
        const QList<QPair<QString, int>> releases{{QStringLiteral("1.0.0"), 0}, {QStringLiteral("1.1.0"), 7},
                                                  {QStringLiteral("1.1.1"), 9}, {QStringLiteral("1.2.0"), 14}};
        for (const auto &[version, day] : releases) {
            for (int i = 0; i < 3; ++i) {
                writeFile(oss + QStringLiteral("/work%1.txt").arg(i), (version + QString::number(i)).toUtf8());
                commit(oss, day - 1, QStringLiteral("Work %1 for %2").arg(i).arg(version));
            }
            tag(oss, version, day);
            if (version == QLatin1String("1.1.1"))
                tag(oss, QStringLiteral("1.2.0-rc1"), day + 1);
        }

        // Charts: 1.0.0 staged and published a week later, a chart-only fix
        // of it, 1.1.1 re-staged over 1.1.0 and published with drift, 1.2.0
        // staged at HEAD without the api chart.
        writeCharts(QStringLiteral("1.0.0"), QStringLiteral("1.0.0"), QStringLiteral("1.0.0"));
        commit(charts, 0, QStringLiteral("Stage 1.0.0"));
        tag(charts, QStringLiteral("app/1.0.0"), 7);
        tag(charts, QStringLiteral("api/1.0.0"), 7);
        writeFile(charts + QLatin1String("/charts/app/templates/NOTES.txt"), "fixed\n");
        writeCharts(QStringLiteral("1.0.0-fix1"), QStringLiteral("1.0.0"), QStringLiteral("1.0.0"));
        commit(charts, 8, QStringLiteral("Chart fix 1.0.0-fix1"));
        tag(charts, QStringLiteral("app/1.0.0-fix1"), 8);
        const QString pinned = QStringLiteral("sha-") + rev(oss, QStringLiteral("1.1.0")).left(7);
        writeCharts(QStringLiteral("1.1.1"), pinned, QStringLiteral("1.1.0"));
        commit(charts, 9, QStringLiteral("Stage 1.1.1"));
        tag(charts, QStringLiteral("app/1.1.1"), 16);
        tag(charts, QStringLiteral("api/1.1.1"), 16);
        writeCharts(QStringLiteral("1.2.0"), QStringLiteral("1.2.0"), QString());
        commit(charts, 14, QStringLiteral("Stage 1.2.0"));

        file = tmp.path() + QLatin1String("/releasedeck.yaml");
        writeFile(file, "repos:\n"
                        "  - id: oss\n    path: oss\n"
                        "  - id: charts\n    path: charts\n    releaseTags: []\n"
                        "components:\n"
                        "  - id: server\n    image: ghcr.io/x/server\n    train: saas\n    repo: oss\n"
                        "  - id: app-chart\n    kind: chart\n    chart: app\n    tags: \"app/{version}\"\n    image: server\n    repo: charts\n"
                        "  - id: api-chart\n    kind: chart\n    chart: api\n    tags: \"api/{version}\"\n    repo: charts\n");
    }

    OverviewPtr scan()
    {
        const WorkspaceLoad load = WorkspaceLoader::load(file);
        REQUIRE_FALSE(load.fatal);
        return Overview::build(Scanner::scan(load.workspace));
    }
};

int column(const VersionMatrix &m, const QString &title)
{
    for (int c = 0; c < m.columns().size(); ++c) {
        if (m.columns()[c].title == title)
            return c;
    }
    FAIL("no column " << title.toStdString());
    return -1;
}

} // namespace

TEST_CASE("The release train follows the tags and the charts at HEAD", "[dashboard]")
{
    Train t;
    const OverviewPtr o = t.scan();
    const ReleaseTrain &train = o->train;
    QStringList order;
    for (const TrainRelease &r : train.releases())
        order.append(r.text());
    // Release order puts the fix after its release; the release candidate is no release.
    CHECK(order == QStringList{"1.0.0", "1.0.0-fix1", "1.1.0", "1.1.1", "1.2.0"});

    const TrainRelease &first = train.releases()[0];
    CHECK(first.enterprise == TrainRelease::Enterprise::Published);
    CHECK(first.ossDate == t.tagDate(t.oss, QStringLiteral("1.0.0")));
    CHECK(first.saasDate == t.tagDate(t.oss, QStringLiteral("1.0.0")));
    CHECK(first.enterpriseDate == t.tagDate(t.charts, QStringLiteral("app/1.0.0")));
    CHECK(first.ossCommit == t.rev(t.oss, QStringLiteral("1.0.0")));
    CHECK(first.fixes == QList<int>{1});
    CHECK(train.releases()[1].fixOf == 0);

    CHECK(train.releases()[2].enterprise == TrainRelease::Enterprise::Superseded);
    CHECK(train.releases()[3].enterprise == TrainRelease::Enterprise::Published);

    REQUIRE(train.pendingIndex() == 4);
    const TrainRelease &pending = train.releases()[4];
    CHECK(pending.enterprise == TrainRelease::Enterprise::Pending);
    CHECK(pending.dueDate == t.tagDate(t.oss, QStringLiteral("1.2.0")).addDays(7));
    CHECK(pending.headCharts.size() == 1); // the api chart is gone at HEAD
}

TEST_CASE("The version matrix says consistent, drift or missing and why", "[dashboard]")
{
    Train t;
    const OverviewPtr o = t.scan();
    const VersionMatrix &m = o->matrix;
    REQUIRE(m.rowCount() == 5);
    using S = MatrixCell::State;

    CHECK_FALSE(m.rowHasProblem(0)); // 1.0.0 agrees everywhere
    CHECK(m.cell(0, column(m, QStringLiteral("OSS commit"))).text == t.rev(t.oss, QStringLiteral("1.0.0")).left(8));

    // 1.1.1: the app chart pins a commit id of 1.1.0; the api chart's Chart.yaml says 1.1.0.
    const MatrixCell &pin = m.cell(3, column(m, QStringLiteral("app image tag")));
    CHECK(pin.state == S::Drift);
    CHECK(pin.text == QStringLiteral("sha-") + t.rev(t.oss, QStringLiteral("1.1.0")).left(7));
    CHECK(pin.reason.contains(QLatin1String("commit of 1.1.0")));
    const MatrixCell &server = m.cell(3, column(m, QStringLiteral("server image")));
    CHECK(server.state == S::Drift);
    const MatrixCell &apiVersion = m.cell(3, column(m, QStringLiteral("api version")));
    CHECK(apiVersion.state == S::Drift);
    CHECK(apiVersion.text == QLatin1String("1.1.0"));
    const MatrixCell &appVersion = m.cell(3, column(m, QStringLiteral("app appVersion")));
    CHECK(appVersion.state == S::Drift); // 1.1.1 is not the image tag it deploys
    CHECK(m.rowHasProblem(3));

    // 1.2.0 at HEAD: consistent app chart, no api chart.
    CHECK(m.cell(4, column(m, QStringLiteral("app version"))).state == S::Consistent);
    CHECK(m.cell(4, column(m, QStringLiteral("app image tag"))).state == S::Consistent);
    CHECK(m.cell(4, column(m, QStringLiteral("api version"))).state == S::Missing);

    // The superseded 1.1.0 expects no charts; the fix expects only what it tagged.
    CHECK(m.cell(2, column(m, QStringLiteral("app version"))).state == S::None);
    CHECK(m.cell(1, column(m, QStringLiteral("app version"))).state == S::Consistent);
    CHECK(m.cell(1, column(m, QStringLiteral("api version"))).state == S::None);
}

TEST_CASE("The mapping diff matches git and flags a commit id of another release", "[dashboard]")
{
    Train t;
    const OverviewPtr o = t.scan();
    QList<DiffRow> rows = MappingDiff::plan(*o, *Version::parse(QStringLiteral("1.0.0")),
                                            *Version::parse(QStringLiteral("1.1.1")));
    rows = MappingDiff::compute(rows);
    const DiffRow *oss = nullptr;
    const DiffRow *app = nullptr;
    const DiffRow *server = nullptr;
    for (const DiffRow &r : rows) {
        if (r.kind == DiffRow::Kind::Repository && r.name == QLatin1String("oss"))
            oss = &r;
        if (r.kind == DiffRow::Kind::Chart && r.name == QLatin1String("app"))
            app = &r;
        if (r.kind == DiffRow::Kind::Image && r.name == QLatin1String("server"))
            server = &r;
    }
    REQUIRE(oss);
    REQUIRE(app);
    REQUIRE(server);

    CHECK(oss->left.commit == t.rev(t.oss, QStringLiteral("1.0.0")));
    CHECK(oss->right.commit == t.rev(t.oss, QStringLiteral("1.1.1")));
    const QStringList counts = git(t.oss, {QStringLiteral("rev-list"), QStringLiteral("--left-right"), QStringLiteral("--count"),
                                           QStringLiteral("1.0.0...1.1.1")})
                                   .split(QLatin1Char('\t'));
    CHECK(oss->range.behind == counts[0].toInt());
    CHECK(oss->range.ahead == counts[1].toInt());
    const QStringList subjects =
        git(t.oss, {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("1.0.0..1.1.1")}).split(QLatin1Char('\n'));
    QStringList ours;
    for (const CommitLine &c : oss->range.commits)
        ours.append(c.subject);
    CHECK(ours == subjects);

    CHECK(app->left.tag == QLatin1String("app/1.0.0"));
    CHECK(app->right.tag == QLatin1String("app/1.1.1"));
    CHECK(app->right.imageTag == QStringLiteral("sha-") + t.rev(t.oss, QStringLiteral("1.1.0")).left(7));
    CHECK(app->range.ahead == git(t.charts, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("app/1.0.0..app/1.1.1")}).toInt());

    // The pinned commit id is 1.1.0's, not 1.1.1's.
    CHECK(server->right.commit == t.rev(t.oss, QStringLiteral("1.1.0")));
    CHECK(server->right.flag == QLatin1String("sha-%1 belongs to 1.1.0, not 1.1.1").arg(t.rev(t.oss, QStringLiteral("1.1.0")).left(7)));
    CHECK(server->left.flag.isEmpty());
}

TEST_CASE("One version on both sides compares a release tag with what the charts deploy", "[dashboard]")
{
    Train t;
    const OverviewPtr o = t.scan();
    const Version v = *Version::parse(QStringLiteral("1.1.1"));
    const QList<DiffRow> rows = MappingDiff::compute(MappingDiff::plan(*o, v, v));
    const DiffRow *server = nullptr;
    for (const DiffRow &r : rows) {
        if (r.kind == DiffRow::Kind::Image && r.name == QLatin1String("server"))
            server = &r;
        else
            CHECK((r.range.ahead == 0 && r.range.behind == 0)); // the same tags on both sides
    }
    REQUIRE(server);
    CHECK(server->left.tag == QLatin1String("1.1.1"));
    CHECK(server->left.commit == t.rev(t.oss, QStringLiteral("1.1.1")));
    CHECK(server->right.commit == t.rev(t.oss, QStringLiteral("1.1.0")));
    CHECK_FALSE(server->right.flag.isEmpty());
    // The charts deploy a build that lacks what 1.1.1 added.
    CHECK(server->range.behind == git(t.oss, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("1.1.0..1.1.1")}).toInt());
    CHECK(server->range.ahead == 0);
}

TEST_CASE("Charts at HEAD that disagree or go backwards are problems, not a pending release", "[dashboard][badinput]")
{
    Train t;
    // The api chart back and staged at another version than the app chart.
    t.writeCharts(QStringLiteral("1.2.0"), QStringLiteral("1.2.0"), QStringLiteral("1.1.9"));
    t.commit(t.charts, 15, QStringLiteral("Stage 1.2.0, api forgotten"));
    OverviewPtr o = t.scan();
    CHECK(o->train.problems().contains(QStringLiteral("The charts at HEAD name different versions: app 1.2.0, api 1.1.9")));
    REQUIRE(o->train.pendingIndex() >= 0);
    CHECK(o->train.releases()[o->train.pendingIndex()].text() == QLatin1String("1.2.0"));
    CHECK(o->snapshot.problems.contains(o->train.problems().front()));

    // HEAD staged below the published 1.1.1.
    t.writeCharts(QStringLiteral("1.1.0"), QStringLiteral("1.1.0"), QStringLiteral("1.1.0"));
    t.commit(t.charts, 16, QStringLiteral("Stage 1.1.0 by mistake"));
    o = t.scan();
    CHECK(o->train.pendingIndex() == -1);
    CHECK(o->train.problems() == QStringList{QStringLiteral("The charts at HEAD name 1.1.0, older than the published 1.1.1")});
}

TEST_CASE("Commit ids and version tags in the staged charts are checked like published ones", "[dashboard]")
{
    Train t;
    const QString old = t.rev(t.oss, QStringLiteral("1.0.0"));
    // HEAD stages 1.2.0 but pins the server image to a commit of 1.0.0.
    t.writeCharts(QStringLiteral("1.2.0"), QStringLiteral("sha-") + old.left(7), QString());
    t.commit(t.charts, 15, QStringLiteral("Stage 1.2.0 with a stale pin"));
    OverviewPtr o = t.scan();
    const Version v = *Version::parse(QStringLiteral("1.2.0"));
    REQUIRE(o->train.pendingIndex() == o->train.indexOf(v));
    const MatrixCell &pin = o->matrix.cell(o->train.pendingIndex(), column(o->matrix, QStringLiteral("app image tag")));
    CHECK(pin.state == MatrixCell::State::Drift);
    CHECK(pin.reason.contains(QLatin1String("commit of 1.0.0")));
    auto server = [](const QList<DiffRow> &rows) {
        for (const DiffRow &r : rows) {
            if (r.kind == DiffRow::Kind::Image && r.name == QLatin1String("server"))
                return r;
        }
        FAIL("no server row");
        return DiffRow{};
    };
    DiffRow row = server(MappingDiff::compute(MappingDiff::plan(*o, v, v)));
    CHECK(row.right.commit == old);
    CHECK(row.right.flag == QStringLiteral("sha-%1 belongs to 1.0.0, not 1.2.0").arg(old.left(7)));
    CHECK(row.range.behind == git(t.oss, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("1.0.0..1.2.0")}).toInt());

    // A version tag of another release: its commit, flagged.
    t.writeCharts(QStringLiteral("1.2.0"), QStringLiteral("1.1.0"), QString());
    t.commit(t.charts, 16, QStringLiteral("Stage 1.2.0 with the 1.1.0 image"));
    o = t.scan();
    row = server(MappingDiff::compute(MappingDiff::plan(*o, v, v)));
    CHECK(row.right.tag == QLatin1String("1.1.0"));
    CHECK(row.right.commit == t.rev(t.oss, QStringLiteral("1.1.0")));
    CHECK(row.right.flag == QLatin1String("1.1.0 is the image of 1.1.0, not 1.2.0"));
}

TEST_CASE("A staged chart fix and a release staged before SaaS ships are pending and on the timeline", "[dashboard]")
{
    Train t;
    // A fix of the published 1.1.1 staged at HEAD.
    t.writeCharts(QStringLiteral("1.1.1-fix1"), QStringLiteral("1.1.1"), QStringLiteral("1.1.1-fix1"));
    t.commit(t.charts, 17, QStringLiteral("Stage chart fix 1.1.1-fix1"));
    OverviewPtr o = t.scan();
    const int fix = o->train.indexOf(*Version::parse(QStringLiteral("1.1.1-fix1")));
    REQUIRE(fix >= 0);
    CHECK(o->train.pendingIndex() == fix);
    CHECK(o->train.releases()[fix].fixOf == o->train.indexOf(*Version::parse(QStringLiteral("1.1.1"))));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(kBase + 20 * kDay, Qt::UTC);
    PipelineView view;
    view.resize(1200, 600);
    view.show();
    view.setOverview(o, now);
    CHECK(view.markerPoint(fix, PipelineLayout::Enterprise) != QPoint(-1, -1));

    // 1.3.0 staged before OSS and SaaS have it: no due date yet, staged at
    // the commit's time, drawn at today.
    t.writeCharts(QStringLiteral("1.3.0"), QStringLiteral("1.3.0"), QStringLiteral("1.3.0"));
    t.commit(t.charts, 18, QStringLiteral("Stage 1.3.0 early"));
    o = t.scan();
    const int early = o->train.indexOf(*Version::parse(QStringLiteral("1.3.0")));
    REQUIRE(early >= 0);
    REQUIRE(o->train.pendingIndex() == early);
    const TrainRelease &r = o->train.releases()[early];
    CHECK_FALSE(r.dueDate.isValid());
    CHECK(r.stagedDate.toSecsSinceEpoch() == git(t.charts, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ct")}).toLongLong());
    view.setOverview(o, now);
    CHECK(view.markerPoint(early, PipelineLayout::Enterprise) != QPoint(-1, -1));
    CHECK(view.markerPoint(early, PipelineLayout::Oss) == QPoint(-1, -1)); // not tagged yet
}
