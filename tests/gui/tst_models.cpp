#include "testsupport.h"

#include "demoworkspace.h"
#include "scanner.h"
#include "snapshottablemodel.h"
#include "workspaceloader.h"

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
}
