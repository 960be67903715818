// The dashboard as a user drives it: a click on the timeline, the matrix
// filter, a diff. Expectations come from the git CLI on the demo's repositories.
#include "testsupport.h"
#include "guidemo.h"

#include "demo/demoworkspace.h"
#include "detailspane.h"
#include "diffview.h"
#include "mainwindow.h"
#include "itemmodels/mappingdiffmodel.h"
#include "pipelineview.h"
#include "registry/registrycheck.h"
#include "itemmodels/registrymodel.h"
#include "registryview.h"
#include "stagingpanel.h"
#include "supportview.h"
#include "reviewview.h"
#include "domain/supportpolicy.h"
#include "itemmodels/releasedetailsmodel.h"
#include "itemmodels/versionmatrixmodel.h"
#include "versionsview.h"

#include <QApplication>
#include <QBarSeries>
#include <QDockWidget>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QCheckBox>
#include <QComboBox>
#include <QAbstractItemModelTester>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QGraphicsItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace ReleaseDeck;
using namespace TestSupport;


TEST_CASE("A click on the timeline selects the release and fills the details pane", "[gui][dashboard]")
{
    Demo demo;
    MainWindow &w = demo.window;
    w.showView(MainWindow::View::Pipeline);
    // On opening, the pending release is selected.
    CHECK(w.detailsPane()->titleLabel()->text() == QLatin1String("Release 0.75.0"));

    PipelineView *view = w.pipelineView();
    const int target = demo.release(QStringLiteral("0.73.0"));
    const QPoint at = view->markerPoint(target, PipelineLayout::Oss);
    REQUIRE(view->viewport()->rect().contains(at));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    CHECK(view->selectedRelease() == target);
    CHECK(w.detailsPane()->titleLabel()->text() == QLatin1String("Release 0.73.0"));
    const QString details = w.detailsPane()->model()->toPlainText();
    INFO(details.toStdString());
    CHECK(details.contains(QLatin1String("oss: ") + git(demo.oss, {QStringLiteral("rev-parse"), QStringLiteral("0.73.0^{commit}")})));
    CHECK(details.contains(QLatin1String("openhands/0.73.0")));
    CHECK(details.contains(QLatin1String("enterprise-server: 0.73.0")));
    CHECK(details.contains(QLatin1String("Enterprise: published")));
    // The matrix follows the selection.
    CHECK(w.versionsView()->table()->currentIndex().data(VersionMatrixModel::ReleaseIndexRole).toInt() == target);

    // Right selects the next release along the axis; a click on empty space keeps it.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(w.detailsPane()->titleLabel()->text() == QLatin1String("Release 0.74.0"));

    // The superseded release says so.
    const int superseded = demo.release(QStringLiteral("0.70.0"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->markerPoint(superseded, PipelineLayout::Saas));
    CHECK(w.detailsPane()->model()->toPlainText().contains(QLatin1String("Enterprise: superseded")));

    // Zoom keeps working and the marker can still be hit.
    const double before = view->pixelsPerDay();
    QTest::keyClick(view, Qt::Key_Plus);
    CHECK(view->pixelsPerDay() > before);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->markerPoint(target, PipelineLayout::Enterprise));
    CHECK(view->selectedRelease() == target);
}

