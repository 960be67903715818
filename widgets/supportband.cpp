#include "supportband.h"

#include "itemmodels/displaydates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <map>

namespace ReleaseDeck {

namespace {

constexpr double kBandHeight = 5;
constexpr double kBandGap = 2;
constexpr double kBottomMargin = 6;

QString day(const QDateTime &at)
{
    return DisplayDates::date(at.toUTC().date());
}

QString statusWords(LineSupport::Status s)
{
    switch (s) {
    case LineSupport::Status::Full: return QCoreApplication::translate("ReleaseDeck::SupportBandItem", "full support");
    case LineSupport::Status::Security: return QCoreApplication::translate("ReleaseDeck::SupportBandItem", "security fixes");
    case LineSupport::Status::Lts: return QCoreApplication::translate("ReleaseDeck::SupportBandItem", "long-term security fixes");
    case LineSupport::Status::Unsupported: return QCoreApplication::translate("ReleaseDeck::SupportBandItem", "unsupported");
    }
    return {};
}

} // namespace

SupportBandItem::SupportBandItem(const PipelineLayout *layout, const SupportSegment &segment, int row)
    : m_layout(layout)
    , m_segment(segment)
    , m_row(row)
{
    setZValue(-1);
    setAcceptHoverEvents(true);
    relayout();
}

void SupportBandItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    // Written on hover: a long history has thousands of stretches, and
    // formatting their dates would hold up showing the timeline.
    const SupportSegment &s = m_segment;
    setToolTip(QCoreApplication::translate("ReleaseDeck::SupportBandItem", "%1.%2: %3 from %4 to %5%6")
                   .arg(s.major)
                   .arg(s.minor)
                   .arg(statusWords(s.status), day(s.from), day(s.to),
                        s.projected ? QCoreApplication::translate("ReleaseDeck::SupportBandItem", " (projected from the cadence)")
                                    : QString()));
    QGraphicsItem::hoverEnterEvent(event);
}

QColor SupportBandItem::color(LineSupport::Status status)
{
    switch (status) {
    case LineSupport::Status::Full: return QColor(0x43, 0xa0, 0x47);
    case LineSupport::Status::Security: return QColor(0xf9, 0xa8, 0x25);
    case LineSupport::Status::Lts: return QColor(0x1e, 0x88, 0xe5);
    case LineSupport::Status::Unsupported: return QColor(0xbd, 0xbd, 0xbd);
    }
    return {};
}

void SupportBandItem::relayout()
{
    prepareGeometryChange();
    const double bottom = m_layout->laneTop(PipelineLayout::Enterprise) + m_layout->laneHeight - kBottomMargin;
    const double top = bottom - (m_row + 1) * (kBandHeight + kBandGap) + kBandGap;
    const double left = m_layout->x(m_segment.from);
    const double right = std::max(left + 2, m_layout->x(m_segment.to));
    m_rect = QRectF(left, top, right - left, kBandHeight);
}

QList<int> SupportBandItem::rows(const QList<SupportSegment> &segments)
{
    // Each line's whole span; lines placed by start in the first free row.
    std::map<std::pair<quint64, quint64>, std::pair<QDateTime, QDateTime>> spans;
    for (const SupportSegment &s : segments) {
        auto &span = spans[{s.major, s.minor}];
        if (!span.first.isValid() || s.from < span.first)
            span.first = s.from;
        if (!span.second.isValid() || s.to > span.second)
            span.second = s.to;
    }
    std::vector<std::pair<std::pair<quint64, quint64>, std::pair<QDateTime, QDateTime>>> byStart(spans.begin(), spans.end());
    std::sort(byStart.begin(), byStart.end(), [](const auto &a, const auto &b) { return a.second.first < b.second.first; });
    std::map<std::pair<quint64, quint64>, int> rowOf;
    std::vector<QDateTime> rowEnds;
    for (const auto &[line, span] : byStart) {
        int row = -1;
        for (int i = 0; i < int(rowEnds.size()) && row < 0; ++i) {
            if (rowEnds[i] <= span.first)
                row = i;
        }
        if (row < 0) {
            row = int(rowEnds.size());
            rowEnds.push_back(span.second);
        } else {
            rowEnds[row] = span.second;
        }
        rowOf[line] = row;
    }
    QList<int> out;
    for (const SupportSegment &s : segments)
        out.append(rowOf[{s.major, s.minor}] % kRows);
    return out;
}

QRectF SupportBandItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void SupportBandItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor c = color(m_segment.status);
    painter->setPen(Qt::NoPen);
    // Known so far in full colour; what is projected beyond today paler.
    const double now = m_layout->x(m_layout->now);
    if (m_segment.projected && now < m_rect.right()) {
        const double split = std::max(m_rect.left(), now);
        painter->setBrush(c);
        painter->drawRect(QRectF(m_rect.left(), m_rect.top(), split - m_rect.left(), m_rect.height()));
        QColor pale = c;
        pale.setAlpha(90);
        painter->setBrush(pale);
        painter->drawRect(QRectF(split, m_rect.top(), m_rect.right() - split, m_rect.height()));
    } else {
        painter->setBrush(c);
        painter->drawRect(m_rect);
    }
}

} // namespace ReleaseDeck
