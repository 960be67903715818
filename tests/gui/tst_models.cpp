#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "itemmodels/mappingdiffmodel.h"
#include "itemmodels/releasedetailsmodel.h"
#include "workspace/scanner.h"
#include "itemmodels/versionmatrixmodel.h"
#include "itemmodels/snapshottablemodel.h"
#include "workspace/workspaceloader.h"

#include <QAbstractItemModelTester>
#include <QDate>

using namespace ReleaseDeck;

namespace {

const WorkspaceSnapshot &demoSnapshot()
{
    static QTemporaryDir tmp;
    static WorkspaceSnapshot snap = [] {
        QString error;
        const QString file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
        REQUIRE_FALSE(file.isEmpty());
        return Scanner::scan(WorkspaceLoader::load(file).workspace, nullptr);
    }();
    return snap;
}

} // namespace

TEST_CASE("Snapshot table models pass QAbstractItemModelTester", "[models]")
{
    const WorkspaceSnapshot &snap = demoSnapshot();
    for (auto table : {SnapshotTableModel::Table::Releases, SnapshotTableModel::Table::Charts,
                       SnapshotTableModel::Table::ImageRefs, SnapshotTableModel::Table::Problems}) {
        SnapshotTableModel model(table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSnapshot(snap);
        model.setSnapshot(WorkspaceSnapshot{});
        model.setSnapshot(snap);
        CHECK(model.columnCount() > 0);
    }
    SnapshotTableModel releases(SnapshotTableModel::Table::Releases);
    releases.setSnapshot(snap);
    REQUIRE(releases.rowCount() == snap.releases.size());
    CHECK(releases.index(0, 1).data().toString() == snap.releases.front().tag);
    CHECK(releases.headerData(1, Qt::Horizontal).toString() == QLatin1String("Tag"));

    SnapshotTableModel charts(SnapshotTableModel::Table::Charts);
    charts.setSnapshot(snap);
    int withProblems = 0;
    for (int row = 0; row < charts.rowCount(); ++row) {
        if (charts.index(row, 0).data(Qt::ForegroundRole).isValid())
            ++withProblems;
    }
    CHECK(withProblems >= 1); // image-loader/0.66.0 disagrees with its Chart.yaml

    // A problem naming a path with a line break in it: one line in the table.
    WorkspaceSnapshot odd;
    odd.problems = {QStringLiteral("oss: path /ws/o\nss\u202e.git does not exist")};
    SnapshotTableModel problems(SnapshotTableModel::Table::Problems);
    problems.setSnapshot(odd);
    REQUIRE(problems.rowCount() == 1);
    CHECK(problems.index(0, 0).data().toString() == QStringLiteral("oss: path /ws/o\\x0ass\\u{202e}.git does not exist"));
    CHECK(problems.index(0, 0).data(Qt::ToolTipRole) == problems.index(0, 0).data());
}

TEST_CASE("Dashboard models pass QAbstractItemModelTester", "[models]")
{
    const OverviewPtr overview = Overview::build(demoSnapshot());
    const OverviewPtr empty = Overview::build(WorkspaceSnapshot{});

    VersionMatrixModel matrix;
    QAbstractItemModelTester matrixTester(&matrix, QAbstractItemModelTester::FailureReportingMode::Fatal);
    VersionMatrixFilter filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&matrix);
    matrix.setOverview(overview);
    matrix.setOverview(empty);
    matrix.setOverview(overview);
    REQUIRE(matrix.rowCount() == overview->train.releases().size());
    filter.setProblemsOnly(true);
    CHECK(filter.rowCount() > 0);
    CHECK(filter.rowCount() < matrix.rowCount());
    filter.setText(QStringLiteral("0.66.0"));
    CHECK(filter.rowCount() >= 1);
    filter.setProblemsOnly(false);
    filter.setText(QString());
    CHECK(filter.rowCount() == matrix.rowCount());

    ReleaseDetailsModel details;
    QAbstractItemModelTester detailsTester(&details, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int r = 0; r < overview->train.releases().size(); ++r)
        details.setRelease(overview, r, QDateTime::currentDateTimeUtc());
    details.setRelease(overview, -1, QDateTime::currentDateTimeUtc());
    CHECK(details.rowCount() == 0);

    const auto &releases = overview->train.releases();
    MappingDiffModel diff;
    QAbstractItemModelTester diffTester(&diff, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<DiffRow> rows = MappingDiff::compute(
        MappingDiff::plan(*overview, releases[2].version, releases[5].version));
    diff.setRows(rows);
    CHECK(diff.rowCount() == rows.size());
    diff.setRows({});

    CommitListModel commits;
    QAbstractItemModelTester commitsTester(&commits, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const DiffRow &row : rows)
        commits.setCommits(row.range.commits);
    commits.setCommits({});
}