TEST_CASE("The version matrix filters by text and by problems and copies TSV", "[gui][dashboard]")
{
    Demo demo;
    MainWindow &w = demo.window;
    w.showView(MainWindow::View::Versions);
    VersionsView *v = w.versionsView();
    QAbstractItemModel *shown = v->table()->model();
    const int all = shown->rowCount();
    CHECK(all == v->model()->rowCount());

    QTest::keyClicks(v->filterEdit(), QStringLiteral("0.66.0"));
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, 0).data().toString() == QLatin1String("0.66.0"));
    // image-loader/0.66.0 carries Chart.yaml version 0.65.0, as git shows.
    const QString chartYaml = git(demo.tmp.path() + QLatin1String("/demo/repos/charts.git"),
                                  {QStringLiteral("show"), QStringLiteral("image-loader/0.66.0:charts/image-loader/chart/Chart.yaml")});
    CHECK(chartYaml.contains(QLatin1String("version: \"0.65.0\"")));
    CHECK(shown->index(0, 0).data(VersionMatrixModel::RowHasProblemRole).toBool());
    v->filterEdit()->clear();
    CHECK(shown->rowCount() == all);

    QTest::mouseClick(v->problemsOnlyBox(), Qt::LeftButton);
    REQUIRE(v->problemsOnlyBox()->isChecked());
    const int problems = shown->rowCount();
    CHECK(problems > 0);
    CHECK(problems < all);
    for (int r = 0; r < problems; ++r)
        CHECK(shown->index(r, 0).data(VersionMatrixModel::RowHasProblemRole).toBool());
    QTest::mouseClick(v->problemsOnlyBox(), Qt::LeftButton);
    CHECK(shown->rowCount() == all);

    // Copy: the selected block with its column titles.
    v->table()->selectionModel()->select(QItemSelection(shown->index(0, 0), shown->index(1, 3)), QItemSelectionModel::Select);
    const QStringList lines = v->selectionAsTsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QLatin1String("Version\tVerdict\tEnterprise\tOSS commit"));
    CHECK(lines[1].startsWith(QLatin1String("0.62.0\t")));
    CHECK(lines[1].section(QLatin1Char('\t'), 1, 1) == w.verdicts()->at(0).summary());
    CHECK(lines[1].section(QLatin1Char('\t'), 2, 2).startsWith(QLatin1String("published ")));
    CHECK(lines[1].endsWith(git(demo.oss, {QStringLiteral("rev-parse"), QStringLiteral("0.62.0^{commit}")}).left(8)));
}

TEST_CASE("A diff of two versions lists what git says lies between them", "[gui][dashboard]")
{
    Demo demo;
    MainWindow &w = demo.window;
    w.showView(MainWindow::View::Diff);
    DiffView *d = w.diffView();
    QSignalSpy computed(d, &DiffView::computed);
    d->setVersions(QStringLiteral("0.72.0"), QStringLiteral("0.73.0"));
    REQUIRE(computed.wait(30000));
    CHECK(d->leftBox()->currentText() == QLatin1String("0.72.0"));

    const QList<DiffRow> &rows = d->model()->rows();
    int ossRow = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].kind == DiffRow::Kind::Repository && rows[i].name == QLatin1String("oss"))
            ossRow = i;
    }
    REQUIRE(ossRow >= 0);
    const QStringList log = git(demo.oss, {QStringLiteral("log"), QStringLiteral("--format=%H %s"), QStringLiteral("0.72.0..0.73.0")})
                                .split(QLatin1Char('\n'));
    CHECK(rows[ossRow].range.ahead == log.size());
    CHECK(rows[ossRow].range.behind == 0);
    CHECK(d->model()->index(ossRow, MappingDiffModel::Ahead).data().toString() == QString::number(log.size()));

    QTest::mouseClick(d->rowsTable()->viewport(), Qt::LeftButton, {},
                      d->rowsTable()->visualRect(d->model()->index(ossRow, 0)).center());
    REQUIRE(d->commitModel()->rowCount() == log.size());
    QStringList expected;
    for (const QString &line : log)
        expected.append(line.left(10) + line.mid(40));
    CHECK(d->commitsAsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts) == expected);

    // Swapped, the same commits lie behind.
    d->swapSides();
    REQUIRE(computed.wait(30000));
    CHECK(d->leftBox()->currentText() == QLatin1String("0.73.0"));
    const DiffRow &swapped = d->model()->rows()[ossRow];
    CHECK(swapped.range.behind == log.size());
    CHECK(swapped.range.ahead == 0);
}

