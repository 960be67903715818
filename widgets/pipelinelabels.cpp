// Where the timeline's markers and labels go when releases crowd: markers
// of the same day side by side, labels only where they fit, a "+N" for the
// rest, and per-period bars where even the markers run together.
#include "pipelineclusters.h"
#include "pipelineitem.h"
#include "pipelineview.h"

#include <QScrollBar>

#include <algorithm>
#include <vector>

namespace ReleaseDeck {

namespace {

// The boxes already taken in one lane, sorted by their left edges, each with
// the release it belongs to (a label may touch its own marker).
class Boxes
{
public:
    bool fits(const QRectF &box, const PipelineItem *owner) const
    {
        auto it = std::lower_bound(m_boxes.begin(), m_boxes.end(), box.left() - m_widest,
                                   [](const Entry &e, double x) { return e.box.left() < x; });
        for (; it != m_boxes.end() && it->box.left() < box.right(); ++it) {
            if (it->owner != owner && it->box.intersects(box))
                return false;
        }
        return true;
    }
    void add(const QRectF &box, const PipelineItem *owner)
    {
        m_widest = std::max(m_widest, box.width());
        m_boxes.insert(std::lower_bound(m_boxes.begin(), m_boxes.end(), box.left(),
                                        [](const Entry &e, double x) { return e.box.left() < x; }),
                       Entry{box, owner});
    }
    // Many boxes at once, sorted afterwards.
    void append(const QRectF &box, const PipelineItem *owner)
    {
        m_widest = std::max(m_widest, box.width());
        m_boxes.push_back(Entry{box, owner});
    }
    void sort()
    {
        std::stable_sort(m_boxes.begin(), m_boxes.end(), [](const Entry &a, const Entry &b) { return a.box.left() < b.box.left(); });
    }

private:
    struct Entry
    {
        QRectF box;
        const PipelineItem *owner;
    };
    std::vector<Entry> m_boxes;
    double m_widest = 0;
};

struct ChipRun
{
    QList<PipelineItem *> members;
    QRectF box;
};

// Neighbouring markers without a label share one "+N" above them; two
// that would touch become one.
QList<ChipRun> chipRuns(int lane, const QList<PipelineItem *> &inLane, const Boxes &boxes, const PipelineLayout &layout,
                        double today)
{
    using Run = ChipRun;
    QList<Run> runs;
    // In the raised labels' row.
    const double top = layout.markerY(lane) - 13 - PipelineItem::kRowHeight - 12;
    auto boxOf = [top](const QList<PipelineItem *> &members, int lane) {
        const double centre = (members.first()->markerPos(lane).x() + members.last()->markerPos(lane).x()) / 2;
        return PipelineChip::boxFor(int(members.size()), centre, top);
    };
    QList<PipelineItem *> current;
    auto close = [&] {
        if (current.isEmpty())
            return;
        Run run{current, boxOf(current, lane)};
        current.clear();
        while (!runs.isEmpty() && runs.last().box.adjusted(-3, 0, 3, 0).intersects(run.box)) {
            run.members = runs.takeLast().members + run.members;
            run.box = boxOf(run.members, lane);
        }
        runs.append(run);
    };
    constexpr double kApart = 60; // markers further apart are separate runs
    for (PipelineItem *item : inLane) {
        if (item->labelPlaced(lane)) {
            close();
            continue;
        }
        if (!current.isEmpty() && item->markerPos(lane).x() - current.last()->markerPos(lane).x() > kApart)
            close();
        current.append(item);
    }
    close();
    QList<QRectF> chips;
    auto free = [&](const QRectF &box) {
        return boxes.fits(box, nullptr) && !(box.left() - 2 < today && box.right() + 2 > today)
               && std::none_of(chips.begin(), chips.end(), [&](const QRectF &c) { return c.intersects(box); });
    };
    for (Run &run : runs) {
        // Beside a raised label rather than on it, and off the today line,
        // where a few pixels do, else a row higher while the lane has room.
        const bool higher = run.box.top() - PipelineItem::kRowHeight > layout.laneTop(lane) + 2;
        bool placed = false;
        for (double dy : {0.0, higher ? -PipelineItem::kRowHeight : 0.0}) {
            for (double dx : {0.0, -6.0, 6.0, -12.0, 12.0, -18.0, 18.0, -24.0, 24.0, -30.0, 30.0}) {
                if (!placed && free(run.box.translated(dx, dy))) {
                    run.box.translate(dx, dy);
                    placed = true;
                }
            }
        }
        chips.append(run.box);
    }
    return runs;
}

} // namespace

void PipelineView::placeLabels()
{
    // Left to right, a label is shown where its box runs into no box
    // already taken in its lane: the markers and badges first, then the
    // pending release's label and due date and the selected release's
    // labels, which are always shown (kept clear of the today line), then
    // the versions above their markers (a row higher where the first row is
    // taken), the superseded ones below theirs and the chart fixes last.
    // Badges show their counts where they fit; markers left without a label
    // get a "+N" above them.
    using E = TrainRelease::Enterprise;
    for (PipelineChip *chip : std::as_const(m_chips)) {
        chip->release();
        delete chip;
    }
    m_chips.clear();
    if (!m_overview)
        return;
    const double today = m_layout.x(m_layout.now);
    for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
        Boxes boxes;
        QList<PipelineItem *> inLane; // left to right
        for (int i : std::as_const(m_order)) {
            PipelineItem *item = m_items[i];
            if (!item->isVisible())
                continue;
            const QPointF p = item->markerPos(lane);
            if (!p.isNull()) {
                const double r = item->markerRadius(lane) + 1;
                boxes.append(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r), item);
                inLane.append(item);
            }
            if (item->badgeLane() == lane) {
                const QRectF badge = item->badgeRect(false);
                if (!badge.isNull())
                    boxes.append(badge, item);
            }
        }
        boxes.sort();
        std::stable_sort(inLane.begin(), inLane.end(), [lane](const PipelineItem *a, const PipelineItem *b) {
            return a->markerPos(lane).x() < b->markerPos(lane).x();
        });
        for (int pass = 0; pass < 4; ++pass) {
            for (PipelineItem *item : std::as_const(inLane)) {
                const TrainRelease &r = m_overview->train.releases()[item->release()];
                const bool enterprise = lane == PipelineLayout::Enterprise;
                int wanted = 1;
                if ((enterprise && r.enterprise == E::Pending) || item->isSelected())
                    wanted = 0;
                else if (enterprise && r.enterprise == E::Superseded)
                    wanted = 2;
                else if (r.isFix())
                    wanted = 3;
                if (wanted != pass)
                    continue;
                item->setLabelShift(lane, 0);
                item->setLabelRow(lane, 0);
                QRectF box = item->labelRect(lane);
                if (box.isNull()) {
                    item->setLabelShown(lane, true); // nothing to place: nothing hidden
                    continue;
                }
                if (pass == 0) {
                    if (box.left() - 3 < today && box.right() + 3 > today) {
                        item->setLabelShift(lane, today + 4 - box.left());
                        box = item->labelRect(lane);
                    }
                    item->setLabelShown(lane, true);
                    boxes.add(box.adjusted(-3, 0, 3, 0), item);
                    if (enterprise && r.enterprise == E::Pending)
                        boxes.add(item->dueRect(), item);
                    continue;
                }
                bool shown = boxes.fits(box.adjusted(-3, 0, 3, 0), item);
                // A row or two higher, above its neighbours' labels, while
                // the lane has room.
                for (int row = 1; !shown && row <= 2 && item->canRaiseLabel(lane); ++row) {
                    item->setLabelRow(lane, row);
                    box = item->labelRect(lane);
                    if (box.top() < m_layout.laneTop(lane) + 2)
                        break;
                    shown = boxes.fits(box.adjusted(-3, 0, 3, 0), item);
                }
                if (!shown) {
                    item->setLabelRow(lane, 0);
                    box = item->labelRect(lane);
                }
                item->setLabelShown(lane, shown);
                if (shown)
                    boxes.add(box.adjusted(-3, 0, 3, 0), item);
            }
        }
        // The badges' counts: the selected release's, then missing
        // artifacts before other problems, each where it fits.
        QList<PipelineItem *> badged;
        for (PipelineItem *item : std::as_const(inLane)) {
            if (item->badgeLane() == lane)
                badged.append(item);
        }
        auto rank = [](const PipelineItem *item) {
            return item->isSelected() ? 0 : item->verdictState() == MatrixCell::State::Missing ? 1 : 2;
        };
        std::stable_sort(badged.begin(), badged.end(),
                         [&](const PipelineItem *a, const PipelineItem *b) { return rank(a) < rank(b); });
        for (PipelineItem *item : std::as_const(badged)) {
            const QRectF counted = item->badgeRect(true);
            const bool shown = item->isSelected() || (!counted.isNull() && boxes.fits(counted.adjusted(-1, 0, 1, 0), item));
            item->setBadgeCountShown(shown);
            if (shown && !counted.isNull())
                boxes.add(counted, item);
        }
        for (const ChipRun &run : chipRuns(lane, inLane, boxes, m_layout, today)) {
            auto *chip = new PipelineChip(lane, run.members, &m_overview->train,
                                          [this](const QList<PipelineItem *> &members, int lane) {
                                              // After the click has been handled: expanding deletes the chip.
                                              QList<int> releases;
                                              for (const PipelineItem *m : members)
                                                  releases.append(m->release());
                                              QMetaObject::invokeMethod(
                                                  this, [this, releases, lane] { expandCluster(releases, lane); },
                                                  Qt::QueuedConnection);
                                          });
            chip->setBox(run.box);
            scene()->addItem(chip);
            m_chips.append(chip);
        }
    }
    if (m_aggregated && m_aggregate) {
        // The periods' bars keep their texts off the releases shown alone.
        QList<QRectF> taken[PipelineLayout::LaneCount];
        for (const PipelineItem *item : std::as_const(m_items)) {
            if (!item->isVisible())
                continue;
            for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
                const QPointF p = item->markerPos(lane);
                if (p.isNull())
                    continue;
                const double r = item->markerRadius(lane) + 2;
                taken[lane].append(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
                if (item->labelShown(lane))
                    taken[lane].append(item->labelRect(lane));
                if (item->badgeLane() == lane && !item->badgeRect(item->badgeCountShown()).isNull())
                    taken[lane].append(item->badgeRect(item->badgeCountShown()));
            }
            if (!item->dueRect().isNull())
                taken[PipelineLayout::Enterprise].append(item->dueRect());
        }
        m_aggregate->rebuild(m_items, taken);
    }
}

