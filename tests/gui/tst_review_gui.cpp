// The Review view on the demo workspace: its charts against the OSS tags,
// its agenda against the manifest, the what-if tab, the timeline's export
// and the Diff view's release notes against git log.
#include "guidemo.h"

#include "diffview.h"
#include "pipelineview.h"
#include "reviewcharts.h"
#include "reviewview.h"
#include "review/review.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDockWidget>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>
#include <memory>

TEST_CASE("The Review view draws its charts from the weeks chosen, gives a release's reasons on a click, "
          "and the timeline exports as PNG and SVG",
          "[gui][review]")
{
    Demo demo;
    MainWindow &w = demo.window;
    ReviewView *view = w.reviewView();
    QSignalSpy ready(view, &ReviewView::reviewReady);
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_7));
    REQUIRE(w.currentView() == MainWindow::View::Review);
    // The docks make room for the charts, and come back after.
    CHECK_FALSE(w.stagingDock()->isVisible());
    if (!view->review())
        REQUIRE(ready.wait(30000));
    REQUIRE(view->review());
    REQUIRE(view->charts().size() == 6);
    for (QChartView *c : view->charts()) {
        INFO(c->chart()->title().toStdString());
        CHECK_FALSE(c->chart()->title().isEmpty());
    }
    // The cadence chart's OSS bars: the OSS tags git has in each week.
    const auto *bars = qobject_cast<QBarSeries *>(view->charts().at(0)->chart()->series().value(0));
    REQUIRE(bars);
    const QBarSet *ossBars = bars->barSets().value(0);
    REQUIRE(ossBars);
    REQUIRE(ossBars->count() == 12);
    const QDate first = view->review()->period.first;
    QList<int> perWeek(12, 0);
    for (const QString &line : git(demo.oss, {QStringLiteral("for-each-ref"), QStringLiteral("refs/tags"),
                                              QStringLiteral("--format=%(refname:strip=2) %(creatordate:unix)")})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qint64 d = first.daysTo(QDateTime::fromSecsSinceEpoch(line.section(QLatin1Char(' '), 1).toLongLong(), Qt::UTC).date());
        if (d >= 0 && d < 84 && !line.section(QLatin1Char(' '), 0, 0).contains(QLatin1Char('-')))
            ++perWeek[int(d / 7)];
    }
    for (int i = 0; i < 12; ++i)
        CHECK(int(ossBars->at(i)) == perWeek.at(i));
    // The agenda names the pending release the manifest records as staged.
    const QJsonValue manifest = readWithPyYaml(
        git(QFileInfo(demo.file).absolutePath() + QLatin1String("/repos/charts.git"), {QStringLiteral("show"), QStringLiteral("main:releases.yaml")}).toUtf8(),
        false);
    QString staged;
    for (const QJsonValue &r : manifest.toObject().value(QLatin1String("releases")).toArray()) {
        if (r.toObject().value(QLatin1String("enterprise")).toObject().value(QLatin1String("state")).toString() == QLatin1String("staged"))
            staged = r.toObject().value(QLatin1String("version")).toString();
    }
    REQUIRE_FALSE(staged.isEmpty());
    CHECK(view->agenda()->toPlainText().contains(QStringLiteral("Pending: %1, staged").arg(staged)));
    // A click on a stagger bar: that release's audited reasons.
    auto *stagger = qobject_cast<QBarSeries *>(view->charts().at(2)->chart()->series().value(0));
    REQUIRE(stagger);
    REQUIRE(stagger->barSets().size() >= 1);
    emit stagger->barSets().first()->clicked(0);
    // The first bar, named on the axis: the release published first.
    auto *versions = qobject_cast<QBarCategoryAxis *>(view->charts().at(2)->chart()->axes(Qt::Horizontal).value(0));
    REQUIRE(versions);
    const QString firstBar = versions->categories().value(0);
    const StaggerRow *row = nullptr;
    for (const StaggerRow &s : view->review()->figures.stagger) {
        if (s.staggerDays >= 0 && (!row || s.published < row->published))
            row = &s;
    }
    REQUIRE(row);
    CHECK(firstBar == row->version);
    CHECK(view->reasons()->text().startsWith(row->version + QLatin1String(": published")));
    // Fewer weeks: the charts follow.
    ready.clear();
    view->setPeriod(view->review()->period.underReview(), 6);
    REQUIRE(ready.wait(30000));
    CHECK(qobject_cast<QBarSeries *>(view->charts().at(0)->chart()->series().value(0))->barSets().value(0)->count() == 6);
    // The what-if, on its tab.
    QSignalSpy whatIfReady(view, &ReviewView::whatIfReady);
    view->tabs()->setCurrentIndex(1);
    REQUIRE(whatIfReady.wait(30000));
    CHECK(view->whatIfTable()->rowCount() == 3);
    CHECK(view->whatIfCharts().at(0)->chart()->series().size() == 2);

    // Back on the timeline, the docks are back; it exports as shown.
    w.showView(MainWindow::View::Pipeline);
    CHECK(w.stagingDock()->isVisible());
    CHECK_FALSE(view->isVisible());
    CHECK(w.pipelineView()->isVisible());
    // And the review comes back whole, the docks aside again.
    w.showView(MainWindow::View::Review);
    CHECK(view->isVisible());
    CHECK(view->tabs()->currentWidget()->isVisible());
    CHECK_FALSE(w.stagingDock()->isVisible());
    w.showView(MainWindow::View::Pipeline);
    CHECK(w.stagingDock()->isVisible());
    QString error;
    const QString png = demo.tmp.path() + QLatin1String("/timeline.png");
    const QString svg = demo.tmp.path() + QLatin1String("/timeline.svg");
    REQUIRE(w.pipelineView()->exportImage(png, &error));
    REQUIRE(w.pipelineView()->exportImage(svg, &error));
    const QImage image(png);
    CHECK(image.width() == 2 * w.pipelineView()->viewport()->width());
    const ProcessResult xml = run(QStringLiteral("python3"), {QStringLiteral("-c"),
                                                              QStringLiteral("import sys,xml.dom.minidom as m; d=m.parse(sys.argv[1]); "
                                                                             "print(d.documentElement.tagName, len(d.getElementsByTagName('text')))"),
                                                              svg});
    REQUIRE(xml.exitCode == 0);
    CHECK(xml.out.startsWith("svg "));
    CHECK_FALSE(w.pipelineView()->exportImage(demo.tmp.path() + QLatin1String("/timeline.gif"), &error));
    CHECK(error.contains(QLatin1String("must end in .png or .svg")));

    // The Diff view's Notes tab: every commit git log has between the two versions.
    DiffView *diff = w.diffView();
    w.showView(MainWindow::View::Diff);
    QSignalSpy notesReady(diff, &DiffView::notesReady);
    diff->setVersions(QStringLiteral("0.74.0"), QStringLiteral("0.73.0")); // either order
    diff->tabs()->setCurrentIndex(1);
    REQUIRE(notesReady.wait(30000));
    const QString notes = diff->notesMarkdown();
    CHECK(notes.startsWith(QLatin1String("# Release notes 0.74.0 (since 0.73.0)")));
    for (const QString &id : git(demo.oss, {QStringLiteral("log"), QStringLiteral("--format=%h"), QStringLiteral("--abbrev=7"),
                                            QStringLiteral("0.73.0..0.74.0")})
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        CHECK(notes.contains(id));
    CHECK(diff->notes()->toPlainText().contains(QLatin1String("Features")));
}

