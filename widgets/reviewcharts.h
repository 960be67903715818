#pragma once

#include "review/review.h"
#include "review/whatif.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
QT_END_NAMESPACE

namespace ReleaseDeck {

// The review's charts, in the timeline's colours, with axes, units and the
// numbers on hover. Built on the GUI thread from a finished review.
class ReviewCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::ReviewCharts)

public:
    static QChart *cadence(const Review &review);     // releases per week on each train
    static QChart *churn(const Review &review);       // patches, chart fixes, re-stages, superseded per week
    // Days SaaS → Enterprise and the slip, per release: bars named by
    // version up to 30 releases, points over the period's dates beyond.
    // Releases with neither a SaaS date nor a due date have nothing to draw.
    static QChart *stagger(const Review &review);
    // The stagger row (index into figures.stagger) of a stagger chart's
    // series' point or bar `index`, or -1.
    static int staggerRow(const QAbstractSeries *series, int index);
    static QChart *leadTime(const Review &review);    // median and 90th percentile per week, per track
    static QChart *failures(const Review &review);    // releases and failed releases per week
    static QChart *customers(const Review &review);   // customers by support status
    static QChart *whatIf(const WhatIfOption &option, int maxLines); // supported lines and backports over time

    // Every chart of the review, as the report shows them.
    static QList<QChart *> all(const Review &review);
    // A chart drawn into an image of `size` logical pixels, with no
    // window: for the report and the exports.
    static QImage render(QChart *chart, const QSize &size, qreal scale = 2.0);
};

} // namespace ReleaseDeck