TEST_CASE("A new tag in a repository brings a new scan without asking", "[gui][dashboard]")
{
    Demo demo;
    MainWindow &w = demo.window;
    const int before = w.overview()->snapshot.releases.size();
    QSignalSpy shown(&w, &MainWindow::snapshotShown);
    // A release tag written by the git CLI, as a fetch or a colleague's push would.
    git(demo.oss, {QStringLiteral("tag"), QStringLiteral("0.76.0"), QStringLiteral("main")});
    REQUIRE(shown.wait(20000));
    CHECK(w.overview()->snapshot.releases.size() == before + 1);
    CHECK(w.overview()->train.indexOf(*Version::parse(QStringLiteral("0.76.0"))) >= 0);
}

TEST_CASE("Every view can be reached by keyboard and names itself", "[gui][dashboard][accessibility]")
{
    Demo demo;
    MainWindow &w = demo.window;
    const QList<QPair<QKeySequence, MainWindow::View>> keys{
        {QKeySequence(Qt::CTRL | Qt::Key_2), MainWindow::View::Versions},
        {QKeySequence(Qt::CTRL | Qt::Key_3), MainWindow::View::Registry},
        {QKeySequence(Qt::CTRL | Qt::Key_4), MainWindow::View::Diff},
        {QKeySequence(Qt::CTRL | Qt::Key_5), MainWindow::View::ScanData},
        {QKeySequence(Qt::CTRL | Qt::Key_6), MainWindow::View::Support},
        {QKeySequence(Qt::CTRL | Qt::Key_7), MainWindow::View::Review},
        {QKeySequence(Qt::CTRL | Qt::Key_1), MainWindow::View::Pipeline},
    };
    for (const auto &[key, view] : keys) {
        QTest::keySequence(&w, key);
        CHECK(w.currentView() == view);
    }
    // Interactive widgets carry an accessible name for screen readers.
    QStringList unnamed;
    for (QWidget *child : w.findChildren<QWidget *>()) {
        if (qobject_cast<QHeaderView *>(child))
            continue; // part of its table, which is named
        const bool interactive = qobject_cast<QAbstractItemView *>(child) || qobject_cast<QLineEdit *>(child)
                                 || qobject_cast<QComboBox *>(child) || qobject_cast<QGraphicsView *>(child);
        if (interactive && child->accessibleName().isEmpty() && !qobject_cast<QLineEdit *>(child->parentWidget())
            && !qobject_cast<QComboBox *>(child->parentWidget()))
            unnamed.append(QString::fromLatin1(child->metaObject()->className()) + QLatin1Char(' ') + child->objectName());
    }
    INFO(unnamed.join(QLatin1String(", ")).toStdString());
    CHECK(unnamed.isEmpty());

    // Tab leaves a table instead of walking its cells.
    w.showView(MainWindow::View::Versions);
    QTableView *table = w.versionsView()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != table);
    w.showView(MainWindow::View::Pipeline);

    // Hovering a marker gives a tooltip with its dates.
    PipelineView *view = w.pipelineView();
    const int release = demo.release(QStringLiteral("0.72.0"));
    const QPoint at = view->markerPoint(release, PipelineLayout::Saas);
    QTest::mouseMove(view->viewport(), at - QPoint(40, 40));
    QTest::mouseMove(view->viewport(), at);
    QGraphicsItem *item = view->itemAt(at);
    REQUIRE(item);
    CHECK(item->toolTip().contains(QLatin1String("SaaS: shipped")));
    CHECK(item->toolTip().contains(QLatin1String("Enterprise: published")));
}

TEST_CASE("A workspace file broken while open is reported in the status bar, not in a dialog", "[gui][dashboard][badinput]")
{
    Demo demo;
    MainWindow &w = demo.window;
    const OverviewPtr before = w.overview();
    QFile file(demo.file);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();

    // Half-way through an edit: an unclosed flow sequence on line 3.
    writeFile(demo.file, "name: demo\nrepos:\n  - [\n");
    REQUIRE(QTest::qWaitFor([&] { return w.statusMessage().startsWith(QLatin1String("Not rescanned: ")); }, 20000));
    INFO(w.statusMessage().toStdString());
    CHECK(w.statusMessage().contains(demo.file + QLatin1String(":4:")));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(w.overview() == before); // the last good scan stays on screen

    QSignalSpy shown(&w, &MainWindow::snapshotShown);
    writeFile(demo.file, good);
    REQUIRE(shown.wait(20000));
    CHECK(w.overview() != before);
}

