// The timeline at scale: a "+N" for markers whose labels found no room, and
// bars per period where releases crowd too closely to be told apart.
#include "testsupport.h"
#include "timelinedemo.h"

#include "demo/demoworkspace.h"
#include "mainwindow.h"
#include "pipelineclusters.h"
#include "pipelineitem.h"
#include "pipelineview.h"

#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

// The demo as `demo init` writes it.
QString demoFile(const QTemporaryDir &tmp)
{
    QString error;
    const QString file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
    REQUIRE_FALSE(file.isEmpty());
    return file;
}

void open(MainWindow &window, const QString &file, const QSize &size)
{
    window.resize(size);
    window.show();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openWorkspace(file);
    REQUIRE(shown.wait(60000));
}

} // namespace

TEST_CASE("Every marker without room for its label is counted in one +N, and a click on it zooms in",
          "[gui][timeline]")
{
    // A busy week: two patches of 0.74.0 within hours of it, never
    // published, beside the pending release.
    QTemporaryDir tmp;
    const QString file = busyDemo(tmp, {3, 6});
    MainWindow window;
    open(window, file, QSize(1280, 720));
    PipelineView *view = window.pipelineView();
    // Fitted at 1280 pixels, weekly releases stand closer than their labels.
    view->fitToData();
    REQUIRE_FALSE(view->isAggregated());
    const int releases = int(window.overview()->train.releases().size());
    int hidden = 0;
    for (const auto lane : {PipelineLayout::Oss, PipelineLayout::Saas, PipelineLayout::Enterprise}) {
        std::multiset<int> inChips;
        for (const PipelineChip *chip : view->chips()) {
            if (chip->lane() == lane) {
                for (const PipelineItem *member : chip->members())
                    inChips.insert(member->release());
            }
        }
        for (int i = 0; i < releases; ++i) {
            const PipelineItem *item = view->releaseItem(i);
            REQUIRE(item);
            if (item->markerPos(lane).isNull())
                continue;
            INFO("release " << window.overview()->train.releases()[i].text().toStdString() << " lane " << int(lane));
            // Shown, or in exactly one "+N": never just left out.
            CHECK(int(inChips.count(i)) == (item->labelPlaced(lane) ? 0 : 1));
            hidden += !item->labelPlaced(lane);
        }
    }
    REQUIRE(hidden > 0);
    REQUIRE_FALSE(view->chips().isEmpty());

    // A click on a "+N" zooms in on its releases: until they have room for
    // their labels, or as far as the zoom goes.
    const PipelineChip *chip = view->chips().front();
    QList<int> members;
    for (const PipelineItem *m : chip->members())
        members.append(m->release());
    const int lane = chip->lane();
    auto click = [view](const PipelineChip *c) {
        view->ensureVisible(c->boundingRect(), 60, 20);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->mapFromScene(c->boundingRect().center()));
    };
    const double before = view->pixelsPerDay();
    click(chip);
    REQUIRE_EVENTUALLY(view->pixelsPerDay() > before * 1.2, 20000);
    QList<int> stillHidden;
    for (int i : members) {
        if (!view->releaseItem(i)->labelPlaced(lane))
            stillHidden.append(i);
    }
    if (stillHidden.isEmpty())
        return;
    // Hours apart, they have no room even at the closest zoom: a click on
    // their "+N" there selects them one after another.
    REQUIRE(view->pixelsPerDay() == PipelineView::kMaxPixelsPerDay);
    auto chipOf = [&](int release) -> const PipelineChip * {
        for (const PipelineChip *c : view->chips()) {
            if (c->lane() == lane && std::any_of(c->members().begin(), c->members().end(),
                                                 [&](const PipelineItem *m) { return m->release() == release; }))
                return c;
        }
        return nullptr;
    };
    const PipelineChip *again = chipOf(stillHidden.front());
    REQUIRE(again);
    QList<int> inChip;
    for (const PipelineItem *m : again->members())
        inChip.append(m->release());
    click(again);
    REQUIRE_EVENTUALLY(inChip.contains(view->selectedRelease()), 20000);
    const int first = view->selectedRelease();
    if (const PipelineChip *next = chipOf(inChip.back() == first ? inChip.front() : inChip.back())) {
        click(next);
        REQUIRE_EVENTUALLY(view->selectedRelease() != first, 20000);
        CHECK(inChip.contains(view->selectedRelease()));
    }
}

