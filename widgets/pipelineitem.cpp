#include "pipelineitem.h"

#include "pipelinecolors.h"
#include "domain/countdown.h"
#include "itemmodels/displaydates.h"
#include "itemmodels/registrymodel.h"
#include "itemmodels/stateicons.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <array>
#include <tuple>

namespace ReleaseDeck {

namespace {

constexpr double kRadius = PipelineItem::kMarkerRadius;
constexpr double kPendingRadius = 11;
constexpr double kBadgeSize = 11;

QFont badgeFont()
{
    QFont f = PipelineLayout::labelFont();
    f.setPointSizeF(7.5);
    f.setBold(true);
    return f;
}

QString day(const QDateTime &d)
{
    return DisplayDates::longDate(d.toUTC().date());
}

// Label widths for laying labels out, from a table of character advances:
// close enough to keep labels apart, and far cheaper than shaping each text.
double textWidth(const QString &text)
{
    static const std::array<double, 128> advance = [] {
        std::array<double, 128> a{};
        const QFontMetricsF fm(PipelineLayout::labelFont());
        for (int c = 32; c < 127; ++c)
            a[c] = fm.horizontalAdvance(QChar(c));
        return a;
    }();
    static const double wide = advance['M'];
    double w = 0;
    for (QChar c : text)
        w += c.unicode() < 128 ? advance[c.unicode()] : wide;
    return w;
}

void diamond(QPainter *p, const QPointF &c, double r)
{
    const QPointF pts[4] = {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
    p->drawPolygon(pts, 4);
}

} // namespace

QFont PipelineLayout::labelFont()
{
    QFont f;
    f.setPointSizeF(9);
    return f;
}

PipelineItem::PipelineItem(const PipelineLayout *layout, const ReleaseTrain *train, int release)
    : m_layout(layout)
    , m_train(train)
    , m_release(release)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(r().enterprise == TrainRelease::Enterprise::Pending ? 3 : r().isFix() ? 2 : 1);
}

double PipelineItem::labelWidth(int lane) const
{
    // Measured on first use: most of thousands of releases may never be
    // shown on their own.
    if (m_labelWidth[lane] < 0)
        m_labelWidth[lane] = textWidth(labelText(lane));
    return m_labelWidth[lane];
}

QDateTime PipelineItem::enterpriseDate() const
{
    switch (r().enterprise) {
    case TrainRelease::Enterprise::Published:
        return r().enterpriseDate;
    case TrainRelease::Enterprise::Pending:
        // Until SaaS ships there is no due date: the marker waits at today.
        if (r().dueDate.isValid())
            return r().dueDate;
        return r().stagedDate.isValid() && r().stagedDate > m_layout->now ? r().stagedDate : m_layout->now;
    case TrainRelease::Enterprise::Superseded:
        return r().dueDate;
    case TrainRelease::Enterprise::None:
        break;
    }
    return {};
}

QPointF PipelineItem::markerPos(int lane) const
{
    const QPointF at = datePos(lane);
    return at.isNull() ? at : at + QPointF(m_shift[lane], 0);
}

double PipelineItem::dateX(int lane) const
{
    return datePos(lane).x();
}

QPointF PipelineItem::datePos(int lane) const
{
    QDateTime d;
    if (lane == PipelineLayout::Oss)
        d = r().isFix() ? QDateTime() : r().ossDate;
    else if (lane == PipelineLayout::Saas)
        d = r().isFix() ? QDateTime() : r().saasDate;
    else
        d = enterpriseDate();
    if (!d.isValid())
        return {};
    return {m_layout->x(d), m_layout->markerY(lane)};
}

QRectF PipelineItem::labelRect(int lane) const
{
    using E = TrainRelease::Enterprise;
    const QPointF p = markerPos(lane);
    if (p.isNull() || labelWidth(lane) <= 0)
        return {};
    // Measured once: thousands of labels are placed on every zoom.
    static const QFontMetricsF fm(PipelineLayout::labelFont());
    const double w = labelWidth(lane);
    const bool enterprise = lane == PipelineLayout::Enterprise;
    QPointF at = p;
    double dy = -13 - m_labelRow[lane] * kRowHeight; // above the marker
    if (enterprise && r().enterprise == E::Pending)
        dy = -20;
    else if (enterprise && r().enterprise == E::Superseded)
        dy = 22; // below, struck out
    at.rx() += m_labelShift[lane];
    return {at.x() - w / 2 - 3, at.y() + dy - fm.ascent() - 1, w + 6, fm.height() + 2};
}

QStringList PipelineItem::dueLines() const
{
    // The verdict's countdown, worded as in every other view, on two lines:
    // the date, then the time left.
    const QString when = m_verdict.due.isEmpty() ? Countdown::due(r().dueDate, m_layout->now) : m_verdict.due;
    // The last comma: a translated date may hold one ("Di., 8. Dez.").
    const qsizetype comma = when.lastIndexOf(QLatin1String(", "));
    return comma < 0 ? QStringList{when} : QStringList{when.left(comma), when.mid(comma + 2)};
}

QRectF PipelineItem::dueRect() const
{
    const QPointF ent = markerPos(PipelineLayout::Enterprise);
    if (ent.isNull() || r().enterprise != TrainRelease::Enterprise::Pending)
        return {};
    QFont small = PipelineLayout::labelFont();
    small.setPointSizeF(8);
    const QFontMetricsF fm(small);
    const QStringList lines = dueLines();
    double w = 0;
    for (const QString &line : lines)
        w = std::max(w, fm.horizontalAdvance(line));
    const double top = ent.y() + kPendingRadius + 16 - fm.ascent();
    return {ent.x() - w / 2 - 2, top, w + 4, (lines.size() - 1) * fm.lineSpacing() + fm.height()};
}

bool PipelineItem::canRaiseLabel(int lane) const
{
    using E = TrainRelease::Enterprise;
    return lane != PipelineLayout::Enterprise || (r().enterprise != E::Pending && r().enterprise != E::Superseded);
}

bool PipelineItem::labelled(int lane) const
{
    return isSelected() || m_hover || m_highlighted || m_labelShown[lane];
}

void PipelineItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

double PipelineItem::markerRadius(int lane) const
{
    if (lane != PipelineLayout::Enterprise)
        return kRadius;
    if (r().enterprise == TrainRelease::Enterprise::Pending)
        return kPendingRadius + 4;
    return r().isFix() ? kRadius - 2 : kRadius + 1;
}

int PipelineItem::badgeLane() const
{
    return markerPos(PipelineLayout::Oss).isNull() ? PipelineLayout::Enterprise : PipelineLayout::Oss;
}

QRectF PipelineItem::badgeRect(bool withCount) const
{
    const QPointF marker = markerPos(badgeLane());
    const MatrixCell::State state = m_verdict.state;
    if (marker.isNull() || state == MatrixCell::State::None)
        return {};
    const double size = kBadgeSize;
    const QPointF centre = marker + QPointF(0, kRadius + 4 + size / 2);
    if (state == MatrixCell::State::Consistent)
        return {centre.x() - size / 2 - 1.5, centre.y() - size / 2 - 1.5, size + 3, size + 3};
    const double w = size + (withCount && m_badgeWidth > 0 ? m_badgeWidth + 4 : 0);
    return {centre.x() - w / 2 - 2, centre.y() - size / 2 - 1, w + 4, size + 2};
}

QString PipelineItem::labelText(int lane) const
{
    if (r().isFix())
        return lane == PipelineLayout::Enterprise ? QStringLiteral("fix%1").arg(r().version.fixNumber()) : QString();
    // Charts with numbers of their own are shown by those numbers.
    const QString enterprise = r().chartNumbers.isEmpty() ? r().text() : r().chartNumbers;
    if (lane == PipelineLayout::Enterprise && r().enterprise == TrainRelease::Enterprise::Pending)
        return tr("%1 pending").arg(enterprise);
    // A patch of an older line says so: it does not move the current release.
    if (lane == PipelineLayout::Enterprise && !r().branch.isEmpty())
        return tr("%1 (backport)").arg(enterprise);
    return lane == PipelineLayout::Enterprise ? enterprise : r().text();
}

void PipelineItem::relayout()
{
    prepareGeometryChange();
    QRectF b;
    for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
        const QPointF p = markerPos(lane);
        if (p.isNull())
            continue;
        // Room for the marker, the label above it and the due date below.
        const QRectF around(p.x() - 75, p.y() - 40, 150, 84);
        b = b.isNull() ? around : b.united(around);
    }
    if (r().isFix() && r().fixOf >= 0) {
        const TrainRelease &base = m_train->releases()[r().fixOf];
        if (base.enterpriseDate.isValid())
            b = b.united(QRectF(m_layout->x(base.enterpriseDate) - 10, m_layout->markerY(PipelineLayout::Enterprise) - 40,
                                20, 70));
    }
    m_bounds = b;
}

