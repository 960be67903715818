// The timeline where releases crowd: releases tagged on the same day.
#include "testsupport.h"
#include "timelinedemo.h"

#include "demo/demoworkspace.h"
#include "mainwindow.h"
#include "pipelineitem.h"
#include "pipelineview.h"

#include <QDate>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>

using namespace ReleaseDeck;
using namespace TestSupport;


TEST_CASE("Releases tagged on the same day sit side by side on the timeline, and at their dates when there is room",
          "[gui][timeline]")
{
    // A patch tagged twelve hours after 0.74.0.
    QTemporaryDir tmp;
    const QString file = busyDemo(tmp, {12});
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openWorkspace(file);
    REQUIRE(shown.wait(60000));
    const ReleaseTrain &train = window.overview()->train;
    const int a = train.indexOf(*Version::parse(QStringLiteral("0.74.0")));
    const int b = train.indexOf(*Version::parse(QStringLiteral("0.74.1")));
    REQUIRE(a >= 0);
    REQUIRE(b >= 0);
    PipelineView *view = window.pipelineView();
    const double diameter = 2 * PipelineItem::kMarkerRadius;
    for (const auto lane : {PipelineLayout::Oss, PipelineLayout::Saas}) {
        INFO("lane " << int(lane));
        // Fitted, half a day is less than a marker: the two would share one dot.
        REQUIRE(view->pixelsPerDay() / 2 < diameter);
        const QPoint pa = view->markerPoint(a, lane);
        const QPoint pb = view->markerPoint(b, lane);
        CHECK(pa.y() == pb.y());
        CHECK(std::abs(pb.x() - pa.x()) >= diameter);
        CHECK(std::abs(pb.x() - pa.x()) <= 2 * diameter + 6);
        CHECK(pb.x() > pa.x()); // in the order of their dates
    }
    // Zoomed in as far as it goes, half a day is wider than two markers:
    // each at its date.
    view->setPixelsPerDay(1000);
    const double halfDay = view->pixelsPerDay() / 2;
    REQUIRE(halfDay > 2 * diameter);
    for (const auto lane : {PipelineLayout::Oss, PipelineLayout::Saas}) {
        INFO("lane " << int(lane));
        CHECK(std::abs(view->markerPoint(b, lane).x() - view->markerPoint(a, lane).x() - halfDay) <= 1.5);
    }
}

TEST_CASE("No two labels on the timeline overlap, and the pending label keeps clear of the today line", "[gui][timeline]")
{
    // A busy week: two patches of 0.74.0 within hours of it, never
    // published (superseded beside the pending release).
    QTemporaryDir tmp;
    const QString file = busyDemo(tmp, {3, 6});
    for (const QSize size : {QSize(1280, 720), QSize(1600, 900)}) {
        MainWindow window;
        window.resize(size);
        window.show();
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        window.openWorkspace(file);
        REQUIRE(shown.wait(60000));
        PipelineView *view = window.pipelineView();
        for (const double zoom : {0.0, 4.0, 30.0}) {
            if (zoom > 0)
                view->setPixelsPerDay(zoom);
            for (const auto lane : {PipelineLayout::Oss, PipelineLayout::Saas, PipelineLayout::Enterprise}) {
                const QList<QRectF> boxes = view->shownLabels(lane);
                INFO(size.width() << "x" << size.height() << " zoom " << view->pixelsPerDay() << " lane " << int(lane));
                CHECK(boxes.size() >= 2);
                for (qsizetype i = 0; i < boxes.size(); ++i) {
                    for (qsizetype j = i + 1; j < boxes.size(); ++j) {
                        INFO(i << " and " << j);
                        CHECK_FALSE(boxes[i].intersects(boxes[j]));
                    }
                }
            }
            const int pending = window.overview()->train.pendingIndex();
            REQUIRE(pending >= 0);
            // The labels above the Enterprise markers: none across the today line.
            const double markerY = view->mapToScene(view->markerPoint(pending, PipelineLayout::Enterprise)).y();
            for (const QRectF &box : view->shownLabels(PipelineLayout::Enterprise)) {
                if (box.bottom() < markerY)
                    CHECK_FALSE((box.left() < view->todayX() && box.right() > view->todayX()));
            }
        }
    }
}