void PipelineView::expandCluster(const QList<int> &releases, int lane)
{
    // Zoom in until the releases' labels have room beside each other; at
    // the closest zoom, select them one after another instead.
    if (releases.isEmpty() || !m_overview)
        return;
    QList<double> days;
    double widest = 0;
    for (int i : releases) {
        if (i < 0 || i >= m_items.size())
            return;
        days.append(m_items[i]->dateX(lane) / m_layout.pixelsPerDay);
        widest = std::max(widest, m_items[i]->labelWidth(lane));
    }
    std::sort(days.begin(), days.end());
    double closest = 0;
    for (qsizetype k = 1; k < days.size(); ++k) {
        const double gap = days[k] - days[k - 1];
        if (gap > 1.0 / 24 && (closest == 0 || gap < closest))
            closest = gap;
    }
    const double wanted = closest > 0 ? (widest + 12) / closest : kMaxPixelsPerDay;
    const double target = std::min(kMaxPixelsPerDay, std::max(wanted, m_layout.pixelsPerDay * 1.5));
    if (target > m_layout.pixelsPerDay * 1.01) {
        const double centre = (days.first() + days.last()) / 2 * m_layout.pixelsPerDay;
        zoomAround(target / m_layout.pixelsPerDay, mapFromScene(QPointF(centre, 0)).x());
        return;
    }
    const int at = int(releases.indexOf(selectedRelease()));
    selectRelease(releases[(at + 1) % releases.size()]);
}

