#include "pipelineview.h"

#include "pipelinechrome.h"
#include "pipelineclusters.h"
#include "pipelinecolors.h"
#include "domain/publishes.h"
#include "supportband.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ReleaseDeck {

namespace {

constexpr int kDefaultWeeks = 26;

} // namespace

PipelineView::PipelineView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    // Every zoom moves every item; a BSP index would be rebuilt each time for
    // a few thousand items that are cheap to test one by one.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The timeline is nearly always wider than the view. A scroll bar that
    // comes and goes would change the height and lay the lanes out again.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Pipeline timeline"));
    setAccessibleDescription(tr("Releases on the OSS, SaaS and Enterprise lanes over time. Left and Right select the "
                                "previous or next release; plus and minus zoom; 0 fits; T shows today."));
    setToolTip(QString());
    m_paintHold = new QTimer(this);
    m_paintHold->setSingleShot(true);
    m_paintHold->setInterval(0);
    connect(m_paintHold, &QTimer::timeout, this, [this] {
        // What the scene has still to take in of the changes goes first:
        // after the paint, it would ask for another one.
        QCoreApplication::sendPostedEvents(scene(), QEvent::MetaCall);
        viewport()->setUpdatesEnabled(true);
    });
    connect(scene(), &QGraphicsScene::selectionChanged, this, [this] {
        selectionMoved();
        emit releaseSelected(selectedRelease());
    });
}

PipelineView::~PipelineView()
{
    // The scene is a child of the view: left to ~QObject it would go after
    // this class is gone, and clearing its selection there would emit
    // releaseSelected() from a half-destroyed view into a half-destroyed
    // window. Its items also point at m_layout.
    QGraphicsScene *s = scene();
    s->disconnect(this);
    delete s;
}

void PipelineView::setOverview(const OverviewPtr &overview, const QDateTime &now)
{
    const int previous = selectedRelease();
    const QString previousVersion =
        m_overview && previous >= 0 ? m_overview->train.releases()[previous].text() : QString();
    QSignalBlocker block(scene());
    holdPaint();
    scene()->clear();
    m_items.clear();
    m_bands.clear();
    m_order.clear();
    m_chips.clear();
    m_aggregate = nullptr;
    m_aggregated = false;
    for (auto &days : m_laneDays)
        days.clear();
    m_overview = overview;
    m_layout.now = now;
    if (!m_overview)
        return;
    const ReleaseTrain &train = m_overview->train;
    m_layout.origin = firstDate().addDays(-14);
    // Made hidden: the zoom decides which are shown (among the periods'
    // bars, next to none), and the scene then takes only those.
    std::vector<std::pair<double, int>> byX; // left to right, as the keyboard walks them
    for (int i = 0; i < train.releases().size(); ++i) {
        auto *item = new PipelineItem(&m_layout, &train, i);
        item->setVisible(false);
        scene()->addItem(item);
        m_items.append(item);
        // Releases drawn in no lane (a fix tag with no chart) are no stops.
        for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
            if (const QPointF p = item->markerPos(lane); !p.isNull()) {
                byX.emplace_back(p.x(), i);
                break;
            }
        }
    }
    std::stable_sort(byX.begin(), byX.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[x, i] : byX)
        m_order.append(i);
    measureDensity();
    m_aggregate = new PipelineAggregate(&m_layout, &train, [this](const QDateTime &from, const QDateTime &to) {
        // After the click has been handled: the zoom rebuilds the bars.
        QMetaObject::invokeMethod(this, [this, from, to] { showRange(from, to); }, Qt::QueuedConnection);
    });
    m_aggregate->setVisible(false);
    scene()->addItem(m_aggregate);
    rebuildBands();
    // Laid out once: by the fit, which knows which weeks will be in view.
    if (isVisible() && viewport()->width() > 0) {
        fitToData();
    } else {
        relayout();
        m_fitPending = true;
    }
    if (!previousVersion.isEmpty()) {
        if (auto v = Version::parse(previousVersion)) {
            const int again = train.indexOf(*v);
            if (again >= 0) {
                if (!m_items[again]->isVisible()) {
                    m_items[again]->setVisible(true); // hidden items cannot be selected
                    m_items[again]->relayout();
                }
                m_items[again]->setSelected(true);
            }
        }
    }
    block.unblock();
    selectionMoved();
    emit releaseSelected(selectedRelease());
}

