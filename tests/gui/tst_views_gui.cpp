// The Versions and Diff views and the Staging panel as a release manager
// reads them: a version column that stays, why a row is a problem, the
// whole table copied, a diff pair that follows the train, and a panel that
// tells what is next after a publish. Expectations come from git.
#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "diffview.h"
#include "frozentableview.h"
#include "itemmodels/mappingdiffmodel.h"
#include "itemmodels/versionmatrixmodel.h"
#include "mainwindow.h"
#include "session/workspacesession.h"
#include "stagingpanel.h"
#include "versionsview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <yaml-cpp/yaml.h>

#include <functional>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

struct Opened
{
    QTemporaryDir tmp;
    QString file;
    QString oss;
    QString charts;
    MainWindow window;

    Opened()
    {
        QString error;
        file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
        REQUIRE_FALSE(file.isEmpty());
        oss = tmp.path() + QLatin1String("/demo/repos/oss.git");
        charts = tmp.path() + QLatin1String("/demo/repos/charts.git");
    }

    void show(const QString &workspace = {})
    {
        window.resize(1280, 720);
        window.show();
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        window.openWorkspace(workspace.isEmpty() ? file : workspace);
        REQUIRE(shown.wait(60000));
    }

    void rescan()
    {
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        window.session()->reload();
        REQUIRE(shown.wait(60000));
    }

    // The demo's releases, newest last, as git lists the OSS tags.
    QStringList ossTags() const
    {
        return git(oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("--sort=v:refname"), QStringLiteral("0.*")})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

int columnTitled(const QAbstractItemModel *m, const QString &title)
{
    for (int c = 0; c < m->columnCount(); ++c) {
        if (m->headerData(c, Qt::Horizontal).toString() == title)
            return c;
    }
    FAIL("no column " << title.toStdString());
    return -1;
}

} // namespace

TEST_CASE("The Versions matrix keeps its Version column, says why a row is a problem and copies the whole table", "[gui][versions]")
{
    Opened demo;
    demo.show();
    demo.window.showView(MainWindow::View::Versions);
    VersionsView *view = demo.window.versionsView();
    auto *table = qobject_cast<FrozenTableView *>(view->table());
    REQUIRE(table);
    REQUIRE_EVENTUALLY(demo.window.verdicts() != nullptr, 30000);
    QAbstractItemModel *shown = table->model();

    // Scrolled all the way right, the Version column is still in place.
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QCoreApplication::processEvents();
    REQUIRE(table->horizontalScrollBar()->maximum() > 0);
    CHECK(table->columnViewportPosition(0) < 0); // the matrix's own column scrolled away
    QTableView *frozen = table->frozenView();
    CHECK(frozen->isVisible());
    CHECK(frozen->geometry().left() <= table->frameWidth());
    CHECK(frozen->width() == table->columnWidth(0));
    CHECK(frozen->indexAt(QPoint(4, 4)).data().toString() == demo.ossTags().first());
    // Home goes back to the row's start, and the table's.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, table->model()->columnCount() - 1));
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QTest::keyClick(table, Qt::Key_Home);
    CHECK(table->currentIndex().column() == 0);
    CHECK(table->horizontalScrollBar()->value() == 0);
    CHECK(table->columnViewportPosition(0) == 0);

    // Problems only: each row listed names the columns that drift or miss.
    view->problemsOnlyBox()->setChecked(true);
    REQUIRE(shown->rowCount() > 0);
    CHECK(shown->headerData(VersionMatrixModel::kVerdictColumn, Qt::Horizontal).toString() == QLatin1String("Why listed"));
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QString why = shown->index(r, VersionMatrixModel::kVerdictColumn).data().toString();
        INFO(shown->index(r, 0).data().toString().toStdString() << ": " << why.toStdString());
        CHECK_FALSE(why.isEmpty());
        CHECK(why != QLatin1String("nothing now"));
        for (int c = VersionMatrixModel::kVerdictColumn + 1; c < shown->columnCount(); ++c) {
            const auto state = MatrixCell::State(shown->index(r, c).data(VersionMatrixModel::StateRole).toInt());
            if (state == MatrixCell::State::Drift || state == MatrixCell::State::Missing)
                CHECK(why.contains(shown->headerData(c, Qt::Horizontal).toString()));
        }
    }
    view->problemsOnlyBox()->setChecked(false);
    CHECK(shown->headerData(VersionMatrixModel::kVerdictColumn, Qt::Horizontal).toString() == QLatin1String("Verdict"));

    // The current release's cell alone is no selection: Copy as TSV copies
    // every row and column, each cell with its state.
    REQUIRE(table->selectionModel()->selectedIndexes().size() <= 1);
    QApplication::clipboard()->clear();
    auto *copy = view->findChild<QPushButton *>();
    for (QPushButton *b : view->findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("&Copy as TSV"))
            copy = b;
    }
    REQUIRE(copy);
    copy->click();
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == shown->rowCount() + 1);
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    CHECK(header.size() == shown->columnCount());
    CHECK(header.first() == QLatin1String("Version"));
    // The OSS commit of the first release, as git has it, and its state.
    const int ossColumn = header.indexOf(QStringLiteral("OSS commit"));
    REQUIRE(ossColumn > 0);
    const QString first = demo.ossTags().first();
    const QString commit = git(demo.oss, {QStringLiteral("rev-parse"), first + QStringLiteral("^{commit}")});
    const QStringList row = lines.at(1).split(QLatin1Char('\t'));
    CHECK(row.first() == first);
    CHECK(row.at(ossColumn) == commit.left(8) + QStringLiteral(" (consistent)"));

    // A chart-only fix carries no images of its own: none is missing.
    const QString fixTag = git(demo.charts, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("*-fix*")})
                               .section(QLatin1Char('\n'), 0, 0);
    REQUIRE_FALSE(fixTag.isEmpty());
    const QString fix = fixTag.section(QLatin1Char('/'), -1);
    bool seen = false;
    for (int r = 0; r < shown->rowCount(); ++r) {
        if (shown->index(r, 0).data().toString() != fix)
            continue;
        seen = true;
        for (int c = 1; c < shown->columnCount(); ++c) {
            INFO(shown->headerData(c, Qt::Horizontal).toString().toStdString());
            CHECK(shown->index(r, c).data(VersionMatrixModel::StateRole).toInt() != int(MatrixCell::State::Missing));
        }
    }
    CHECK(seen);
}