void PipelineView::spreadSameDay(bool spread)
{
    // Releases on the same day (markers closer than one marker's width at
    // this zoom) sit side by side, centred on their dates, instead of on
    // one dot. A run of more than a few is left stacked: that is density,
    // not a day.
    constexpr int kMostSideBySide = 4;
    const double gap = 2 * PipelineItem::kMarkerRadius + 3;
    for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
        QList<std::pair<double, PipelineItem *>> at;
        for (PipelineItem *item : std::as_const(m_items)) {
            item->setLaneShift(lane, 0);
            if (spread && !item->markerPos(lane).isNull())
                at.append({item->dateX(lane), item});
        }
        std::stable_sort(at.begin(), at.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (qsizetype begin = 0; begin < at.size();) {
            qsizetype end = begin + 1;
            while (end < at.size() && at[end].first - at[end - 1].first < gap)
                ++end;
            const qsizetype n = end - begin;
            if (n > 1 && n <= kMostSideBySide) {
                double centre = 0;
                for (qsizetype k = begin; k < end; ++k)
                    centre += at[k].first;
                centre /= double(n);
                for (qsizetype k = begin; k < end; ++k)
                    at[k].second->setLaneShift(lane, centre + (double(k - begin) - double(n - 1) / 2) * gap - at[k].first);
            }
            begin = end;
        }
    }
}

