#include "pipelineclusters.h"

#include "pipelinecolors.h"
#include "itemmodels/displaydates.h"
#include "itemmodels/stateicons.h"

#include <QFontMetricsF>
#include <QGraphicsSceneEvent>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <map>

namespace ReleaseDeck {

namespace {

QColor laneColor(int lane)
{
    return lane == PipelineLayout::Oss    ? PipelineColors::oss()
           : lane == PipelineLayout::Saas ? PipelineColors::saas()
                                          : PipelineColors::enterprise();
}

QFont chipFont()
{
    QFont f = PipelineLayout::labelFont();
    f.setPointSizeF(8);
    f.setBold(true);
    return f;
}

constexpr double kBarHeight = 18;

QFont smallFont()
{
    QFont f = PipelineLayout::labelFont();
    f.setPointSizeF(8);
    return f;
}

} // namespace

PipelineChip::PipelineChip(int lane, const QList<PipelineItem *> &members, const ReleaseTrain *train, Expand expand)
    : m_lane(lane)
    , m_members(members)
    , m_train(train)
    , m_expand(std::move(expand))
{
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    setZValue(4);
}

QRectF PipelineChip::boxFor(int count, double x, double top)
{
    static const QFontMetricsF fm(chipFont());
    const double w = fm.horizontalAdvance(QStringLiteral("+%1").arg(count)) + 10;
    return {x - w / 2, top, w, fm.height() + 2};
}

void PipelineChip::setBox(const QRectF &box)
{
    prepareGeometryChange();
    m_box = box;
}

void PipelineChip::release()
{
    if (!m_hover)
        return;
    m_hover = false;
    for (PipelineItem *item : std::as_const(m_members))
        item->setHighlighted(false);
}

QRectF PipelineChip::boundingRect() const
{
    return m_box.adjusted(-1, -1, 1, 1);
}

void PipelineChip::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = m_hover ? laneColor(m_lane) : QColor(Qt::white);
    painter->setPen(QPen(laneColor(m_lane), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_box, m_box.height() / 2, m_box.height() / 2);
    painter->setFont(chipFont());
    painter->setPen(m_hover ? QColor(Qt::white) : laneColor(m_lane).darker(120));
    painter->drawText(m_box, Qt::AlignCenter, QStringLiteral("+%1").arg(m_members.size()));
}

void PipelineChip::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    QStringList versions;
    for (PipelineItem *item : std::as_const(m_members))
        versions.append(m_train->releases()[item->release()].text());
    const int shown = std::min<int>(12, int(versions.size()));
    QString list = versions.mid(0, shown).join(QLatin1String(", "));
    if (versions.size() > shown)
        list += tr(" and %1 more").arg(versions.size() - shown);
    setToolTip(tr("<b>%n release(s) without room for their labels</b><br>%1<br>Click to zoom in on them.", nullptr,
                  int(m_members.size()))
                   .arg(list));
    m_hover = true;
    for (PipelineItem *item : std::as_const(m_members))
        item->setHighlighted(true);
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void PipelineChip::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    release();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void PipelineChip::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
}

void PipelineChip::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (boundingRect().contains(event->pos()) && m_expand)
        m_expand(m_members, m_lane); // may delete this chip: nothing after it
}

PipelineAggregate::PipelineAggregate(const PipelineLayout *layout, const ReleaseTrain *train, ZoomTo zoomTo)
    : m_layout(layout)
    , m_train(train)
    , m_zoomTo(std::move(zoomTo))
{
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setZValue(0.5);
}

PipelineAggregate::Unit PipelineAggregate::unitFor(double pixelsPerDay)
{
    // The narrowest period whose bar has room for a count.
    if (pixelsPerDay * 7 >= 28)
        return Unit::Week;
    if (pixelsPerDay * 30 >= 28)
        return Unit::Month;
    return Unit::Quarter;
}

qint64 PipelineAggregate::bucketStart(const QDateTime &d) const
{
    // In seconds since the epoch, from the UTC day: thousands of dates are
    // sorted into periods on every change of zoom.
    constexpr qint64 kDay = 86400, kEpochJulianDay = 2440588;
    const qint64 secs = d.toSecsSinceEpoch();
    const qint64 jd = kEpochJulianDay + (secs >= 0 ? secs / kDay : -((-secs + kDay - 1) / kDay));
    qint64 start = jd - jd % 7; // the Monday (QDate counts Julian day 0 as a Monday)
    if (m_unit != Unit::Week) {
        const QDate day = QDate::fromJulianDay(jd);
        const int month = m_unit == Unit::Month ? day.month() : (day.month() - 1) / 3 * 3 + 1;
        start = QDate(day.year(), month, 1).toJulianDay();
    }
    return (start - kEpochJulianDay) * kDay;
}

