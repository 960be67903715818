// The timeline where releases crowd: releases tagged on the same day.
#include "testsupport.h"

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
    QTemporaryDir tmp;
    QString error;
    const QString file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
    REQUIRE_FALSE(file.isEmpty());
    const QString oss = tmp.path() + QLatin1String("/demo/repos/oss.git");
    // A patch tagged twelve hours after 0.74.0, on the same commit, as git dates it.
    const qint64 tagged = git(oss, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(creatordate:unix)"),
                                    QStringLiteral("refs/tags/0.74.0")})
                              .trimmed()
                              .toLongLong();
    REQUIRE(tagged > 0);
    git(oss, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("-m"), QStringLiteral("0.74.1"), QStringLiteral("0.74.1"),
              QStringLiteral("0.74.0^{commit}")},
        gitDateEnv(tagged + 12 * 3600));

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