void PipelineView::measureDensity()
{
    // Each lane's marker dates, in days from the origin, sorted: the
    // density of what is in view is read from them on every zoom and scroll.
    for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
        std::vector<double> &days = m_laneDays[lane];
        days.clear();
        for (const PipelineItem *item : std::as_const(m_items)) {
            if (!item->markerPos(lane).isNull())
                days.push_back(item->dateX(lane) / m_layout.pixelsPerDay);
        }
        std::sort(days.begin(), days.end());
    }
}

bool PipelineView::wantsAggregate(double left) const
{
    // Per-period bars when, in a lane, more than half of the neighbouring
    // markers in view would sit closer than a marker's width: the markers
    // would run together. Zooming in, or scrolling to quieter weeks, turns
    // the bars back into single releases.
    constexpr int kFewest = 5;
    const double crowded = (2 * PipelineItem::kMarkerRadius + 3) / m_layout.pixelsPerDay; // in days
    const double from = (left + kLaneLabelWidth) / m_layout.pixelsPerDay;
    const double to = (left + viewport()->width()) / m_layout.pixelsPerDay;
    for (const std::vector<double> &days : m_laneDays) {
        auto first = std::lower_bound(days.begin(), days.end(), from);
        const auto last = std::upper_bound(first, days.end(), to);
        const qsizetype n = last - first;
        if (n < kFewest)
            continue;
        qsizetype close = 0;
        for (auto it = first + 1; it != last; ++it)
            close += *it - *(it - 1) < crowded;
        if (2 * close > n - 1)
            return true;
    }
    return false;
}

void PipelineView::showAggregate(bool on)
{
    // In the per-period view only the pending release and the selected one
    // keep their markers.
    const int pending = m_overview ? m_overview->train.pendingIndex() : -1;
    m_aggregated = on;
    for (PipelineItem *item : std::as_const(m_items)) {
        const bool visible = !on || item->isSelected() || item->release() == pending;
        if (visible == item->isVisible())
            continue;
        item->setVisible(visible);
        if (visible)
            item->relayout(); // its bounds were left as they were while hidden
    }
    if (m_aggregate)
        m_aggregate->setVisible(on);
}

void PipelineView::showRange(const QDateTime &from, const QDateTime &to)
{
    const double days = std::max<double>(1, from.secsTo(to) / 86400.0);
    const double width = std::max(200.0, viewport()->width() - kLaneLabelWidth - 16);
    const double target = std::clamp(width * 0.8 / days, kMinPixelsPerDay, kMaxPixelsPerDay);
    m_layout.pixelsPerDay = target;
    relayout();
    const QDateTime middle = from.addSecs(from.secsTo(to) / 2);
    centerOn(m_layout.x(middle) - kLaneLabelWidth / 2, m_layout.height() / 2);
}

} // namespace ReleaseDeck