QDateTime PipelineAggregate::bucketEnd(const QDateTime &start) const
{
    switch (m_unit) {
    case Unit::Week:
        return start.addDays(7);
    case Unit::Month:
        return start.addMonths(1);
    case Unit::Quarter:
        break;
    }
    return start.addMonths(3);
}

void PipelineAggregate::rebuild(const QList<PipelineItem *> &items, const QList<QRectF> taken[PipelineLayout::LaneCount])
{
    prepareGeometryChange();
    const Unit unit = unitFor(m_layout->pixelsPerDay);
    if (!m_grouped || unit != m_unit) {
        m_unit = unit;
        group(items);
    }
    QRectF bounds;
    double rowEnd[2] = {0, 0};
    double problemsEnd[2] = {0, 0};
    int lastLane = -1;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        Bucket &bucket = m_buckets[i];
        const Texts &texts = m_texts[i];
        bucket.label.clear();
        bucket.labelRow = 0;
        bucket.countBox = bucket.problemsBox = QRectF();
        // Its lowest version above it, a row higher where the first row is
        // taken, or none.
        if (bucket.lane != lastLane) {
            lastLane = bucket.lane;
            rowEnd[0] = rowEnd[1] = problemsEnd[0] = problemsEnd[1] = -1e9;
        }
        const QRectF bar = barRect(bucket);
        auto clear = [&](const QRectF &box) {
            const QList<QRectF> &mine = taken[bucket.lane];
            return std::none_of(mine.begin(), mine.end(), [&](const QRectF &t) { return t.intersects(box); });
        };
        for (int row = 0; row < 2 && bucket.label.isEmpty(); ++row) {
            const double bottom = bar.top() - 1 - row * PipelineItem::kRowHeight;
            const double half = texts.width / 2 + 3;
            const QRectF box(bar.center().x() - half, bottom - texts.height, 2 * half, texts.height);
            if (box.left() >= rowEnd[row] && clear(box)) {
                bucket.label = texts.lowest;
                bucket.labelRow = row;
                rowEnd[row] = box.right();
            }
        }
        // Its count inside it, moved aside from a marker shown on its own,
        // or left to the tooltip where there is no room.
        const double cw = texts.count;
        if (bar.width() >= cw) {
            const QRectF centred(bar.center().x() - cw / 2, bar.top(), cw, bar.height());
            for (const QRectF &box : {centred, centred.translated(bar.left() + 4 - centred.left(), 0),
                                      centred.translated(bar.right() - 4 - centred.right(), 0)}) {
                if (bucket.countBox.isNull() && clear(box))
                    bucket.countBox = box;
            }
        }
        // The problems under it, always with their number: centred, else
        // at either end, else a row lower, clear of its neighbours' and of
        // a release shown on its own.
        if (bucket.problems > 0) {
            const double w = texts.problems;
            const QRectF centred(bar.center().x() - w / 2, bar.bottom() + 2, w, 13);
            const QRectF lower = centred.translated(0, 15);
            for (const QRectF &box : {centred, centred.translated(bar.right() - centred.right(), 0),
                                      centred.translated(bar.left() - centred.left(), 0), lower}) {
                const int row = box.top() > centred.top() ? 1 : 0;
                if (bucket.problemsBox.isNull() && box.left() >= problemsEnd[row] + 2 && clear(box)) {
                    bucket.problemsBox = box;
                    problemsEnd[row] = box.right();
                }
            }
            if (bucket.problemsBox.isNull()) {
                bucket.problemsBox = lower; // nowhere free: still shown
                problemsEnd[1] = lower.right();
            }
        }
        bounds = bounds.isNull() ? bar : bounds.united(bar);
    }
    for (const Band &band : std::as_const(m_bands))
        bounds = bounds.united(QRectF(QPointF(m_layout->x(band.entFrom) - 4, m_layout->axisHeight),
                                      QPointF(m_layout->x(band.entTo) + 4, m_layout->height())));
    // Room for the version range above a bar and the problems under it.
    m_bounds = bounds.adjusted(-40, -30, 40, 30);
    update();
}