TEST_CASE("Zoomed out, crowded releases are counted per month, as git dates their tags, and turn into markers "
          "as the zoom gives them room",
          "[gui][timeline]")
{
    QTemporaryDir tmp;
    const QString file = demoFile(tmp);
    MainWindow window;
    open(window, file, QSize(1600, 900));
    PipelineView *view = window.pipelineView();

    // A day is a pixel: weekly releases are seven pixels apart, closer than
    // a marker is wide. Each month's tags are one bar.
    view->setPixelsPerDay(1.0);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->minimum());
    REQUIRE(view->isAggregated());
    const PipelineAggregate *aggregate = view->aggregate();
    REQUIRE(aggregate);
    CHECK(aggregate->unit() == PipelineAggregate::Unit::Month);

    const int pendingIndex = window.overview()->train.pendingIndex();
    REQUIRE(pendingIndex >= 0);
    const QString pendingTag = window.overview()->train.releases()[pendingIndex].text();
    // The OSS release tags by month, from git.
    const QString oss = tmp.path() + QLatin1String("/demo/repos/oss.git");
    std::map<QString, int> fromGit;
    const QRegularExpression release(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    for (const QString &line : git(oss, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname:short) %(creatordate:unix)"),
                                         QStringLiteral("refs/tags")})
                                   .split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(u' ');
        REQUIRE(parts.size() == 2);
        // The pending release keeps its own marker: it is in no bar.
        if (!release.match(parts[0]).hasMatch() || parts[0] == pendingTag)
            continue;
        const QDate day = QDateTime::fromSecsSinceEpoch(parts[1].toLongLong(), Qt::UTC).date();
        ++fromGit[day.toString(QStringLiteral("yyyy-MM"))];
    }
    REQUIRE(fromGit.size() >= 3);
    std::map<QString, int> shown;
    for (const PipelineAggregate::Bucket &b : aggregate->buckets(PipelineLayout::Oss)) {
        CHECK(b.from.date().day() == 1);
        CHECK(b.to == b.from.addMonths(1));
        shown[b.from.date().toString(QStringLiteral("yyyy-MM"))] += int(b.releases.size());
    }
    CHECK(shown == fromGit);

    // Only the pending release keeps its marker among the bars; a selected
    // one keeps its marker too, and the keyboard walks from release to release.
    const int pending = window.overview()->train.pendingIndex();
    REQUIRE(pending >= 0);
    int visible = 0;
    for (int i = 0; i < int(window.overview()->train.releases().size()); ++i)
        visible += view->releaseItem(i)->isVisible();
    CHECK(visible == 1);
    CHECK(view->releaseItem(pending)->isVisible());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    const int first = view->selectedRelease();
    REQUIRE(first >= 0);
    CHECK(view->releaseItem(first)->isVisible());
    QTest::keyClick(view, Qt::Key_Right);
    const int second = view->selectedRelease();
    REQUIRE(second >= 0);
    CHECK(second != first);
    CHECK(view->releaseItem(second)->isVisible());
    // Laid out where it is drawn, not where it was before it was hidden.
    for (const auto lane : {PipelineLayout::Oss, PipelineLayout::Saas, PipelineLayout::Enterprise}) {
        const QPointF p = view->releaseItem(second)->markerPos(lane);
        if (!p.isNull())
            CHECK(view->releaseItem(second)->boundingRect().contains(p));
    }
    CHECK_FALSE((first != pending && view->releaseItem(first)->isVisible()));
    QTest::keyClick(view, Qt::Key_Escape);

    // Further out, quarters.
    view->setPixelsPerDay(PipelineView::kMinPixelsPerDay);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->minimum());
    REQUIRE(view->isAggregated());
    CHECK(aggregate->unit() == PipelineAggregate::Unit::Quarter);
    int total = 0;
    for (const PipelineAggregate::Bucket &b : aggregate->buckets(PipelineLayout::Oss))
        total += int(b.releases.size());
    int tags = 0;
    for (const auto &[month, n] : fromGit)
        tags += n;
    CHECK(total == tags);

    // A click on a bar zooms in on its days, until the releases are
    // markers again.
    for (int click = 0; click < 3 && view->isAggregated(); ++click) {
        const QList<PipelineAggregate::Bucket> bars = view->aggregate()->buckets(PipelineLayout::Oss);
        REQUIRE_FALSE(bars.isEmpty());
        // The oldest: the pending release's marker sits on the newest.
        const QRectF bar = view->aggregate()->barRect(bars.front());
        view->ensureVisible(bar, 40, 20);
        const double before = view->pixelsPerDay();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->mapFromScene(bar.center()));
        REQUIRE_EVENTUALLY(view->pixelsPerDay() > before, 20000);
    }
    CHECK_FALSE(view->isAggregated());
    for (int i = 0; i < int(window.overview()->train.releases().size()); ++i)
        CHECK(view->releaseItem(i)->isVisible());
}
