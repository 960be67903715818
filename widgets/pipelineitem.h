#pragma once

#include "domain/verdict.h"
#include "domain/releasetrain.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>

namespace ReleaseDeck {

// Where things go on the timeline: days along x, three lanes down y.
struct PipelineLayout
{
    enum Lane { Oss, Saas, Enterprise, LaneCount };

    QDateTime origin;          // the date at x = 0
    double pixelsPerDay = 12;
    double axisHeight = 46;
    double laneHeight = 110;
    QDateTime now;
    double legendHeight = 30;

    static QFont labelFont();

    double x(const QDateTime &d) const { return origin.secsTo(d) / 86400.0 * pixelsPerDay; }
    QDateTime dateAt(double x) const { return origin.addSecs(qint64(x / pixelsPerDay * 86400.0)); }
    double laneTop(int lane) const { return axisHeight + lane * laneHeight; }
    double markerY(int lane) const { return laneTop(lane) + laneHeight * 0.58; }
    double height() const { return axisHeight + int(LaneCount) * laneHeight; }
};

// One release on the timeline: its OSS, SaaS and Enterprise markers and the
// connectors between them, or a chart-only fix on its release.
class PipelineItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::PipelineItem)

public:
    PipelineItem(const PipelineLayout *layout, const ReleaseTrain *train, int release);

    int release() const { return m_release; }
    // Scene position of the marker in a lane; null when the release has none there.
    QPointF markerPos(int lane) const;
    // Where its date puts the marker, before it is moved aside for another
    // release on the same day; 0 when it has none in the lane.
    double dateX(int lane) const;
    // Moves the marker in a lane sideways, clear of another on the same day.
    void setLaneShift(int lane, double dx) { m_shift[lane] = dx; }
    // The radius of a release's marker.
    static constexpr double kMarkerRadius = 7;
    // Its bounds from the layout: the timeline lays an item out before it
    // shows it, and again on every zoom while it is shown.
    void relayout();
    // The version label in a lane: its text, and whether there is room for it.
    QString labelText(int lane) const;
    double labelWidth(int lane) const;
    // Where its Enterprise marker sits: published, due, or waiting at today.
    QDateTime enterpriseDate() const;
    void setLabelShown(int lane, bool shown) { m_labelShown[lane] = shown; }
    bool labelShown(int lane) const { return labelled(lane); }
    // The box of the version label in a lane as it is painted, in scene
    // coordinates, shown or not; null when the lane has none.
    QRectF labelRect(int lane) const;
    // The box of the due date under a pending marker; null for the others.
    QRectF dueRect() const;
    // Moves a lane's label sideways (clear of the today line).
    void setLabelShift(int lane, double dx) { m_labelShift[lane] = dx; }
    // Raises a lane's label above the row of its neighbours' (row 1), or
    // keeps it in the first row (0). Only labels above their markers rise.
    void setLabelRow(int lane, int row) { m_labelRow[lane] = row; }
    bool canRaiseLabel(int lane) const;
    static constexpr double kRowHeight = 17;
    // The release's verdict, shown as a badge under its first marker; a
    // default one (nothing judged) shows none.
    void setVerdict(const ReleaseVerdict &verdict);
    MatrixCell::State verdictState() const { return m_verdict.state; }
    // The lane whose marker carries the badge: OSS, or Enterprise for a fix.
    int badgeLane() const;
    // The badge's box, with or without its count; null when it has none.
    QRectF badgeRect(bool withCount) const;
    // Whether the badge shows its count, where the timeline found room.
    void setBadgeCountShown(bool shown) { m_badgeCount = shown; }
    bool badgeCountShown() const { return m_badgeCount; }
    // Whether the timeline placed the lane's label (selected or hovered
    // releases show theirs anyway).
    bool labelPlaced(int lane) const { return m_labelShown[lane]; }
    // Shows the labels as a hover does, while a "+N" cluster holding the
    // release is pointed at.
    void setHighlighted(bool on);
    // The radius of the lane's marker as painted, for keeping labels off it.
    double markerRadius(int lane) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const TrainRelease &r() const { return m_train->releases()[m_release]; }
    QPointF datePos(int lane) const;
    QStringList dueLines() const;
    QString toolTipText() const;
    void paintBadge(QPainter *painter);
    bool labelled(int lane) const;

    const PipelineLayout *m_layout;
    const ReleaseTrain *m_train;
    int m_release;
    bool m_labelShown[PipelineLayout::LaneCount] = {true, true, true};
    mutable double m_labelWidth[PipelineLayout::LaneCount] = {-1, -1, -1}; // measured on first use
    double m_shift[PipelineLayout::LaneCount] = {0, 0, 0};
    double m_labelShift[PipelineLayout::LaneCount] = {0, 0, 0};
    int m_labelRow[PipelineLayout::LaneCount] = {0, 0, 0};
    bool m_hover = false;
    bool m_highlighted = false;
    bool m_badgeCount = true;
    QString m_badge;         // the count, where the verdict finds something wrong
    double m_badgeWidth = 0; // of the count, measured when the verdict is set
    QRectF m_bounds;
    ReleaseVerdict m_verdict;
};

} // namespace ReleaseDeck