void PipelineView::holdPaint()
{
    // Taking an overview or verdicts and painting them both take a while on
    // a large workspace: the paint waits for a later turn of the event loop,
    // after the scene has taken the changes, so that input and timers run in
    // between. A timer object, not a zero single shot: that would be a
    // posted call, delivered in the same batch as the scene's own handling
    // of the changes, which paints at once.
    viewport()->setUpdatesEnabled(false);
    m_paintHold->start();
}

void PipelineView::setVerdicts(const VerdictsPtr &verdicts)
{
    if (!verdicts || verdicts->size() != m_items.size())
        return; // for another overview
    holdPaint();
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i]->setVerdict(verdicts->at(i));
    // Badges take room, and the periods' bars count the problems.
    if (m_aggregate)
        m_aggregate->regroup();
    placeLabels();
}

void PipelineView::rebuildBands()
{
    for (SupportBandItem *band : std::as_const(m_bands))
        delete band;
    m_bands.clear();
    if (!m_overview)
        return;
    // Each line's support as the chart tags and the policy say today.
    const QList<SupportSegment> segments =
        SupportLines::history(m_overview->snapshot.workspace.support, enterprisePublishes(m_overview->train), m_layout.now);
    const QList<int> rows = SupportBandItem::rows(segments);
    for (int i = 0; i < segments.size(); ++i) {
        auto *band = new SupportBandItem(&m_layout, segments[i], rows[i]);
        scene()->addItem(band);
        m_bands.append(band);
    }
}

QList<SupportSegment> PipelineView::supportBands() const
{
    QList<SupportSegment> out;
    for (const SupportBandItem *band : m_bands)
        out.append(band->segment());
    return out;
}

void PipelineView::setNow(const QDateTime &now)
{
    m_layout.now = now;
    if (!m_overview)
        return;
    rebuildBands();
    relayout();
    scene()->update();
}

QDateTime PipelineView::firstDate() const
{
    QDateTime first;
    for (const TrainRelease &r : m_overview->train.releases()) {
        for (const QDateTime &d : {r.ossDate, r.saasDate, r.enterpriseDate}) {
            if (d.isValid() && (!first.isValid() || d < first))
                first = d;
        }
    }
    return first.isValid() ? first : m_layout.now;
}

QDateTime PipelineView::lastDate(bool withToday) const
{
    QDateTime last = withToday ? m_layout.now : QDateTime();
    for (const TrainRelease &r : m_overview->train.releases()) {
        for (const QDateTime &d : {r.ossDate, r.saasDate, r.enterpriseDate, r.dueDate}) {
            if (d.isValid() && (!last.isValid() || d > last))
                last = d;
        }
    }
    return last.isValid() ? last : m_layout.now;
}

void PipelineView::relayout(std::optional<double> left)
{
    // Setting the scene rect may scroll, and a scroll may ask for a relayout.
    const QScopedValueRollback<bool> busy(m_inRelayout, true);
    const double available = viewport()->height() - m_layout.axisHeight - m_layout.legendHeight - 4;
    m_layout.laneHeight = std::clamp(available / int(PipelineLayout::LaneCount), 84.0, 320.0);
    // Among the periods' bars, the hidden markers are neither spread nor
    // laid out: they are laid out when they are shown. Bars or markers as
    // the days in view (from `left`, where the view is about to scroll) ask.
    const bool aggregate = wantsAggregate(left.value_or(mapToScene(QPoint(0, 0)).x()));
    spreadSameDay(!aggregate);
    showAggregate(aggregate);
    for (PipelineItem *item : std::as_const(m_items)) {
        if (item->isVisible())
            item->relayout();
    }
    for (SupportBandItem *band : std::as_const(m_bands))
        band->relayout();
    placeLabels();
    if (m_overview) {
        const double right = m_layout.x(lastDate().addDays(21));
        const QRectF rect(-kLaneLabelWidth - 20, 0, right + kLaneLabelWidth + 20, m_layout.height() + m_layout.legendHeight);
        scene()->setSceneRect(rect);
        setSceneRect(rect);
    }
    viewport()->update();
}

QList<QRectF> PipelineView::shownLabels(PipelineLayout::Lane lane) const
{
    QList<QRectF> out;
    for (const PipelineItem *item : m_items) {
        if (item->isVisible() && item->labelShown(lane) && !item->labelRect(lane).isNull())
            out.append(item->labelRect(lane));
        if (lane == PipelineLayout::Enterprise && !item->dueRect().isNull())
            out.append(item->dueRect());
        if (item->isVisible() && item->badgeLane() == lane && item->badgeCountShown()
            && item->verdictState() != MatrixCell::State::Consistent && !item->badgeRect(true).isNull())
            out.append(item->badgeRect(true));
    }
    for (const PipelineChip *chip : m_chips) {
        if (chip->lane() == lane)
            out.append(chip->boundingRect().adjusted(1, 1, -1, -1));
    }
    return out;
}

