#pragma once

#include "pipelineitem.h"

#include <QCoreApplication>

class QPainter;

class QFont;

namespace ReleaseDeck {

// What the timeline draws around its markers: lane bands, the week axis,
// the today line, the lane names pinned to the left edge and the legend.
class PipelineChrome
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::PipelineChrome)

public:
    // Axis labels that would start under the lane names (left of
    // `labelsFrom`) are left out, not cut.
    static void drawBackdrop(QPainter *painter, const PipelineLayout &layout, const QRectF &rect, bool hasData,
                             double labelsFrom);
    static void drawToday(QPainter *painter, const PipelineLayout &layout);
    static void drawLaneNames(QPainter *painter, const PipelineLayout &layout, double left, double labelWidth,
                              int staggerDays);
    static void drawLegend(QPainter *painter, const PipelineLayout &layout, const QPointF &at, double width);

private:
    // The legend's entries from `at`; `painter` null: measured only. Returns
    // their width.
    static double drawLegendEntries(QPainter *painter, const QFont &font, const QPointF &at);
};

} // namespace ReleaseDeck