void PipelineAggregate::group(const QList<PipelineItem *> &items)
{
    // Which releases fall in which period, and what the bars say of them:
    // the same for every scroll and selection at one zoom, so kept until
    // the zoom's period or the verdicts change.
    using E = TrainRelease::Enterprise;
    m_grouped = true;
    m_buckets.clear();
    m_texts.clear();
    m_bands.clear();
    std::map<std::pair<int, qint64>, Bucket> byStart;
    struct Reach
    {
        QList<QDateTime> saas, ent;
        QList<double> lags;
    };
    std::map<qint64, Reach> reach; // by OSS bucket
    const int pending = m_train->pendingIndex();
    for (const PipelineItem *item : items) {
        if (item->release() == pending)
            continue; // shown on its own, always: not counted twice
        const TrainRelease &r = m_train->releases()[item->release()];
        const MatrixCell::State state = item->verdictState();
        const bool wrong = state == MatrixCell::State::Drift || state == MatrixCell::State::Missing;
        for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
            QDateTime d;
            if (lane == PipelineLayout::Oss)
                d = r.isFix() ? QDateTime() : r.ossDate;
            else if (lane == PipelineLayout::Saas)
                d = r.isFix() ? QDateTime() : r.saasDate;
            else if (r.enterprise == E::Published || r.enterprise == E::Superseded)
                d = item->enterpriseDate(); // the pending one is shown on its own
            if (!d.isValid())
                continue;
            const qint64 start = bucketStart(d);
            Bucket &b = byStart[{lane, start}];
            if (b.releases.isEmpty()) {
                b.lane = lane;
                b.from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
            }
            b.releases.append(item->release());
            if (lane == item->badgeLane() && wrong) {
                ++b.problems;
                b.missing += state == MatrixCell::State::Missing;
            }
            b.fixes += lane == PipelineLayout::Enterprise && r.isFix();
            b.superseded += lane == PipelineLayout::Enterprise && r.enterprise == E::Superseded;
        }
        if (!r.isFix() && r.ossDate.isValid() && r.enterprise == E::Published && r.enterpriseDate.isValid()) {
            Reach &to = reach[bucketStart(r.ossDate)];
            if (r.saasDate.isValid())
                to.saas.append(r.saasDate);
            to.ent.append(r.enterpriseDate);
            to.lags.append(r.ossDate.secsTo(r.enterpriseDate) / 86400.0);
        }
    }
    std::fill(std::begin(m_most), std::end(m_most), 1);
    static const QFontMetricsF smallFm(smallFont());
    static const QFontMetricsF countFm(chipFont());
    // A bar's count, or its problems': a few dozen numbers, each measured once.
    static QHash<QString, double> countWidths;
    auto countWidth = [](int n) {
        const QString text = QLocale().toString(n);
        auto it = countWidths.constFind(text);
        return it != countWidths.constEnd() ? *it : (countWidths[text] = countFm.horizontalAdvance(text));
    };
    for (auto &[key, bucket] : byStart) {
        bucket.to = bucketEnd(bucket.from);
        const int lowest = *std::min_element(bucket.releases.begin(), bucket.releases.end(), [this](int x, int y) {
            return Version::compare(m_train->releases()[x].version, m_train->releases()[y].version) < 0;
        });
        Texts texts;
        texts.lowest = m_train->releases()[lowest].text();
        texts.width = smallFm.horizontalAdvance(texts.lowest);
        texts.height = smallFm.height();
        texts.count = countWidth(int(bucket.releases.size())) + 6;
        if (bucket.problems > 0)
            texts.problems = 15 + countWidth(bucket.problems) + 4;
        m_most[bucket.lane] = std::max(m_most[bucket.lane], int(bucket.releases.size()));
        m_buckets.append(std::move(bucket));
        m_texts.append(texts);
    }
    for (auto &[start, to] : reach) {
        Band band;
        band.ossFrom = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        band.ossTo = bucketEnd(band.ossFrom);
        if (!to.saas.isEmpty()) {
            band.saasFrom = *std::min_element(to.saas.begin(), to.saas.end());
            band.saasTo = *std::max_element(to.saas.begin(), to.saas.end());
        }
        band.entFrom = *std::min_element(to.ent.begin(), to.ent.end());
        band.entTo = *std::max_element(to.ent.begin(), to.ent.end());
        std::nth_element(to.lags.begin(), to.lags.begin() + to.lags.size() / 2, to.lags.end());
        band.medianLagDays = to.lags[to.lags.size() / 2];
        m_bands.append(band);
    }
}

