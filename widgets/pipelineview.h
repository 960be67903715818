#pragma once

#include "domain/verdict.h"
#include "domain/overview.h"
#include "pipelineitem.h"
#include "domain/supportpolicy.h"

#include <QGraphicsView>

#include <optional>
#include <vector>

namespace ReleaseDeck {

// The OSS → SaaS → Enterprise pipeline on a time axis in weeks: one lane per
// train, one marker per release, the pending Enterprise release with its due
// date, and a line for today. Wheel zooms, dragging and the keyboard pan.
class PipelineView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PipelineView(QWidget *parent = nullptr);
    ~PipelineView() override;

    void setOverview(const OverviewPtr &overview, const QDateTime &now);
    // Moves the today line and the countdowns; the releases stay as they are.
    void setNow(const QDateTime &now);
    // The verdict badges of the current overview's releases.
    void setVerdicts(const VerdictsPtr &verdicts);
    OverviewPtr overview() const { return m_overview; }

    int selectedRelease() const;
    void selectRelease(int release);
    // Viewport position of a release's marker in a lane, after scrolling
    // it into view; (-1,-1) when it has none there.
    QPoint markerPoint(int release, PipelineLayout::Lane lane);
    // The release's item on the timeline, or null.
    const PipelineItem *releaseItem(int release) const { return release >= 0 && release < m_items.size() ? m_items[release] : nullptr; }
    // The boxes of the texts shown in a lane, in scene coordinates: the
    // labels, the "+N" over markers without one, the badges' counts, and
    // the pending release's due date in the Enterprise lane.
    QList<QRectF> shownLabels(PipelineLayout::Lane lane) const;
    // The x of the today line, in scene coordinates.
    double todayX() const { return m_layout.x(m_layout.now); }
    // The support stretches drawn at the foot of the Enterprise lane.
    QList<SupportSegment> supportBands() const;

    double pixelsPerDay() const { return m_layout.pixelsPerDay; }
    void setPixelsPerDay(double pixelsPerDay);
    static constexpr double kMinPixelsPerDay = 0.4;
    static constexpr double kMaxPixelsPerDay = 80;

    // Whether releases crowd so closely at this zoom that they are shown
    // per week, month or quarter.
    bool isAggregated() const { return m_aggregated; }
    const class PipelineAggregate *aggregate() const { return m_aggregate; }
    // The "+N" over markers whose labels found no room.
    QList<class PipelineChip *> chips() const { return m_chips; }
    // Zooms in on a "+N": until the releases' labels have room, then, at
    // the closest zoom, selects them in turn.
    void expandCluster(const QList<int> &releases, int lane);
    // Zooms and scrolls so that the days between the two fill the view.
    void showRange(const QDateTime &from, const QDateTime &to);

public slots:
    void zoomIn();
    void zoomOut();
    // The timeline as it is shown, as PNG (twice the screen's pixels) or
    // SVG by the file's ending; written whole or not at all.
    bool exportImage(const QString &path, QString *error);
    void fitToData();
    void showToday();

signals:
    void releaseSelected(int release); // -1 when the selection is cleared

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    static constexpr double kLaneLabelWidth = 104;
    void holdPaint();
    void zoomAround(double factor, double viewportX);
    void relayout(std::optional<double> left = std::nullopt);
    void spreadSameDay(bool spread);
    void placeLabels();
    void selectionMoved();
    void measureDensity();
    // Whether the days in view from scene x `left` on crowd into bars.
    bool wantsAggregate(double left) const;
    void showAggregate(bool on);
    void stepSelection(int delta);
    QDateTime firstDate() const;
    QDateTime lastDate(bool withToday = true) const;

    OverviewPtr m_overview;
    PipelineLayout m_layout;
    void rebuildBands();

    QList<PipelineItem *> m_items; // by release index
    QList<class SupportBandItem *> m_bands;
    QList<int> m_order;            // release indices left to right
    class PipelineAggregate *m_aggregate = nullptr;
    QList<class PipelineChip *> m_chips;
    bool m_aggregated = false;
    std::vector<double> m_laneDays[PipelineLayout::LaneCount]; // marker dates in days from the origin, sorted
    bool m_inRelayout = false;
    bool m_fitPending = false;
    bool m_relayoutPending = false; // resized while hidden
    class QTimer *m_paintHold = nullptr; // the paint after an overview or verdicts, a turn later
};

} // namespace ReleaseDeck