void PipelineItem::setVerdict(const ReleaseVerdict &verdict)
{
    // Painted again only when the badge looks different: a verdict that
    // changes nothing visible must not repaint thousands of releases.
    const QString count = verdict.state == MatrixCell::State::Consistent ? QString() : verdict.badge();
    const bool repaint = verdict.state != m_verdict.state || count != m_badge || verdict.due != m_verdict.due;
    m_verdict = verdict;
    m_badge = count;
    // Thousands of badges hold a handful of different counts: each is
    // measured once.
    static const QFontMetricsF fm(badgeFont());
    static QHash<QString, double> widths;
    if (count.isEmpty())
        m_badgeWidth = 0;
    else if (auto it = widths.constFind(count); it != widths.constEnd())
        m_badgeWidth = *it;
    else
        m_badgeWidth = widths[count] = fm.horizontalAdvance(count);
    if (repaint)
        update();
}

QRectF PipelineItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath PipelineItem::shape() const
{
    // Only the markers take clicks, not the space between them.
    QPainterPath path;
    for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
        const QPointF p = markerPos(lane);
        if (!p.isNull())
            path.addEllipse(p, kPendingRadius + 3, kPendingRadius + 3);
    }
    return path;
}

void PipelineItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    using E = TrainRelease::Enterprise;
    const TrainRelease &rel = r();
    const bool selected = isSelected();
    const bool lit = selected || m_hover || m_highlighted;
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF oss = markerPos(PipelineLayout::Oss);
    const QPointF saas = markerPos(PipelineLayout::Saas);
    const QPointF ent = markerPos(PipelineLayout::Enterprise);

    // Connectors first, under the markers.
    QPen link(PipelineColors::connector(), selected ? 2.5 : 1.5);
    painter->setPen(link);
    if (!oss.isNull() && !saas.isNull())
        painter->drawLine(oss, saas);
    if (!saas.isNull() && !ent.isNull()) {
        QPen p = link;
        if (rel.enterprise != E::Published)
            p.setStyle(Qt::DashLine);
        painter->setPen(p);
        painter->drawLine(saas, ent);
    }
    if (rel.isFix() && rel.fixOf >= 0 && !ent.isNull()) {
        const TrainRelease &base = m_train->releases()[rel.fixOf];
        if (base.enterpriseDate.isValid()) {
            const QPointF from(m_layout->x(base.enterpriseDate), ent.y());
            QPainterPath arc(from);
            arc.cubicTo(from + QPointF(0, 16), ent + QPointF(0, 16), ent);
            painter->setPen(QPen(PipelineColors::enterprise(), 1.2, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(arc);
        }
    }

    QFont font = PipelineLayout::labelFont();
    font.setBold(selected);
    QFont small = font;
    small.setBold(false);
    small.setPointSizeF(8);

    // Each label in the box labelRect() gives, which the timeline's
    // placement keeps clear of the others.
    auto label = [&](int lane, const QColor &color, bool strike) {
        QFont f = font;
        f.setStrikeOut(strike);
        painter->setFont(f);
        const QFontMetricsF fm(f);
        const QString text = labelText(lane);
        const QRectF box = labelRect(lane);
        if (lit || rel.isFix()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(PipelineColors::labelBackground());
            painter->drawRoundedRect(box, 3, 3);
        }
        painter->setPen(color);
        painter->drawText(QPointF(box.center().x() - fm.horizontalAdvance(text) / 2, box.top() + 1 + fm.ascent()), text);
    };

    auto halo = [&](const QPointF &p, double radius) {
        if (!lit)
            return;
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? PipelineColors::selection() : PipelineColors::hover());
        painter->drawEllipse(p, radius + 5, radius + 5);
    };

    if (!oss.isNull()) {
        halo(oss, kRadius);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(PipelineColors::oss());
        painter->drawEllipse(oss, kRadius, kRadius);
        if (labelled(PipelineLayout::Oss))
            label(PipelineLayout::Oss, PipelineColors::text(), false);
    }
    if (!saas.isNull()) {
        halo(saas, kRadius);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(PipelineColors::saas());
        painter->drawEllipse(saas, kRadius, kRadius);
        if (labelled(PipelineLayout::Saas))
            label(PipelineLayout::Saas, PipelineColors::text(), false);
    }
    paintBadge(painter);
    if (!ent.isNull()) {
        switch (rel.enterprise) {
        case E::Published:
            halo(ent, kRadius);
            painter->setPen(QPen(Qt::white, 1.5));
            painter->setBrush(PipelineColors::enterprise());
            diamond(painter, ent, rel.isFix() ? kRadius - 2 : kRadius + 1);
            if (!labelled(PipelineLayout::Enterprise))
                break;
            label(PipelineLayout::Enterprise, rel.isFix() ? PipelineColors::enterprise() : PipelineColors::text(), false);
            break;
        case E::Pending: {
            halo(ent, kPendingRadius);
            painter->setPen(Qt::NoPen);
            painter->setBrush(PipelineColors::pendingGlow());
            painter->drawEllipse(ent, kPendingRadius + 7, kPendingRadius + 7);
            painter->setPen(QPen(PipelineColors::pending(), 3));
            painter->setBrush(Qt::white);
            diamond(painter, ent, kPendingRadius);
            label(PipelineLayout::Enterprise, PipelineColors::pending().darker(130), false);
            const QStringList lines = dueLines();
            painter->setFont(small);
            const QFontMetricsF fm(small);
            painter->setPen(PipelineColors::pending().darker(140));
            for (int i = 0; i < lines.size(); ++i)
                painter->drawText(QPointF(ent.x() - fm.horizontalAdvance(lines[i]) / 2, ent.y() + kPendingRadius + 16 + i * fm.lineSpacing()),
                                  lines[i]);
            break;
        }
        case E::Superseded:
            halo(ent, kRadius);
            painter->setPen(QPen(PipelineColors::superseded(), 1.5));
            painter->setBrush(Qt::white);
            diamond(painter, ent, kRadius);
            if (labelled(PipelineLayout::Enterprise))
                label(PipelineLayout::Enterprise, PipelineColors::superseded().darker(130), true);
            break;
        case E::None:
            break;
        }
    }
}