QList<PipelineAggregate::Bucket> PipelineAggregate::buckets(int lane) const
{
    QList<Bucket> out;
    for (const Bucket &b : m_buckets) {
        if (b.lane == lane)
            out.append(b);
    }
    return out;
}

QRectF PipelineAggregate::barRect(const Bucket &bucket) const
{
    const double left = m_layout->x(bucket.from);
    const double right = m_layout->x(bucket.to);
    const double gap = std::min(3.0, (right - left) / 4);
    return {left + gap / 2, m_layout->markerY(bucket.lane) - kBarHeight / 2, std::max(2.0, right - left - gap), kBarHeight};
}

QRectF PipelineAggregate::boundingRect() const
{
    return m_bounds;
}

void PipelineAggregate::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect;
    painter->setRenderHint(QPainter::Antialiasing);
    const double ossBottom = m_layout->markerY(PipelineLayout::Oss) + kBarHeight / 2 + 14;
    const double saasTop = m_layout->markerY(PipelineLayout::Saas) - kBarHeight / 2;
    const double saasBottom = m_layout->markerY(PipelineLayout::Saas) + kBarHeight / 2;
    const double entTop = m_layout->markerY(PipelineLayout::Enterprise) - kBarHeight / 2;
    QColor bandColor = PipelineColors::connector();
    bandColor.setAlpha(55);
    const QFont small = smallFont();
    const QFontMetricsF smallFm(small);
    // The lag first, under the bars: each OSS period's releases, down to
    // the days they reached SaaS and Enterprise.
    auto band = [&](double x0, double x1, double y0, double x2, double x3, double y1) {
        if (std::max({x0, x1, x2, x3}) < exposed.left() || std::min({x0, x1, x2, x3}) > exposed.right())
            return;
        const QPointF pts[4] = {{x0, y0}, {x1, y0}, {std::max(x3, x2 + 3), y1}, {x2, y1}};
        painter->setPen(Qt::NoPen);
        painter->setBrush(bandColor);
        painter->drawPolygon(pts, 4);
    };
    for (const Band &b : std::as_const(m_bands)) {
        const double o0 = m_layout->x(b.ossFrom) + 1.5, o1 = m_layout->x(b.ossTo) - 1.5;
        const double e0 = m_layout->x(b.entFrom), e1 = m_layout->x(b.entTo);
        if (b.saasFrom.isValid()) {
            const double s0 = m_layout->x(b.saasFrom), s1 = m_layout->x(b.saasTo);
            band(o0, o1, ossBottom, s0, s1, saasTop);
            band(s0, std::max(s1, s0 + 3), saasBottom, e0, e1, entTop);
        } else {
            band(o0, o1, ossBottom, e0, e1, entTop);
        }
    }
    // The median lag on each band, where it leaves room to say it.
    painter->setFont(small);
    painter->setPen(PipelineColors::mutedText());
    for (const Band &b : std::as_const(m_bands)) {
        const double o0 = m_layout->x(b.ossFrom), o1 = m_layout->x(b.ossTo);
        const double e0 = m_layout->x(b.entFrom), e1 = m_layout->x(b.entTo);
        const double mid = (o0 + o1 + e0 + e1) / 4;
        if (mid <= exposed.left() - 40 || mid >= exposed.right() + 40)
            continue;
        const QString lag = tr("+%1 d").arg(QLocale().toString(b.medianLagDays, 'f', b.medianLagDays < 2 ? 1 : 0));
        const double w = smallFm.horizontalAdvance(lag);
        if (o1 - o0 >= w + 6 && mid - w / 2 >= m_textsFrom)
            painter->drawText(QPointF(mid - w / 2, (saasBottom + entTop) / 2), lag);
    }

    QFont count = chipFont();
    const QFontMetricsF countFm(count);
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        const Bucket &b = m_buckets[i];
        const QRectF bar = barRect(b);
        if (bar.right() < exposed.left() - 60 || bar.left() > exposed.right() + 60)
            continue;
        QColor fill = laneColor(b.lane);
        fill.setAlphaF(0.35 + 0.65 * double(b.releases.size()) / m_most[b.lane]);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(bar, std::min(bar.height(), bar.width()) / 2, std::min(bar.height(), bar.width()) / 2);
        if (!b.countBox.isNull() && b.countBox.left() >= m_textsFrom) {
            painter->setFont(count);
            painter->setPen(Qt::white);
            painter->drawText(b.countBox, Qt::AlignCenter, QLocale().toString(b.releases.size()));
        }
        const double labelWidth = m_texts[i].width; // b.label is its lowest version, or empty
        if (!b.label.isEmpty() && bar.center().x() - labelWidth / 2 >= m_textsFrom) {
            painter->setFont(small);
            painter->setPen(PipelineColors::mutedText());
            painter->drawText(QPointF(bar.center().x() - labelWidth / 2,
                                      bar.top() - 4 - b.labelRow * PipelineItem::kRowHeight),
                              b.label);
        }
        if (!b.problemsBox.isNull() && b.problemsBox.left() >= m_textsFrom) {
            const MatrixCell::State state = b.missing > 0 ? MatrixCell::State::Missing : MatrixCell::State::Drift;
            const QRectF &box = b.problemsBox;
            painter->setPen(Qt::NoPen);
            painter->setBrush(StateIcons::background(state));
            painter->drawRoundedRect(box, 3, 3);
            static const QIcon icons[3] = {QIcon(), StateIcons::icon(MatrixCell::State::Drift),
                                           StateIcons::icon(MatrixCell::State::Missing)};
            icons[int(state)].paint(painter, QRectF(box.left() + 2, box.top() + 1, 11, 11).toRect());
            if (box.width() > 15) {
                painter->setFont(count);
                painter->setPen(StateIcons::foreground(state));
                painter->drawText(QPointF(box.left() + 16, box.top() + 1 + countFm.ascent() - 1), QLocale().toString(b.problems));
            }
        }
    }
}

