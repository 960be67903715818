// Where the timeline's markers and labels go when releases crowd: markers
// of the same day side by side, labels only where they fit.
#include "pipelineitem.h"
#include "pipelineview.h"

#include <algorithm>
#include <vector>

namespace ReleaseDeck {

void PipelineView::placeLabels()
{
    // Left to right, a label is shown where its box runs into no box
    // already placed in its lane: first the pending release's label and
    // due date and the selected release's labels, which are always shown
    // (kept clear of the today line), then the versions above their markers, the superseded ones
    // below theirs and the fixes beside theirs.
    using E = TrainRelease::Enterprise;
    const double today = m_layout.x(m_layout.now);
    for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
        std::vector<QRectF> placed; // sorted by left edge
        double widest = 0;
        auto fits = [&](const QRectF &box) {
            auto it = std::lower_bound(placed.begin(), placed.end(), box.left() - widest,
                                       [](const QRectF &r, double x) { return r.left() < x; });
            for (; it != placed.end() && it->left() < box.right(); ++it) {
                if (it->intersects(box))
                    return false;
            }
            return true;
        };
        auto place = [&](const QRectF &box) {
            const QRectF padded = box.adjusted(-3, 0, 3, 0);
            widest = std::max(widest, padded.width());
            placed.insert(std::lower_bound(placed.begin(), placed.end(), padded.left(),
                                           [](const QRectF &r, double x) { return r.left() < x; }),
                          padded);
        };
        for (int pass = 0; pass < 4; ++pass) {
            for (int i : std::as_const(m_order)) {
                PipelineItem *item = m_items[i];
                const TrainRelease &r = m_overview->train.releases()[i];
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
                QRectF box = item->labelRect(lane);
                if (box.isNull())
                    continue;
                if (pass == 0) {
                    if (box.left() - 3 < today && box.right() + 3 > today) {
                        item->setLabelShift(lane, today + 4 - box.left());
                        box = item->labelRect(lane);
                    }
                    item->setLabelShown(lane, true);
                    place(box);
                    if (enterprise && r.enterprise == E::Pending)
                        place(item->dueRect());
                    continue;
                }
                const bool shown = fits(box.adjusted(-3, 0, 3, 0));
                item->setLabelShown(lane, shown);
                if (shown)
                    place(box);
            }
        }
    }
}

void PipelineView::spreadSameDay()
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
            if (!item->markerPos(lane).isNull())
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

} // namespace ReleaseDeck