void PipelineItem::paintBadge(QPainter *painter)
{
    // Under the marker: a tick when the release's verdict finds nothing
    // wrong, a warning or a cross, with the registry's count or the number
    // of problems where the timeline found room for it.
    const MatrixCell::State state = m_verdict.state;
    const bool withCount = isSelected() || m_hover || m_highlighted || m_badgeCount;
    const QRectF box = badgeRect(withCount);
    if (box.isNull())
        return;
    static const QIcon icons[3] = {StateIcons::icon(MatrixCell::State::Consistent),
                                   StateIcons::icon(MatrixCell::State::Drift),
                                   StateIcons::icon(MatrixCell::State::Missing)};
    const double size = kBadgeSize;
    const double cy = box.center().y();
    if (state == MatrixCell::State::Consistent) {
        // A white ring parts the tick from the connector it sits on.
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawEllipse(box.center(), size / 2 + 1.5, size / 2 + 1.5);
        icons[0].paint(painter, QRectF(box.center().x() - size / 2, cy - size / 2, size, size).toRect());
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(StateIcons::background(state));
    painter->drawRoundedRect(box, 3, 3);
    icons[int(state)].paint(painter, QRectF(box.left() + 2, cy - size / 2, size, size).toRect());
    if (withCount && m_badgeWidth > 0) {
        const QFont f = badgeFont();
        const QFontMetricsF fm(f);
        painter->setFont(f);
        painter->setPen(StateIcons::foreground(state));
        painter->drawText(QPointF(box.left() + 2 + size + 3, cy + fm.ascent() / 2 - 1), m_badge);
    }
}

QString PipelineItem::toolTipText() const
{
    using E = TrainRelease::Enterprise;
    const TrainRelease &rel = r();
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(rel.isFix() ? tr("Chart fix %1").arg(rel.text()) : rel.text()));
    if (rel.ossDate.isValid())
        lines.append(tr("OSS: tagged %1").arg(day(rel.ossDate)));
    if (rel.saasDate.isValid())
        lines.append(tr("SaaS: shipped %1").arg(day(rel.saasDate)));
    else if (!rel.branch.isEmpty())
        lines.append(tr("A patch of an older line, on the charts branch %1; SaaS runs the newest release, not this").arg(rel.branch.toHtmlEscaped()));
    switch (rel.enterprise) {
    case E::Published:
        lines.append(tr("Enterprise: published %1").arg(day(rel.enterpriseDate)));
        break;
    case E::Pending:
        lines.append(tr("Enterprise: %1, %2").arg(m_verdict.stage.isEmpty() ? tr("pending") : m_verdict.stage,
                                                  m_verdict.due.isEmpty() ? Countdown::due(rel.dueDate, m_layout->now)
                                                                          : m_verdict.due));
        break;
    case E::Superseded:
        lines.append(tr("Enterprise: superseded, never published"));
        break;
    case E::None:
        lines.append(tr("Enterprise: not staged"));
        break;
    }
    const Completeness &c = m_verdict.registry;
    if (m_verdict.registryChecked && c.required > 0) {
        if (c.problems > 0)
            lines.append(tr("Registry: %1 of %n artifact(s) present; %2 missing or disagreeing with git", nullptr, c.required)
                             .arg(c.present)
                             .arg(c.problems));
        else if (c.unknown > 0)
            lines.append(tr("Registry: %1 of %n artifact(s) present; %2 not checked", nullptr, c.required).arg(c.present).arg(c.unknown));
        else
            lines.append(tr("Registry: all %n artifact(s) present", nullptr, c.required));
    }
    const int shown = std::min<int>(6, int(m_verdict.problems.size()));
    for (int i = 0; i < shown; ++i)
        lines.append(QStringLiteral("⚠ ") + m_verdict.problems.at(i).toHtmlEscaped());
    if (m_verdict.problems.size() > shown)
        lines.append(tr("… and %1 more: see the details pane").arg(m_verdict.problems.size() - shown));
    return lines.join(QLatin1String("<br>"));
}

void PipelineItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    // Written on hover: thousands of releases need not format dates they
    // may never show, and the registry's part changes after each check.
    setToolTip(toolTipText());
    m_hover = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void PipelineItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace ReleaseDeck