TEST_CASE("The Registry view shows what the demo's registry holds, as skopeo reads it", "[gui][registry][skopeo]")
{
    Demo demo;
    MainWindow &w = demo.window;
    RegistryView *view = w.registryView();
    demo.waitForRegistry();
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_3));
    REQUIRE(w.currentView() == MainWindow::View::Registry);
    RegistryModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == w.overview()->train.releases().size());

    auto column = [&](const QString &component) {
        for (int c = RegistryModel::FirstArtifactColumn; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() == component)
                return c;
        }
        FAIL("no column " << component.toStdString());
        return -1;
    };
    const QString demoDir = QFileInfo(demo.file).absolutePath();
    // An image cell shows the commit its revision label names, as skopeo reads the label.
    const QModelIndex server = model->index(demo.release(QStringLiteral("0.73.0")), column(QStringLiteral("enterprise-server")));
    const ProcessResult inspect = run(QStringLiteral("skopeo"),
                                      {QStringLiteral("inspect"),
                                       QStringLiteral("oci:%1/registry/openhands/enterprise-server:0.73.0").arg(demoDir)});
    REQUIRE(inspect.exitCode == 0);
    const QString revision = QJsonDocument::fromJson(inspect.out).object().value(QLatin1String("Labels")).toObject()
                                 .value(QLatin1String("org.opencontainers.image.revision")).toString();
    CHECK(server.data().toString() == revision.left(7));
    CHECK(server.data(RegistryModel::StateRole).toInt() == int(ArtifactStatus::State::Present));
    CHECK(revision == git(QFileInfo(demo.oss).absoluteFilePath(), {QStringLiteral("rev-parse"), QStringLiteral("0.73.0^{commit}")}));

    // The faults: a mismatch and a missing image, both flagged with text, not colour alone.
    const QModelIndex wrong = model->index(demo.release(QStringLiteral("0.71.0")), column(QStringLiteral("enterprise-server")));
    CHECK(wrong.data(RegistryModel::StateRole).toInt() == int(ArtifactStatus::State::Mismatch));
    CHECK(wrong.data(Qt::ToolTipRole).toString().contains(QLatin1String("0.71.0 is at")));
    const QModelIndex missing = model->index(demo.release(QStringLiteral("0.64.0")), column(QStringLiteral("runtime-api")));
    CHECK(missing.data().toString() == QLatin1String("missing"));
    CHECK(model->index(demo.release(QStringLiteral("0.73.0")), RegistryModel::CompletenessColumn).data().toString()
          == QLatin1String("8/8"));

    // Problems only: the releases the check found faults in.
    QTest::mouseClick(view->problemsOnlyBox(), Qt::LeftButton);
    QStringList shown;
    for (int r = 0; r < view->table()->model()->rowCount(); ++r)
        shown.append(view->table()->model()->index(r, 0).data().toString());
    CHECK(shown == QStringList{QStringLiteral("0.64.0"), QStringLiteral("0.66.0"), QStringLiteral("0.71.0")});
    CHECK(view->summaryText().contains(QLatin1String("2 missing")) == false);
    CHECK(view->summaryText().contains(QLatin1String("1 missing")));
    CHECK(view->summaryText().contains(QLatin1String("2 disagree with git")));

    // A row selects the release everywhere.
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->table()->model()->index(2, RegistryModel::CompletenessColumn));
    CHECK(w.pipelineView()->selectedRelease() == demo.release(QStringLiteral("0.71.0")));
    CHECK(w.detailsPane()->model()->toPlainText().contains(QLatin1String("Registry: 7 of 8 present")));

    // Checking again gives the same answer.
    QSignalSpy again(&w, &MainWindow::registryChecked);
    QTest::mouseClick(view->checkAgainButton(), Qt::LeftButton);
    REQUIRE(again.wait(30000));
    CHECK(model->index(demo.release(QStringLiteral("0.64.0")), column(QStringLiteral("runtime-api"))).data().toString()
          == QLatin1String("missing"));
}