TEST_CASE("The Diff view follows the newest releases until a pair is picked, and shows long notes whole", "[gui][diff]")
{
    Opened demo;
    demo.show();
    demo.window.showView(MainWindow::View::Diff);
    DiffView *diff = demo.window.diffView();
    auto *left = diff->findChild<QComboBox *>(QString(), Qt::FindDirectChildrenOnly);
    QList<QComboBox *> boxes = diff->findChildren<QComboBox *>();
    REQUIRE(boxes.size() >= 2);
    QComboBox *l = boxes.at(0);
    QComboBox *r = boxes.at(1);
    Q_UNUSED(left);
    QStringList tags = demo.ossTags();
    CHECK(l->currentText() == tags.at(tags.size() - 2));
    CHECK(r->currentText() == tags.last());

    // A new release: the pair moves with it.
    git(demo.oss, {QStringLiteral("tag"), QStringLiteral("0.76.0"), QStringLiteral("main")});
    demo.rescan();
    CHECK(l->currentText() == QLatin1String("0.75.0"));
    CHECK(r->currentText() == QLatin1String("0.76.0"));

    // Picked by hand, it stays.
    QTest::keyClick(l, Qt::Key_Down);
    const QString picked = l->currentText();
    CHECK(picked != QLatin1String("0.75.0"));
    git(demo.oss, {QStringLiteral("tag"), QStringLiteral("0.77.0"), QStringLiteral("main")});
    demo.rescan();
    CHECK(l->currentText() == picked);
    CHECK(r->currentText() == QLatin1String("0.76.0"));

    // Notes: the column is bounded, the row's notes are whole on hover and
    // above its commits.
    QSignalSpy computed(diff, &DiffView::computed);
    diff->setVersions(QStringLiteral("0.62.0"), QStringLiteral("0.77.0"));
    REQUIRE(computed.wait(30000));
    QTableView *rows = nullptr;
    for (QTableView *t : diff->findChildren<QTableView *>()) {
        if (t->model()->columnCount() == MappingDiffModel::ColumnCount)
            rows = t;
    }
    REQUIRE(rows);
    REQUIRE(rows->model()->columnCount() == MappingDiffModel::ColumnCount);
    int noted = -1;
    for (int i = 0; i < rows->model()->rowCount() && noted < 0; ++i) {
        if (!rows->model()->index(i, MappingDiffModel::Notes).data().toString().isEmpty())
            noted = i;
    }
    REQUIRE(noted >= 0);
    const QModelIndex notes = rows->model()->index(noted, MappingDiffModel::Notes);
    CHECK(notes.data(Qt::ToolTipRole).toString() == notes.data().toString());
    rows->setCurrentIndex(notes);
    CHECK(diff->rowNotesLabel()->isVisibleTo(diff));
    CHECK(diff->rowNotesLabel()->text().endsWith(notes.data().toString()));
    // The table does not grow past its view for the notes' sake.
    CHECK(rows->columnWidth(MappingDiffModel::Notes) <= std::max(320, rows->viewport()->width()));
}

