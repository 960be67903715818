#include "pipelinechrome.h"

#include "pipelinecolors.h"
#include "supportband.h"
#include "itemmodels/displaydates.h"
#include "itemmodels/stateicons.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ReleaseDeck {

namespace {

// The widest of the locale's month names in a form, with a year: what a
// month's room on the axis is measured against.
double widestMonth(const QFontMetricsF &fm, QLocale::FormatType form)
{
    double widest = 0;
    for (int m = 1; m <= 12; ++m)
        widest = std::max(widest, fm.horizontalAdvance(DisplayDates::monthYear(QDate(2026, m, 1), form)));
    return widest;
}

double widestMonthName(const QFontMetricsF &fm)
{
    double widest = 0;
    for (int m = 1; m <= 12; ++m)
        widest = std::max(widest, fm.horizontalAdvance(QLocale().standaloneMonthName(m, QLocale::ShortFormat)));
    return widest;
}

} // namespace

void PipelineChrome::drawBackdrop(QPainter *painter, const PipelineLayout &layout, const QRectF &rect, bool hasData,
                                  double labelsFrom)
{
    painter->fillRect(rect, Qt::white);
    for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
        painter->fillRect(QRectF(rect.left(), layout.laneTop(lane), rect.width(), layout.laneHeight),
                          PipelineColors::laneBand(lane));
    }
    if (!hasData || !layout.origin.isValid())
        return;
    // A line each Monday; dates on the axis when there is room for them.
    QDate day = layout.dateAt(rect.left()).date();
    day = day.addDays(1 - day.dayOfWeek());
    const QDate end = layout.dateAt(rect.right()).date().addDays(7);
    const double weekWidth = layout.pixelsPerDay * 7;
    QFont font = painter->font();
    font.setPointSizeF(8.5);
    // Label every n-th week, as often as the widest label leaves room for.
    const double labelWidth =
        QFontMetricsF(font).horizontalAdvance(tr("W%1 · %2").arg(52).arg(DisplayDates::dayMonth(QDate(2026, 9, 30)))) + 12;
    const int every = std::max(1, int(std::ceil(labelWidth / weekWidth)));
    painter->setFont(font);
    QFont bold = font;
    bold.setBold(true);
    int week = 0;
    double monthsTo = -1e9; // the right end of the last month named
    const QFontMetricsF boldFm(bold);
    const double month = layout.pixelsPerDay * 28 - 6;
    // The month's names in the locale's language, standing alone.
    const int monthForm = widestMonth(boldFm, QLocale::LongFormat) <= month    ? 0
                          : widestMonth(boldFm, QLocale::ShortFormat) <= month ? 1
                          : widestMonthName(boldFm) <= month                   ? 2
                                                                               : 3;
    // Week labels only while a week is wide enough to tell the weeks apart.
    const bool weeks = every <= 8;
    for (; day <= end; day = day.addDays(7), ++week) {
        const double x = layout.x(QDateTime(day, QTime(0, 0), Qt::UTC));
        const bool monthStart = day.day() <= 7;
        painter->setPen(QPen(PipelineColors::grid(), monthStart ? 1.5 : 1));
        painter->drawLine(QPointF(x, layout.axisHeight - 8), QPointF(x, layout.height()));
        if (monthStart && x + 3 >= labelsFrom && x + 3 >= monthsTo) {
            // One form for every month at this zoom, as long as a month has
            // room for it; the year always, at least on January's.
            const QString text = monthForm == 0   ? DisplayDates::monthYear(day)
                                 : monthForm == 1 ? DisplayDates::monthYear(day, QLocale::ShortFormat)
                                 : monthForm == 2 ? (day.month() == 1 ? DisplayDates::monthYear(day, QLocale::ShortFormat)
                                                                      : QLocale().standaloneMonthName(day.month(), QLocale::ShortFormat))
                                 : day.month() == 1 ? QString::number(day.year())
                                                    : QString();
            if (!text.isEmpty()) {
                painter->setFont(bold);
                painter->setPen(PipelineColors::text());
                painter->drawText(QPointF(x + 3, 16), text);
                monthsTo = x + 3 + boldFm.horizontalAdvance(text) + 6;
                painter->setFont(font);
            }
        }
        if (weeks && day.weekNumber() % every == 0 && x + 3 >= labelsFrom) {
            painter->setPen(PipelineColors::mutedText());
            painter->drawText(QPointF(x + 3, layout.axisHeight - 12),
                              tr("W%1 · %2").arg(day.weekNumber()).arg(DisplayDates::dayMonth(day)));
        }
    }
    painter->setPen(QPen(PipelineColors::grid(), 1));
    painter->drawLine(QPointF(rect.left(), layout.axisHeight), QPointF(rect.right(), layout.axisHeight));
}