TEST_CASE("The timeline shows a completeness badge per release", "[gui][registry]")
{
    Demo demo;
    MainWindow &w = demo.window;
    demo.waitForRegistry();
    w.showView(MainWindow::View::Pipeline);
    PipelineView *view = w.pipelineView();
    // The tooltip of a marker says what the registry holds of it.
    const int release = demo.release(QStringLiteral("0.64.0"));
    const QPoint at = view->markerPoint(release, PipelineLayout::Oss);
    REQUIRE(at.x() >= 0);
    QGraphicsItem *item = view->itemAt(at);
    REQUIRE(item);
    QTest::mouseMove(view->viewport(), at - QPoint(30, 30));
    QTest::mouseMove(view->viewport(), at);
    QApplication::processEvents();
    CHECK(item->toolTip().contains(QLatin1String("Registry: 7 of 8 artifacts present")));
    // The badge is drawn under the marker: a red cross for the missing image.
    const QImage shot = view->viewport()->grab().toImage();
    bool red = false;
    for (int dy = 8; dy < 26 && !red; ++dy) {
        for (int dx = -8; dx <= 8 && !red; ++dx) {
            const QColor c = shot.pixelColor(at + QPoint(dx, dy));
            red = c.red() > 170 && c.green() < 80 && c.blue() < 80;
        }
    }
    CHECK(red);
}

TEST_CASE("A release shows one verdict in every view, the command line's too", "[gui][verdict]")
{
    Demo demo;
    MainWindow &w = demo.window;
    demo.waitForRegistry();
    REQUIRE(w.verdicts());
    REQUIRE(w.verdicts()->report());
    const QString demoDir = QFileInfo(demo.file).absolutePath();
    // skopeo: runtime-api 0.64.0 is not in the registry, 0.73.0's is.
    auto inRegistry = [&](const QString &image) {
        return run(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                              QStringLiteral("oci:%1/registry/%2").arg(demoDir, image)})
                   .exitCode
               == 0;
    };
    REQUIRE_FALSE(inRegistry(QStringLiteral("openhands/runtime-api:0.64.0")));
    REQUIRE(inRegistry(QStringLiteral("openhands/runtime-api:0.73.0")));

    // The command line's verdicts, for the same repositories.
    const ProcessResult scan = releasedeck({QStringLiteral("scan"), QStringLiteral("-w"), demo.file, QStringLiteral("--json"),
                                            QStringLiteral("--check-registry")});
    INFO(scan.err.toStdString());
    REQUIRE(scan.exitCode == 0);
    QHash<QString, QJsonObject> cli;
    for (const QJsonValue &v : QJsonDocument::fromJson(scan.out).object()[QStringLiteral("versions")].toArray())
        cli.insert(v.toObject()[QStringLiteral("version")].toString(), v.toObject()[QStringLiteral("verdict")].toObject());

    for (const QString &version : {QStringLiteral("0.64.0"), QStringLiteral("0.73.0")}) {
        INFO(version.toStdString());
        const int release = demo.release(version);
        const ReleaseVerdict &verdict = w.verdicts()->at(release);
        const bool missing = version == QLatin1String("0.64.0");
        CHECK((verdict.state == MatrixCell::State::Missing) == missing);
        CHECK(verdict.problems.contains(QStringLiteral("registry: ghcr.io/openhands/runtime-api:0.64.0 is missing")) == missing);
        // Versions matrix and Registry view: the verdict column, its line and its look.
        const QModelIndex matrix = w.versionsView()->model()->index(release, VersionMatrixModel::kVerdictColumn);
        CHECK(matrix.data().toString() == verdict.summary());
        CHECK(matrix.data(VersionMatrixModel::StateRole).toInt() == int(verdict.state));
        CHECK(matrix.data(VersionMatrixModel::RowHasProblemRole).toBool() == missing);
        const QModelIndex registry = w.registryView()->model()->index(release, RegistryModel::VerdictColumn);
        CHECK(registry.data().toString() == verdict.summary());
        CHECK(registry.data(VersionMatrixModel::StateRole).toInt() == int(verdict.state));
        // The timeline: a click selects it and fills the details pane; the
        // marker's tooltip lists the problems, the registry's among them.
        w.showView(MainWindow::View::Pipeline);
        PipelineView *view = w.pipelineView();
        const QPoint at = view->markerPoint(release, PipelineLayout::Oss);
        REQUIRE(at.x() >= 0);
        QGraphicsItem *item = view->itemAt(at);
        REQUIRE(item);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        CHECK(w.detailsPane()->model()->release() == release);
        CHECK(w.detailsPane()->model()->toPlainText().contains(QStringLiteral("Verdict: ") + verdict.summary()));
        QTest::mouseMove(view->viewport(), at - QPoint(30, 30));
        QTest::mouseMove(view->viewport(), at);
        QApplication::processEvents();
        CHECK(item->toolTip().contains(QLatin1String("Registry: 7 of 8 artifacts present")) == missing);
        CHECK(item->toolTip().contains(QStringLiteral("⚠")) == !verdict.problems.isEmpty());
        // scan --json --check-registry judges it the same.
        REQUIRE(cli.contains(version));
        CHECK(cli[version][QStringLiteral("state")].toString() == ReleaseVerdict::stateName(verdict.state));
        CHECK(cli[version][QStringLiteral("summary")].toString() == verdict.summary());
    }

    // The Staging panel: the pending release's registry part and problems, from the same verdict.
    const int pending = w.overview()->train.pendingIndex();
    REQUIRE(pending >= 0);
    const ReleaseVerdict &p = w.verdicts()->at(pending);
    const QString panel = w.stagingPanel()->verdictLabel()->text();
    CHECK(panel.contains(QStringLiteral("artifacts")));
    CHECK(panel.contains(QString::number(p.registry.present)));
    for (const QString &problem : p.problems.mid(0, 4))
        CHECK(panel.contains(problem.toHtmlEscaped()));
}

