#pragma once

#include "pipelineitem.h"

#include <QCoreApplication>
#include <QGraphicsItem>

#include <functional>

namespace ReleaseDeck {

// "+N" over markers whose labels found no room: points at them on hover,
// zooms in on them on a click.
class PipelineChip : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::PipelineChip)

public:
    using Expand = std::function<void(const QList<PipelineItem *> &members, int lane)>;

    PipelineChip(int lane, const QList<PipelineItem *> &members, const ReleaseTrain *train, Expand expand);

    // The box "+N" takes, centred on x with its top at `top`.
    static QRectF boxFor(int count, double x, double top);
    void setBox(const QRectF &box);
    const QList<PipelineItem *> &members() const { return m_members; }
    int lane() const { return m_lane; }
    // Ends the highlight of the members before the chip goes.
    void release();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    int m_lane;
    QList<PipelineItem *> m_members;
    const ReleaseTrain *m_train;
    Expand m_expand;
    QRectF m_box;
    bool m_hover = false;
};

// The timeline where releases crowd too closely to be told apart: per week,
// month or quarter, a bar per lane with its count, and bands from the OSS
// tags down to where those releases reached Enterprise (the train's lag).
// A click on a bar zooms in on its weeks.
class PipelineAggregate : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::PipelineAggregate)

public:
    enum class Unit { Week, Month, Quarter };
    struct Bucket
    {
        int lane = 0;
        QDateTime from;
        QDateTime to; // exclusive
        QList<int> releases;
        int problems = 0; // releases whose verdict finds something wrong
        int missing = 0;  // of which something is missing
        int fixes = 0;
        int superseded = 0;
        QString label; // its lowest version, where there is room above the bar
        int labelRow = 0;
        QRectF countBox;    // where its count is written in the bar; null when it has no room
        QRectF problemsBox; // under the bar; null when none
    };
    using ZoomTo = std::function<void(const QDateTime &from, const QDateTime &to)>;

    PipelineAggregate(const PipelineLayout *layout, const ReleaseTrain *train, ZoomTo zoomTo);

    // Buckets for the current zoom, from the releases' dates and verdicts;
    // their texts keep clear of `taken`, by lane (the markers, labels and
    // badges of the releases still shown on their own).
    void rebuild(const QList<PipelineItem *> &items, const QList<QRectF> taken[PipelineLayout::LaneCount]);
    // The releases' verdicts or dates changed: the next rebuild counts again.
    void regroup() { m_grouped = false; }
    Unit unit() const { return m_unit; }
    QList<Bucket> buckets(int lane) const;
    // The bar of a bucket, in scene coordinates.
    QRectF barRect(const Bucket &bucket) const;
    static Unit unitFor(double pixelsPerDay);
    // Texts that would start left of x (under the lane names) are left out.
    void setTextsFrom(double x) { m_textsFrom = x; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Band
    {
        QDateTime ossFrom, ossTo, saasFrom, saasTo, entFrom, entTo;
        double medianLagDays = 0;
    };
    // What a bucket's texts need, measured once per grouping.
    struct Texts
    {
        QString lowest; // its lowest version
        double width = 0, height = 0; // of that version, as written
        double count = 0, problems = 0; // widths of the boxes of the counts
    };
    void group(const QList<PipelineItem *> &items);
    const Bucket *bucketAt(const QPointF &pos) const;
    QString toolTipFor(const Bucket &bucket) const;
    qint64 bucketStart(const QDateTime &d) const;
    QDateTime bucketEnd(const QDateTime &start) const;

    const PipelineLayout *m_layout;
    const ReleaseTrain *m_train;
    ZoomTo m_zoomTo;
    Unit m_unit = Unit::Week;
    QList<Bucket> m_buckets; // by lane, then by date
    QList<Texts> m_texts;    // by bucket
    bool m_grouped = false;
    QList<Band> m_bands;
    int m_most[PipelineLayout::LaneCount] = {1, 1, 1};
    QRectF m_bounds;
    double m_textsFrom = -1e12;
};

} // namespace ReleaseDeck