TEST_CASE("After a publish the Staging panel says what SaaS runs that is not staged, and keeps the last trail", "[gui][staging]")
{
    Opened demo;
    const QString avery = demo.tmp.path() + QLatin1String("/avery");
    writeFile(avery + QLatin1String("/.gitconfig"), "[user]\n\tname = Avery Approver\n\temail = avery@example.com\n");
    // Approved, published and the next version released, by the command line.
    for (const QStringList &args : {QStringList{QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"),
                                                QStringLiteral("a week on SaaS")},
                                    QStringList{QStringLiteral("publish"), QStringLiteral("0.75.0"), QStringLiteral("--early"),
                                                QStringLiteral("the test's week")},
                                    QStringList{QStringLiteral("release"), QStringLiteral("0.76.0"), QStringLiteral("--commit"),
                                                QStringLiteral("HEAD")}}) {
        const ProcessResult r = run(QStringLiteral(RELEASEDECK_BINARY), args + QStringList{QStringLiteral("-w"), demo.file, QStringLiteral("--yes")},
                                    QString(), {{QStringLiteral("HOME"), avery}}, 300000);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    demo.show();
    StagingPanel *panel = demo.window.stagingPanel();
    REQUIRE_EVENTUALLY(panel->state().stage.enabled, 10000);
    CHECK(panel->titleLabel()->text() == QLatin1String("0.76.0 is on SaaS, not staged"));
    CHECK(panel->factsLabel()->text().contains(QLatin1String("Enterprise has 0.75.0.")));
    // The trail of 0.75.0 as the manifest on the charts' main branch has it.
    const YAML::Node manifest = YAML::Load(git(demo.charts, {QStringLiteral("show"), QStringLiteral("main:releases.yaml")}).toStdString());
    std::size_t entries = 0;
    for (const YAML::Node &r : manifest["releases"]) {
        if (r["version"].as<std::string>() == "0.75.0")
            entries = r["audit"].size();
    }
    REQUIRE(entries >= 3);
    CHECK(panel->auditTitle()->text() == QLatin1String("Audit trail of 0.75.0 (published)"));
    CHECK(panel->auditTrail()->topLevelItemCount() == int(entries));
    CHECK(panel->auditTrail()->topLevelItem(int(entries) - 1)->text(2).startsWith(QLatin1String("publish")));

    // Hints are sentences: no "Suggested: 0.76.0" tacked after a colon.
    for (OperationRequest::Kind kind : {OperationRequest::Kind::Release, OperationRequest::Kind::Stage, OperationRequest::Kind::Fix}) {
        const QString tip = panel->button(kind)->toolTip();
        INFO(tip.toStdString());
        CHECK(panel->button(kind)->isEnabled());
        CHECK_FALSE(tip.contains(QLatin1String("Suggested")));
        CHECK(tip.at(0).isUpper());
        CHECK(tip.endsWith(QLatin1Char('.')));
    }
    CHECK(panel->button(OperationRequest::Kind::Stage)->toolTip().contains(QLatin1String("0.76.0")));
    CHECK(panel->whyLabel()->text() == QStringLiteral("Publish waits — nothing is approved for Enterprise."));
}

TEST_CASE("A workspace that names no release manifest is a read-only dashboard, and the panel says so", "[gui][staging]")
{
    Opened demo;
    QFile in(demo.file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    const qsizetype at = text.indexOf("\nmanifest:");
    REQUIRE(at > 0);
    // The manifest block, up to the next top-level key or the end.
    qsizetype end = at + 1;
    while ((end = text.indexOf('\n', end + 1)) > 0 && end + 1 < text.size() && text.at(end + 1) == ' ') {
    }
    text.remove(at, (end < 0 ? text.size() : end) - at);
    REQUIRE_FALSE(text.contains("manifest:"));
    const QString file = QFileInfo(demo.file).absolutePath() + QLatin1String("/nomanifest.yaml");
    writeFile(file, text);
    demo.show(file);
    StagingPanel *panel = demo.window.stagingPanel();
    CHECK(panel->titleLabel()->text() == QLatin1String("Read-only: no release manifest"));
    CHECK(panel->factsLabel()->text().contains(QLatin1String("add manifest: {repo, path}")));
    for (OperationRequest::Kind kind : {OperationRequest::Kind::Stage, OperationRequest::Kind::Restage, OperationRequest::Kind::Approve,
                                        OperationRequest::Kind::Publish, OperationRequest::Kind::Fix})
        CHECK_FALSE(panel->button(kind)->isEnabled());
    CHECK(panel->whyLabel()->text().isEmpty());
}

namespace {

// The charts' main branch with releases.yaml edited by `edit`, committed and
// pushed as another person would, with the git CLI.
void editManifest(const Opened &demo, const std::function<QByteArray(QByteArray)> &edit)
{
    static int edits = 0;
    const QString work = demo.tmp.path() + QStringLiteral("/charts-work-%1").arg(++edits);
    git(demo.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), demo.charts, work});
    QFile in(work + QLatin1String("/releases.yaml"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray before = in.readAll();
    in.close();
    const QByteArray after = edit(before);
    REQUIRE(after != before);
    writeFile(work + QLatin1String("/releases.yaml"), after);
    git(work, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Edit the manifest by hand")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("HEAD:main")});
}

} // namespace

TEST_CASE("A release manifest that cannot be read holds every operation back, and the panel says why", "[gui][staging][badinput]")
{
    Opened demo;
    editManifest(demo, [](QByteArray text) { return text.replace("releases:\n", "releases: [unclosed\n"); });
    demo.show();
    StagingPanel *panel = demo.window.stagingPanel();
    CHECK(panel->titleLabel()->text() == QLatin1String("The release manifest cannot be read"));
    // The loader's own words, with the file and its line.
    CHECK(panel->factsLabel()->text().contains(QLatin1String("releases.yaml:")));
    for (OperationRequest::Kind kind : {OperationRequest::Kind::Release, OperationRequest::Kind::Stage, OperationRequest::Kind::Restage,
                                        OperationRequest::Kind::Approve, OperationRequest::Kind::Publish, OperationRequest::Kind::Fix})
        CHECK_FALSE(panel->button(kind)->isEnabled());
}

TEST_CASE("An approved state the audit trail does not back, or a version OSS never released, opens no Publish or Approve", "[gui][staging][badinput]")
{
    Opened demo;
    // 0.75.0 approved by editing the state alone: no approve line in its trail.
    editManifest(demo, [](QByteArray text) {
        const qsizetype at = text.indexOf("- version: 0.75.0");
        REQUIRE(at > 0);
        const qsizetype state = text.indexOf("state: staged", at);
        REQUIRE(state > 0);
        return text.replace(state, int(qstrlen("state: staged")), "state: approved");
    });
    demo.show();
    StagingPanel *panel = demo.window.stagingPanel();
    REQUIRE_EVENTUALLY(panel->state().pending.has_value(), 10000);
    CHECK_FALSE(panel->button(OperationRequest::Kind::Publish)->isEnabled());
    CHECK(panel->button(OperationRequest::Kind::Publish)->toolTip().contains(QLatin1String("not backed by its audit trail")));

    // A staged entry for a version OSS never tagged.
    editManifest(demo, [](QByteArray text) { return text.replace("- version: 0.75.0", "- version: 9.9.9"); });
    demo.rescan();
    REQUIRE_EVENTUALLY(panel->state().pending.has_value(), 10000);
    CHECK(panel->state().pending->version.toString() == QLatin1String("9.9.9"));
    CHECK(git(demo.oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("9.9.9")}).isEmpty());
    CHECK_FALSE(panel->button(OperationRequest::Kind::Approve)->isEnabled());
    CHECK_FALSE(panel->button(OperationRequest::Kind::Publish)->isEnabled());
    CHECK(panel->verdictLabel()->text().contains(QLatin1String("OSS never released 9.9.9")));
}