void PipelineChrome::drawToday(QPainter *painter, const PipelineLayout &layout)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double x = layout.x(layout.now);
    painter->setPen(QPen(PipelineColors::today(), 1.5, Qt::DashLine));
    painter->drawLine(QPointF(x, layout.axisHeight - 4), QPointF(x, layout.height()));
    QFont font = painter->font();
    font.setPointSizeF(8.5);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(PipelineColors::today());
    painter->drawText(QPointF(x + 4, layout.axisHeight + 12), tr("Today"));

}

void PipelineChrome::drawLaneNames(QPainter *painter, const PipelineLayout &layout, double left, double labelWidth,
                                   int staggerDays)
{
    // Lane names stay at the left edge while the timeline scrolls under them.
    const QString names[] = {tr("OSS"), tr("SaaS"), tr("Enterprise")};
    const QString notes[] = {tr("tag"), tr("same day"), tr("+%n day(s)", nullptr, staggerDays)};
    const QColor colors[] = {PipelineColors::oss(), PipelineColors::saas(), PipelineColors::enterprise()};
    QFont name = painter->font();
    name.setPointSizeF(10);
    name.setBold(true);
    QFont note = name;
    note.setBold(false);
    note.setPointSizeF(8);
    // Over the axis, the month the view starts in, whole: the axis's own
    // label for it may lie to the left, under this column.
    painter->fillRect(QRectF(left, 0, labelWidth, layout.axisHeight), Qt::white);
    if (layout.origin.isValid()) {
        QFont month = painter->font();
        month.setPointSizeF(8.5);
        month.setBold(true);
        painter->setFont(month);
        painter->setPen(PipelineColors::text());
        const QDate date = layout.dateAt(left + labelWidth + 1).toUTC().date();
        const QFontMetricsF fm(month);
        QString text = DisplayDates::monthYear(date);
        if (fm.horizontalAdvance(text) > labelWidth - 16)
            text = DisplayDates::monthYear(date, QLocale::ShortFormat);
        painter->drawText(QPointF(left + 12, 16), fm.elidedText(text, Qt::ElideRight, labelWidth - 16));
    }
    for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
        const QRectF box(left, layout.laneTop(lane), labelWidth, layout.laneHeight);
        painter->fillRect(box, Qt::white);
        painter->fillRect(QRectF(box.left(), box.top(), 4, box.height()), colors[lane]);
        painter->setPen(PipelineColors::text());
        painter->setFont(name);
        painter->drawText(QPointF(box.left() + 12, layout.markerY(lane)), names[lane]);
        painter->setFont(note);
        painter->setPen(PipelineColors::mutedText());
        painter->drawText(QPointF(box.left() + 12, layout.markerY(lane) + 15), notes[lane]);
    }
    painter->setPen(QPen(PipelineColors::grid(), 1));
    painter->drawLine(QPointF(left + labelWidth, 0), QPointF(left + labelWidth, layout.height()));
}