int PipelineView::selectedRelease() const
{
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *p = dynamic_cast<PipelineItem *>(item))
            return p->release();
    }
    return -1;
}

void PipelineView::selectionMoved()
{
    // The selected release's labels are always shown: the others make
    // room. Among the periods' bars, only it keeps its marker.
    if (!m_overview)
        return;
    if (m_aggregated)
        showAggregate(true);
    placeLabels();
    viewport()->update();
}

void PipelineView::selectRelease(int release)
{
    if (release == selectedRelease())
        return;
    QSignalBlocker block(scene());
    scene()->clearSelection();
    if (release >= 0 && release < m_items.size()) {
        if (!m_items[release]->isVisible()) {
            // Hidden among the bars it could not be selected, and it was
            // not laid out while hidden.
            m_items[release]->setVisible(true);
            m_items[release]->relayout();
        }
        m_items[release]->setSelected(true);
        for (int lane = 0; lane < PipelineLayout::LaneCount; ++lane) {
            const QPointF p = m_items[release]->markerPos(lane);
            if (!p.isNull()) {
                ensureVisible(QRectF(p, QSizeF(1, 1)), 140, 20);
                break;
            }
        }
    }
    block.unblock();
    selectionMoved();
    emit releaseSelected(selectedRelease());
}

QPoint PipelineView::markerPoint(int release, PipelineLayout::Lane lane)
{
    if (release < 0 || release >= m_items.size())
        return {-1, -1};
    const QPointF p = m_items[release]->markerPos(lane);
    if (p.isNull())
        return {-1, -1};
    ensureVisible(QRectF(p, QSizeF(1, 1)), 140, 20);
    return mapFromScene(p);
}

void PipelineView::setPixelsPerDay(double pixelsPerDay)
{
    zoomAround(pixelsPerDay / m_layout.pixelsPerDay, viewport()->width() / 2.0);
}

void PipelineView::zoomAround(double factor, double viewportX)
{
    const double target = std::clamp(m_layout.pixelsPerDay * factor, kMinPixelsPerDay, kMaxPixelsPerDay);
    const QDateTime anchor = m_layout.dateAt(mapToScene(QPoint(int(viewportX), 0)).x());
    m_layout.pixelsPerDay = target;
    relayout();
    // Keep the date under the pointer where it was.
    const double sceneX = m_layout.x(anchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                    + int(std::lround(sceneX - mapToScene(QPoint(int(viewportX), 0)).x())));
}

void PipelineView::zoomIn()
{
    zoomAround(1.25, viewport()->width() / 2.0);
}

void PipelineView::zoomOut()
{
    zoomAround(0.8, viewport()->width() / 2.0);
}

void PipelineView::fitToData()
{
    m_fitPending = false;
    if (!m_overview)
        return;
    // Everything when it fits in half a year; else the latest half-year of
    // releases, and today with them unless the train stopped long ago.
    // A date far beyond today (a tag dated by a wrong clock) does not take
    // the view away from today and the pending release.
    QDateTime to = lastDate(false);
    if (to > m_layout.now.addDays(kDefaultWeeks * 7)) {
        to = m_layout.now;
        const int pending = m_overview->train.pendingIndex();
        if (pending >= 0 && pending < m_items.size() && m_items[pending]->enterpriseDate().isValid())
            to = std::max(to, std::min(m_items[pending]->enterpriseDate(), m_layout.now.addDays(kDefaultWeeks * 7)));
    }
    if (to < m_layout.now && to.daysTo(m_layout.now) <= 8 * 7)
        to = m_layout.now;
    to = to.addDays(12);
    QDateTime from = firstDate().addDays(-5);
    if (from.daysTo(to) > kDefaultWeeks * 7)
        from = to.addDays(-kDefaultWeeks * 7);
    const double width = std::max(200.0, viewport()->width() - kLaneLabelWidth - 16);
    m_layout.pixelsPerDay = std::clamp(width / std::max<qint64>(1, from.daysTo(to)), kMinPixelsPerDay, kMaxPixelsPerDay);
    // The pending release's label, centred on its marker, in view whole:
    // "chart 0.13.0/0.3.12 pending" runs wider than the days after it.
    const int pending = m_overview->train.pendingIndex();
    if (pending >= 0 && pending < m_items.size()) {
        const QDateTime at = m_items[pending]->enterpriseDate();
        // Centred, or pushed right of its marker by its neighbours.
        const double overhang = m_items[pending]->labelWidth(PipelineLayout::Enterprise) + 12;
        // Each step narrows the days, so the overhang takes more of them:
        // a few rounds settle it.
        for (int round = 0; round < 4 && at.isValid() && m_layout.x(to) < m_layout.x(at) + overhang; ++round) {
            to = at.addDays(qint64(std::ceil(overhang / m_layout.pixelsPerDay)) + 1);
            if (from.daysTo(to) > kDefaultWeeks * 7)
                from = to.addDays(-kDefaultWeeks * 7);
            m_layout.pixelsPerDay = std::clamp(width / std::max<qint64>(1, from.daysTo(to)), kMinPixelsPerDay, kMaxPixelsPerDay);
        }
    }
    // The scroll range follows the new scene rect only once the view has
    // laid itself out again; scroll then as well.
    const double left = m_layout.x(from) - kLaneLabelWidth - 8;
    relayout(left);
    auto scroll = [this, left] { centerOn(left + viewport()->width() / 2.0, m_layout.height() / 2); };
    scroll();
    QTimer::singleShot(0, this, scroll);
}