TEST_CASE("The stagger chart draws many releases as points at their publish dates, each leading back to its release",
          "[gui][review]")
{
    // Forty releases published a day apart from 2026-09-01, staggered 7 to
    // 9 days; every third one with a due date and a slip; one without SaaS.
    Review review;
    review.period = ReviewPeriod::ending(QDate(2026, 10, 11), 8);
    review.now = QDateTime(QDate(2026, 10, 12), QTime(12, 0), Qt::UTC);
    review.figures.staggerDays = 7;
    for (int i = 0; i < 40; ++i) {
        StaggerRow s;
        s.version = QStringLiteral("1.%1.0").arg(i);
        s.published = QDateTime(QDate(2026, 9, 1).addDays(i), QTime(14, 0), Qt::UTC);
        s.staggerDays = i == 5 ? -1 : 7 + i % 3;
        if (i % 3 == 0) {
            s.due = s.published.addDays(-1);
            s.slipDays = 1;
            s.slip = StaggerRow::Slip::Late;
        }
        review.figures.stagger.append(s);
    }
    std::unique_ptr<QChart> chart(ReviewCharts::stagger(review));
    QList<QScatterSeries *> points;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *p = qobject_cast<QScatterSeries *>(s))
            points.append(p);
    }
    REQUIRE(points.size() == 2);
    CHECK(points.at(0)->count() == 39); // the one without a SaaS date has no stagger
    CHECK(points.at(1)->count() == 14); // 0, 3, … 39
    for (QScatterSeries *series : points) {
        for (int k = 0; k < series->count(); ++k) {
            const int row = ReviewCharts::staggerRow(series, k);
            REQUIRE(row >= 0);
            const StaggerRow &s = review.figures.stagger.at(row);
            CHECK(qint64(series->at(k).x()) == s.published.toMSecsSinceEpoch());
            CHECK(series->at(k).y() == (series == points.at(0) ? s.staggerDays : s.slipDays));
        }
    }
    CHECK(qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0)));
    // Under the limit, bars named by version, oldest publish first.
    review.figures.stagger = review.figures.stagger.mid(0, 12);
    std::reverse(review.figures.stagger.begin(), review.figures.stagger.end());
    chart.reset(ReviewCharts::stagger(review));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    REQUIRE(axis);
    // 1.5.0 has neither a SaaS nor a due date: left out, and the title says so.
    CHECK(axis->categories().size() == 11);
    CHECK_FALSE(axis->categories().contains(QStringLiteral("1.5.0")));
    CHECK(chart->title().endsWith(QStringLiteral("; 1 not drawn (no SaaS or due date)")));
    CHECK(axis->categories().first() == QLatin1String("1.0.0"));
    CHECK(axis->categories().last() == QLatin1String("1.11.0"));
}