void PipelineChrome::drawLegend(QPainter *painter, const PipelineLayout &layout, const QPointF &at, double width)
{
    // What the shapes mean, for readers who meet the timeline on a wall.
    painter->fillRect(QRectF(at.x() - 12, at.y() - layout.legendHeight / 2, width, layout.legendHeight),
                      QColor(255, 255, 255, 235));
    QFont font = PipelineLayout::labelFont();
    font.setPointSizeF(8.5);
    // Measured first: longer words (another language, a narrow window) get
    // a smaller font rather than entries cut at the edge.
    const double room = width - 24;
    const double needed = drawLegendEntries(nullptr, font, at);
    if (needed > room) {
        font.setPointSizeF(std::max(6.5, 8.5 * room / needed));
        if (drawLegendEntries(nullptr, font, at) > room)
            font.setPointSizeF(std::max(6.5, font.pointSizeF() - 0.5));
    }
    drawLegendEntries(painter, font, at);
}

double PipelineChrome::drawLegendEntries(QPainter *painter, const QFont &font, const QPointF &at)
{
    const QFontMetricsF fm(font);
    double x = at.x();
    auto entry = [&](const QString &text, auto &&glyph) {
        if (painter) {
            glyph(QPointF(x + 6, at.y()));
            painter->setFont(font);
            painter->setPen(PipelineColors::mutedText());
            painter->drawText(QPointF(x + 16, at.y() + fm.ascent() / 2 - 1), text);
        }
        x += 16 + fm.horizontalAdvance(text) + 14;
    };
    auto dot = [painter](const QColor &c) {
        return [painter, c](const QPointF &p) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(c);
            painter->drawEllipse(p, 5, 5);
        };
    };
    auto diamond = [painter](const QColor &pen, const QColor &brush, double width) {
        return [=](const QPointF &p) {
            const QPointF pts[4] = {{p.x(), p.y() - 6}, {p.x() + 6, p.y()}, {p.x(), p.y() + 6}, {p.x() - 6, p.y()}};
            painter->setPen(QPen(pen, width));
            painter->setBrush(brush);
            painter->drawPolygon(pts, 4);
        };
    };
    entry(tr("OSS tag"), dot(PipelineColors::oss()));
    entry(tr("SaaS"), dot(PipelineColors::saas()));
    entry(tr("Enterprise"), diamond(PipelineColors::enterprise(), PipelineColors::enterprise(), 1));
    entry(tr("pending"), diamond(PipelineColors::pending(), Qt::white, 2.5));
    entry(tr("superseded"), diamond(PipelineColors::superseded(), Qt::white, 1.5));
    // Support, one swatch each, as the bands at the foot of the Enterprise lane.
    for (const auto &[status, text] : {std::pair{LineSupport::Status::Full, tr("full")}, std::pair{LineSupport::Status::Security, tr("security")},
                                       std::pair{LineSupport::Status::Lts, tr("LTS")}}) {
        entry(status == LineSupport::Status::Full ? tr("support: %1").arg(text) : text, [painter, status = status](const QPointF &p) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(SupportBandItem::color(status));
            painter->drawRect(QRectF(p.x() - 7, p.y() - 2.5, 14, 5));
        });
    }
    entry(tr("today"), [painter](const QPointF &p) {
        painter->setPen(QPen(PipelineColors::today(), 1.5, Qt::DashLine));
        painter->drawLine(QPointF(p.x(), p.y() - 7), QPointF(p.x(), p.y() + 7));
    });
    // The verdict badges as one entry: three glyphs, one text.
    const QString registry = tr("ok, problem, missing");
    const double glyphs = 3 * 13;
    if (painter) {
        static const QIcon icons[3] = {StateIcons::icon(MatrixCell::State::Consistent),
                                       StateIcons::icon(MatrixCell::State::Drift),
                                       StateIcons::icon(MatrixCell::State::Missing)};
        for (int i = 0; i < 3; ++i)
            icons[i].paint(painter, QRectF(x + i * 13, at.y() - 5.5, 11, 11).toRect());
        painter->setFont(font);
        painter->setPen(PipelineColors::mutedText());
        painter->drawText(QPointF(x + glyphs + 3, at.y() + fm.ascent() / 2 - 1), registry);
    }
    return x + glyphs + 3 + fm.horizontalAdvance(registry) - at.x();
}

} // namespace ReleaseDeck