void PipelineView::showToday()
{
    centerOn(m_layout.x(m_layout.now), m_layout.height() / 2);
}

void PipelineView::stepSelection(int delta)
{
    if (m_order.isEmpty())
        return;
    const int current = selectedRelease();
    int pos = int(m_order.indexOf(current));
    if (pos < 0)
        pos = delta > 0 ? -1 : int(m_order.size());
    pos = std::clamp(pos + delta, 0, int(m_order.size()) - 1);
    selectRelease(m_order[pos]);
}

void PipelineView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const double labelsFrom = mapToScene(QPoint(0, 0)).x() + kLaneLabelWidth;
    PipelineChrome::drawBackdrop(painter, m_layout, rect, m_overview != nullptr, labelsFrom);
    if (m_aggregate)
        m_aggregate->setTextsFrom(labelsFrom);
}

void PipelineView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_overview)
        return;
    const double left = mapToScene(QPoint(0, 0)).x();
    PipelineChrome::drawToday(painter, m_layout);
    PipelineChrome::drawLaneNames(painter, m_layout, left, kLaneLabelWidth, m_overview->train.staggerDays());
    PipelineChrome::drawLegend(painter, m_layout, QPointF(left + 12, m_layout.height() + m_layout.legendHeight / 2),
                               viewport()->width());
}

void PipelineView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // Scrolled to busier or quieter weeks: bars or single releases.
    if (m_overview && !m_inRelayout && dx != 0 && wantsAggregate(mapToScene(QPoint(0, 0)).x()) != m_aggregated)
        relayout();
    // The lane names and the legend stay put while the content scrolls; a
    // blit would carry them along, so everything is painted again.
    viewport()->update();
}

void PipelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d);
    } else if (delta.y() != 0) {
        zoomAround(std::pow(1.25, delta.y() / 120.0), event->position().x());
    }
    event->accept();
}

void PipelineView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int dir = event->key() == Qt::Key_Left ? -1 : 1;
        if (shift)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dir * viewport()->width() / 4);
        else
            stepSelection(dir);
        return;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
    case Qt::Key_F:
        fitToData();
        return;
    case Qt::Key_T:
        showToday();
        return;
    case Qt::Key_Home:
        if (!m_order.isEmpty())
            selectRelease(m_order.first());
        return;
    case Qt::Key_End:
        if (!m_order.isEmpty())
            selectRelease(m_order.last());
        return;
    case Qt::Key_Escape:
        if (selectedRelease() >= 0) {
            selectRelease(-1);
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void PipelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Hidden behind another view (whose docks came and went): laid out
    // when it is shown again, not for nobody to see.
    if (!isVisible()) {
        m_relayoutPending = true;
        return;
    }
    relayout();
    if (m_fitPending)
        fitToData();
}

void PipelineView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_relayoutPending) {
        m_relayoutPending = false;
        relayout();
    }
    if (m_fitPending)
        fitToData();
}

bool PipelineView::exportImage(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        *error = tr("%1: the file name must end in .png or .svg").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QSize size = viewport()->size();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("ReleaseDeck timeline"));
        QPainter painter(&svg);
        render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), viewport()->rect());
    } else {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), viewport()->rect());
        painter.end();
        if (!image.save(&file, "PNG")) {
            *error = tr("%1: the image could not be written").arg(path);
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ReleaseDeck