TEST_CASE("The Support view shows each customer of the customers file, their target and upgrade path, by keyboard",
          "[gui][support]")
{
    Demo demo;
    MainWindow &w = demo.window;
    SupportView *view = w.supportView();
    if (!view->report()) {
        QSignalSpy ready(view, &SupportView::reportReady);
        REQUIRE(ready.wait(30000));
    }
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_6));
    REQUIRE(w.currentView() == MainWindow::View::Support);
    const QString demoDir = QFileInfo(demo.file).absolutePath();

    // The customers as PyYAML reads the file, in its order.
    QStringList expected;
    for (const QJsonValue &c : readWithPyYaml(run(QStringLiteral("cat"), {demoDir + QLatin1String("/customers.yaml")}).out, false)
                                   .toObject()[QStringLiteral("customers")].toArray())
        expected.append(c.toObject()[QStringLiteral("name")].toString() + QLatin1Char(' ') + c.toObject()[QStringLiteral("version")].toString());
    QAbstractItemModel *customers = view->customersTable()->model();
    QStringList shown;
    for (int r = 0; r < customers->rowCount(); ++r)
        shown.append(customers->index(r, 0).data().toString() + QLatin1Char(' ') + customers->index(r, 1).data().toString());
    CHECK(shown == expected);

    // The target: the newest release the charts repository has tagged.
    const QString charts = demoDir + QLatin1String("/repos/charts.git");
    QString newest;
    for (const QString &tag : git(charts, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("openhands/*"),
                                           QStringLiteral("--sort=version:refname")})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!tag.contains(QLatin1Char('-')))
            newest = tag.section(QLatin1Char('/'), 1);
    }
    REQUIRE_FALSE(newest.isEmpty());
    for (int r = 0; r < customers->rowCount(); ++r) {
        const QString target = customers->index(r, 4).data().toString();
        INFO(shown.value(r).toStdString());
        if (customers->index(r, 1).data().toString() == newest)
            CHECK(target == QLatin1String("up to date"));
        else
            CHECK(target.startsWith(newest));
    }

    // Down to Globex Retail: the other views select their version, and the
    // path names the stop the manifest marks, with its reason.
    view->customersTable()->setFocus();
    view->customersTable()->setCurrentIndex(customers->index(0, 0));
    QTest::keyClick(view->customersTable(), Qt::Key_Down);
    REQUIRE(customers->index(view->customersTable()->currentIndex().row(), 0).data().toString() == QLatin1String("Globex Retail"));
    CHECK(w.pipelineView()->selectedRelease() == demo.release(QStringLiteral("0.69.0")));
    QString reason;
    for (const QJsonValue &v : readWithPyYaml(git(charts, {QStringLiteral("show"), QStringLiteral("main:releases.yaml")}).toUtf8(), false)
                                   .toObject()[QStringLiteral("releases")].toArray()) {
        if (v.toObject()[QStringLiteral("version")].toString() == QLatin1String("0.72.0"))
            reason = v.toObject()[QStringLiteral("upgradeStop")].toString();
    }
    REQUIRE_FALSE(reason.isEmpty());
    QTreeWidget *tree = view->pathTree();
    REQUIRE(tree->topLevelItemCount() == 1);
    QStringList lines;
    QList<QTreeWidgetItem *> todo{tree->topLevelItem(0)};
    while (!todo.isEmpty()) {
        QTreeWidgetItem *item = todo.takeFirst();
        lines.append(item->text(0) + QLatin1String(" | ") + item->text(1));
        for (int i = 0; i < item->childCount(); ++i)
            todo.append(item->child(i));
    }
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.first().startsWith(QStringLiteral("0.69.0 → %1 | ").arg(newest)));
    CHECK(lines.contains(QStringLiteral("Required stop 0.72.0 | ") + reason));
    CHECK(lines.contains(QLatin1String("sandbox.timeoutSeconds | removed (was 120)")));
    CHECK(view->summaryText().contains(QLatin1String("3 customers, 2 need attention.")));
}