const PipelineAggregate::Bucket *PipelineAggregate::bucketAt(const QPointF &pos) const
{
    for (const Bucket &b : m_buckets) {
        if (barRect(b).adjusted(0, -14, 0, 16).contains(pos))
            return &b;
    }
    return nullptr;
}

QString PipelineAggregate::toolTipFor(const Bucket &b) const
{
    QString period;
    switch (m_unit) {
    case Unit::Week:
        period = tr("Week %1 · %2").arg(b.from.date().weekNumber()).arg(DisplayDates::date(b.from.date()));
        break;
    case Unit::Month:
        period = DisplayDates::monthYear(b.from.date());
        break;
    case Unit::Quarter:
        period = tr("Q%1 %2").arg((b.from.date().month() - 1) / 3 + 1).arg(b.from.date().year());
        break;
    }
    const int n = int(b.releases.size());
    QStringList lines{QStringLiteral("<b>%1</b>").arg(period)};
    switch (b.lane) {
    case PipelineLayout::Oss:
        lines.append(tr("OSS: %n release(s) tagged", nullptr, n));
        break;
    case PipelineLayout::Saas:
        lines.append(tr("SaaS: %n release(s) shipped", nullptr, n));
        break;
    default:
        lines.append(tr("Enterprise: %n release(s) published", nullptr, n - b.superseded));
        if (b.fixes > 0)
            lines.append(tr("of which %n chart fix(es)", nullptr, b.fixes));
        if (b.superseded > 0)
            lines.append(tr("%n superseded, never published", nullptr, b.superseded));
        break;
    }
    QStringList versions;
    for (int i : b.releases)
        versions.append(m_train->releases()[i].text());
    const int shown = std::min<int>(10, int(versions.size()));
    QString list = versions.mid(0, shown).join(QLatin1String(", "));
    if (versions.size() > shown)
        list += tr(" and %1 more").arg(versions.size() - shown);
    lines.append(list);
    if (b.problems > 0)
        lines.append(tr("⚠ %n with problems", nullptr, b.problems)
                     + (b.missing > 0 ? tr(", %n with missing artifacts", nullptr, b.missing) : QString()));
    lines.append(tr("Click to zoom in on these days."));
    return lines.join(QLatin1String("<br>"));
}

void PipelineAggregate::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const Bucket *b = bucketAt(event->pos());
    setToolTip(b ? toolTipFor(*b) : QString());
    setCursor(b ? Qt::PointingHandCursor : Qt::OpenHandCursor);
}

void PipelineAggregate::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Only a bar takes the click: elsewhere the view drags as it does.
    if (bucketAt(event->pos()))
        event->accept();
    else
        event->ignore();
}

void PipelineAggregate::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (const Bucket *b = bucketAt(event->pos()); b && m_zoomTo) {
        const QDateTime from = b->from, to = b->to;
        m_zoomTo(from, to); // lays the buckets out anew: b is gone after this
    }
}

} // namespace ReleaseDeck
