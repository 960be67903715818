#pragma once

#include "domain/supportpolicy.h"
#include "pipelineitem.h"

#include <QGraphicsItem>

namespace ReleaseDeck {

// One stretch of a release line's support on the timeline: a thin band at
// the foot of the Enterprise lane from when it began to when it ends, in
// the colour of its status (full, security, LTS), paler where the end is
// projected. The lines that overlap in time take rows of their own.
class SupportBandItem : public QGraphicsItem
{
public:
    SupportBandItem(const PipelineLayout *layout, const SupportSegment &segment, int row);

    const SupportSegment &segment() const { return m_segment; }
    void relayout();

    // Rows for the lines of `segments` so that no two lines that overlap in
    // time share one (at most kRows; more wrap around), by index in `segments`.
    static QList<int> rows(const QList<SupportSegment> &segments);
    static constexpr int kRows = 4;
    static QColor color(LineSupport::Status status);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const PipelineLayout *m_layout;
    SupportSegment m_segment;
    int m_row;
    QRectF m_rect;
};

} // namespace ReleaseDeck