TEST_CASE("The timeline shows each line's support as bands that begin at the chart tags' dates", "[gui][support]")
{
    Demo demo;
    MainWindow &w = demo.window;
    const QList<SupportSegment> bands = w.pipelineView()->supportBands();
    REQUIRE_FALSE(bands.isEmpty());
    // The first publish of each line, as git dates the chart tags.
    const QString charts = QFileInfo(demo.file).absolutePath() + QLatin1String("/repos/charts.git");
    QMap<QString, QDateTime> first;
    for (const QString &line : git(charts, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname:lstrip=3) %(creatordate:iso-strict)"),
                                            QStringLiteral("refs/tags/openhands")})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString version = line.section(QLatin1Char(' '), 0, 0);
        const QDateTime at = QDateTime::fromString(line.section(QLatin1Char(' '), 1), Qt::ISODate).toUTC();
        const QString key = version.section(QLatin1Char('.'), 0, 1);
        if (!first.contains(key) || at < first[key])
            first[key] = at;
    }
    QStringList fullStarts, expectedStarts;
    for (const SupportSegment &s : bands) {
        if (s.status == LineSupport::Status::Full)
            fullStarts.append(QStringLiteral("%1.%2 %3").arg(s.major).arg(s.minor).arg(s.from.toString(Qt::ISODate)));
    }
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        expectedStarts.append(QStringLiteral("%1 %2").arg(it.key(), it.value().toString(Qt::ISODate)));
    fullStarts.sort();
    expectedStarts.sort();
    CHECK(fullStarts == expectedStarts);
    // A line's full support ends where the next line's begins; the newest's is projected.
    for (const SupportSegment &s : bands) {
        if (s.status != LineSupport::Status::Full)
            continue;
        const QString next = QStringLiteral("%1.%2").arg(s.major).arg(s.minor + 1);
        INFO(next.toStdString());
        if (first.contains(next)) {
            CHECK(s.to == first[next]);
            CHECK_FALSE(s.projected);
        } else {
            CHECK(s.projected);
        }
    }
}
