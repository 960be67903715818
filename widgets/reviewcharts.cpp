#include "reviewcharts.h"

#include "pipelinecolors.h"
#include "itemmodels/displaydates.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ReleaseDeck {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Month names and numbers on the axes as the window's locale writes
    // them; the command line's report has the C locale.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    return chart;
}

QStringList weekLabels(const Review &review)
{
    QStringList labels;
    for (const ReviewWeek &w : review.figures.weeks)
        labels.append(ReviewPeriod::weekName(w.monday).mid(6)); // "48"
    return labels;
}

QString weekAxisTitle(const Review &review)
{
    return ReviewCharts::tr("ISO week, %1 to %2")
        .arg(ReviewPeriod::weekName(review.period.first), ReviewPeriod::weekName(review.period.underReview()));
}

// Week numbers on their side when a row of them would not fit.
QBarCategoryAxis *weekAxis(const Review &review, const QStringList &weeks)
{
    auto *x = new QBarCategoryAxis;
    x->append(weeks);
    x->setTitleText(weekAxisTitle(review));
    if (weeks.size() > 16)
        x->setLabelsAngle(-90);
    return x;
}

// Bars per week of the period: the sets in `series`, the week axis, a
// whole-number axis up to `max`, the numbers on hover.
// A bar's value in words with its unit: "2 releases", "1.5 days".
using Amount = std::function<QString(qreal)>;

QString releasesAmount(qreal n)
{
    return ReviewCharts::tr("%Ln release(s)", nullptr, int(std::lround(n)));
}

QString daysAmount(qreal n)
{
    return ReviewCharts::tr("%1 days").arg(QLocale().toString(n, 'f', 1));
}

QString plainAmount(qreal n)
{
    return QLocale().toString(n);
}

// A support status on the customers' pie: the words of LineSupport::statusName.
QString supportWord(LineSupport::Status s)
{
    switch (s) {
    case LineSupport::Status::Full: return ReviewCharts::tr("full");
    case LineSupport::Status::Security: return ReviewCharts::tr("security");
    case LineSupport::Status::Lts: return ReviewCharts::tr("lts");
    case LineSupport::Status::Unsupported: break;
    }
    return ReviewCharts::tr("unsupported");
}

void addWeeklyBars(QChart *chart, const Review &review, const QStringList &weeks, QAbstractBarSeries *series,
                   const QList<QBarSet *> &sets, const Amount &amount, const QString &axisTitle, int max);

QBarSet *barSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color.darker(120));
    return set;
}

// The numbers of a bar on hover: "W48 · OSS: 2 releases".
void tipOnHover(QBarSet *set, const QStringList &categories, const Amount &amount)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, categories, amount](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1 · %2: %3").arg(categories.value(index), set->label(), amount(set->at(index))));
    });
}

QValueAxis *valueAxis(const QString &title, qreal max, bool whole)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    const qreal top = std::max<qreal>(whole ? 2 : 1, whole ? std::ceil(max) : max * 1.1);
    axis->setRange(0, top);
    if (whole) {
        axis->setLabelFormat(QStringLiteral("%d"));
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(std::max<qreal>(1, std::ceil(top / 6)));
    } else {
        axis->setLabelFormat(QStringLiteral("%.1f"));
    }
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    if (!chart->axes(Qt::Horizontal).contains(x))
        chart->addAxis(x, Qt::AlignBottom);
    if (!chart->axes(Qt::Vertical).contains(y))
        chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void addWeeklyBars(QChart *chart, const Review &review, const QStringList &weeks, QAbstractBarSeries *series,
                   const QList<QBarSet *> &sets, const Amount &amount, const QString &axisTitle, int max)
{
    for (QBarSet *set : sets) {
        tipOnHover(set, weeks, amount);
        series->append(set);
    }
    attach(chart, series, weekAxis(review, weeks), valueAxis(axisTitle, max, true));
}

} // namespace

QChart *ReviewCharts::cadence(const Review &review)
{
    QChart *chart = newChart(tr("Releases per week"));
    const QStringList weeks = weekLabels(review);
    QBarSet *oss = barSet(tr("OSS"), PipelineColors::oss());
    QBarSet *saas = barSet(tr("SaaS"), PipelineColors::saas());
    QBarSet *ent = barSet(tr("Enterprise"), PipelineColors::enterprise());
    int max = 0;
    for (const ReviewWeek &w : review.figures.weeks) {
        *oss << w.oss;
        *saas << w.saas;
        *ent << w.enterprise;
        max = std::max({max, w.oss, w.saas, w.enterprise});
    }
    addWeeklyBars(chart, review, weeks, new QBarSeries, {oss, saas, ent}, releasesAmount, tr("releases"), max);
    return chart;
}

QChart *ReviewCharts::churn(const Review &review)
{
    QChart *chart = newChart(tr("Patches, fixes, re-stages"));
    const QStringList weeks = weekLabels(review);
    QBarSet *patches = barSet(tr("Patches"), PipelineColors::oss().lighter(140));
    QBarSet *fixes = barSet(tr("Fixes"), PipelineColors::enterprise().lighter(150));
    QBarSet *restages = barSet(tr("Re-stages"), PipelineColors::pending());
    QBarSet *superseded = barSet(tr("Superseded"), PipelineColors::superseded());
    chart->setToolTip(tr("Per week: OSS patches, chart-only fixes published, re-stages and versions superseded"));
    int max = 0;
    for (const ReviewWeek &w : review.figures.weeks) {
        *patches << w.patches;
        *fixes << w.fixes;
        *restages << w.restages;
        *superseded << w.superseded;
        max = std::max(max, w.patches + w.fixes + w.restages + w.superseded);
    }
    addWeeklyBars(chart, review, weeks, new QStackedBarSeries, {patches, fixes, restages, superseded}, plainAmount, tr("count"), max);
    return chart;
}

QChart *ReviewCharts::stagger(const Review &review)
{
    const ReviewFigures &f = review.figures;
    QChart *chart = newChart(tr("Stagger and slip (days)"));
    QList<int> rows; // the rows with something to draw, oldest publish first
    for (int i = 0; i < f.stagger.size(); ++i) {
        const StaggerRow &s = f.stagger.at(i);
        if (s.staggerDays >= 0 || s.slip != StaggerRow::Slip::NoDue)
            rows.append(i);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return f.stagger.at(a).published < f.stagger.at(b).published; });
    if (f.stagger.isEmpty())
        chart->setTitle(tr("Stagger kept: no Enterprise release was published in the period"));
    else if (rows.isEmpty())
        chart->setTitle(tr("Stagger kept: no release published in the period has a SaaS or a due date"));
    else if (rows.size() < f.stagger.size())
        chart->setTitle(tr("Stagger and slip (days); %n not drawn (no SaaS or due date)", nullptr,
                           int(f.stagger.size() - rows.size())));
    const QVariant rowList = QVariant::fromValue(rows);
    qreal max = f.staggerDays, min = 0;
    for (int i : rows) {
        const StaggerRow &s = f.stagger.at(i);
        max = std::max({max, s.staggerDays, s.slipDays});
        min = std::min(min, s.slipDays);
    }
    QValueAxis *y = valueAxis(tr("days"), max, false);
    y->setRange(std::floor(min), std::max<qreal>(1, std::ceil(max * 1.1)));
    auto *policy = new QLineSeries;
    policy->setName(tr("Policy"));
    policy->setPen(QPen(PipelineColors::today(), 2, Qt::DashLine));

    if (rows.size() <= 30) {
        QStringList versions;
        QBarSet *days = barSet(tr("Stagger"), PipelineColors::enterprise());
        QBarSet *slip = barSet(tr("Slip"), PipelineColors::pending());
        for (int i : rows) {
            const StaggerRow &s = f.stagger.at(i);
            versions.append(s.version);
            *days << std::max(0.0, s.staggerDays);
            *slip << (s.slip == StaggerRow::Slip::NoDue ? 0.0 : s.slipDays);
        }
        auto *series = new QBarSeries;
        series->setProperty("staggerRows", rowList);
        for (QBarSet *s : {days, slip}) {
            tipOnHover(s, versions, daysAmount);
            series->append(s);
        }
        auto *x = new QBarCategoryAxis;
        x->append(versions.isEmpty() ? QStringList{QStringLiteral("—")} : versions);
        x->setTitleText(tr("Enterprise release, by publish date"));
        x->setLabelsAngle(versions.size() > 8 ? -90 : 0);
        attach(chart, series, x, y);
        // The policy's stagger as a line across.
        const int n = std::max<int>(1, int(versions.size()));
        *policy << QPointF(-0.5, f.staggerDays) << QPointF(n - 0.5, f.staggerDays);
        auto *px = new QValueAxis;
        px->setRange(-0.5, n - 0.5);
        px->setVisible(false);
        chart->addSeries(policy);
        chart->addAxis(px, Qt::AlignTop);
        policy->attachAxis(px);
        policy->attachAxis(y);
        return chart;
    }

    // Too many to name: each release a point at its publish date.
    auto *x = new QDateTimeAxis;
    x->setFormat(DisplayDates::dayMonthFormat());
    x->setTitleText(tr("%n Enterprise publishes; hover or click a point for its release", nullptr, int(rows.size())));
    x->setRange(review.period.start(), std::min(review.period.end(), std::max(review.period.start().addDays(1), review.now)));
    x->setTickCount(std::min(review.period.weeks + 1, 9));
    QList<QScatterSeries *> points;
    const QString names[2] = {tr("Stagger"), tr("Slip")};
    const QColor colors[2] = {PipelineColors::enterprise(), PipelineColors::pending()};
    for (int k = 0; k < 2; ++k) {
        auto *series = new QScatterSeries;
        series->setName(names[k]);
        series->setColor(colors[k]);
        series->setBorderColor(colors[k].darker(120));
        series->setMarkerSize(7);
        QList<int> drawn;
        QStringList versions;
        for (int i : rows) {
            const StaggerRow &s = f.stagger.at(i);
            const bool has = k == 0 ? s.staggerDays >= 0 : s.slip != StaggerRow::Slip::NoDue;
            if (!has)
                continue;
            series->append(double(s.published.toMSecsSinceEpoch()), k == 0 ? s.staggerDays : s.slipDays);
            drawn.append(i);
            versions.append(s.version);
        }
        series->setProperty("staggerRows", QVariant::fromValue(drawn));
        QObject::connect(series, &QScatterSeries::hovered, series, [series, versions, name = names[k]](const QPointF &p, bool on) {
            const qsizetype index = series->points().indexOf(p);
            if (!on || index < 0) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1 · %2: %3").arg(versions.at(index), name, daysAmount(p.y())));
        });
        attach(chart, series, x, y);
    }
    *policy << QPointF(double(x->min().toMSecsSinceEpoch()), f.staggerDays)
            << QPointF(double(x->max().toMSecsSinceEpoch()), f.staggerDays);
    chart->addSeries(policy);
    policy->attachAxis(x);
    policy->attachAxis(y);
    return chart;
}

int ReviewCharts::staggerRow(const QAbstractSeries *series, int index)
{
    const QList<int> rows = series ? series->property("staggerRows").value<QList<int>>() : QList<int>();
    return index >= 0 && index < rows.size() ? rows.at(index) : -1;
}

QChart *ReviewCharts::leadTime(const Review &review)
{
    QChart *chart = newChart(tr("Lead time, commit → release (median; dotted: p90)"));
    const QStringList weeks = weekLabels(review);
    QBarCategoryAxis *x = weekAxis(review, weeks);
    qreal max = 1;
    const QColor colors[3] = {PipelineColors::oss(), PipelineColors::saas(), PipelineColors::enterprise()};
    const QString names[3] = {tr("OSS"), tr("SaaS"), tr("Enterprise")};
    // SaaS often ships the day OSS tags: its line lies on the OSS one, which
    // is drawn wider underneath so that both show.
    const qreal widths[3] = {6, 2.5, 2.5};
    QList<QLineSeries *> lines, dotted;
    for (int t = 0; t < 3; ++t) {
        auto *median = new QLineSeries;
        median->setName(names[t]);
        median->setPen(QPen(colors[t], widths[t]));
        median->setPointsVisible(t != 0);
        auto *p90 = new QLineSeries;
        p90->setName(tr("%1, 90th percentile").arg(names[t]));
        p90->setPen(QPen(colors[t], 1.5, Qt::DotLine));
        for (int w = 0; w < review.figures.weeks.size(); ++w) {
            const Spread &s = review.figures.weeks.at(w).lead[t];
            if (!s.count)
                continue;
            *median << QPointF(w, s.median);
            *p90 << QPointF(w, s.p90);
            max = std::max(max, s.p90);
        }
        for (QLineSeries *series : {median, p90}) {
            QObject::connect(series, &QLineSeries::hovered, series, [series, weeks](const QPointF &p, bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), QStringLiteral("W%1 · %2: %3 days")
                                                           .arg(weeks.value(int(std::lround(p.x()))), series->name())
                                                           .arg(p.y(), 0, 'f', 1));
                else
                    QToolTip::hideText();
            });
        }
        lines.append(median);
        dotted.append(p90);
    }
    QValueAxis *y = valueAxis(tr("days"), max, false);
    for (QLineSeries *s : lines + dotted)
        attach(chart, s, x, y);
    for (QLineSeries *s : dotted) {
        for (QLegendMarker *m : chart->legend()->markers(s))
            m->setVisible(false);
    }
    return chart;
}

QChart *ReviewCharts::failures(const Review &review)
{
    const ReviewFigures &f = review.figures;
    QChart *chart = newChart(tr("Failures %3 % (%1/%2), restore %4 d")
                                 .arg(f.failures.size())
                                 .arg(f.releasesJudged)
                                 .arg(QLocale().toString(100.0 * f.failureRate(), 'f', 0))
                                 .arg(f.restore.count ? QLocale().toString(f.restore.median, 'f', 1) : QStringLiteral("—")));
    const QStringList weeks = weekLabels(review);
    QBarSet *released = barSet(tr("Released"), PipelineColors::oss());
    QBarSet *failed = barSet(tr("Failed"), PipelineColors::today());
    chart->setToolTip(tr("A release counts as failed when a patch replaced it within the stagger of its OSS release, "
                         "or a chart fix within the stagger of its publish."));
    QList<int> failedPerWeek(review.figures.weeks.size(), 0);
    for (const FailureRow &r : f.failures) {
        const TrainRelease &t = review.verdicts->overview()->train.releases().at(r.release);
        if (const int w = review.period.weekOf(t.ossDate); w >= 0 && w < failedPerWeek.size())
            ++failedPerWeek[w];
    }
    int max = 0;
    for (int w = 0; w < review.figures.weeks.size(); ++w) {
        *released << review.figures.weeks.at(w).oss;
        *failed << failedPerWeek.at(w);
        max = std::max(max, review.figures.weeks.at(w).oss);
    }
    addWeeklyBars(chart, review, weeks, new QBarSeries, {released, failed}, releasesAmount, tr("releases"), max);
    return chart;
}

QChart *ReviewCharts::customers(const Review &review)
{
    const ReviewFigures &f = review.figures;
    QChart *chart = newChart(tr("Customers by support status"));
    if (!f.customersKnown || review.support.customers.isEmpty()) {
        chart->setTitle(f.customersKnown ? tr("Customers: the customers file lists no customer")
                                         : tr("Customers: the workspace names no customers file"));
        return chart;
    }
    auto *pie = new QPieSeries;
    const QList<QPair<LineSupport::Status, QColor>> order{{LineSupport::Status::Full, PipelineColors::saas()},
                                                          {LineSupport::Status::Security, PipelineColors::oss()},
                                                          {LineSupport::Status::Lts, PipelineColors::enterprise()},
                                                          {LineSupport::Status::Unsupported, PipelineColors::today()}};
    for (const auto &[status, color] : order) {
        const int n = f.customersByStatus.value(status);
        if (!n)
            continue;
        QPieSlice *slice = pie->append(QStringLiteral("%1: %2").arg(supportWord(status)).arg(n), n);
        slice->setColor(color);
        slice->setLabelVisible(true);
    }
    pie->setPieSize(0.6);
    chart->addSeries(pie);
    if (!f.customersAtRisk.isEmpty())
        chart->setTitle(tr("Customers by support; %n with a warning", nullptr, int(f.customersAtRisk.size())));
    return chart;
}

QChart *ReviewCharts::whatIf(const WhatIfOption &option, int maxLines)
{
    QChart *chart = newChart(tr("Option %1: %2").arg(option.number).arg(option.name));
    chart->setToolTip(option.summary);
    auto *supported = new QLineSeries;
    supported->setName(tr("Supported"));
    supported->setPen(QPen(PipelineColors::enterprise(), 2.5));
    auto *backports = new QLineSeries;
    backports->setName(tr("Backports"));
    backports->setPen(QPen(PipelineColors::pending(), 2, Qt::DashLine));
    qreal first = 0, last = 1;
    for (const WhatIfOption::Sample &s : option.samples) {
        const qreal x = QDateTime(s.day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        if (supported->count() == 0)
            first = x;
        last = x;
        *supported << QPointF(x, s.supported);
        *backports << QPointF(x, s.backports);
    }
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("MMM"));
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first), Qt::UTC), QDateTime::fromMSecsSinceEpoch(qint64(last), Qt::UTC));
    axisX->setTickCount(5);
    QValueAxis *y = valueAxis(tr("lines"), maxLines, true);
    for (QLineSeries *s : {supported, backports}) {
        QObject::connect(s, &QLineSeries::hovered, s, [s](const QPointF &p, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), QStringLiteral("%1 · %2: %3")
                                                       .arg(DisplayDates::date(QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC).date()),
                                                            s->name(), QLocale().toString(std::lround(p.y()))));
            else
                QToolTip::hideText();
        });
        attach(chart, s, axisX, y);
    }
    return chart;
}

QList<QChart *> ReviewCharts::all(const Review &review)
{
    return {cadence(review), churn(review), stagger(review), leadTime(review), failures(review), customers(review)};
}

QImage ReviewCharts::render(QChart *chart, const QSize &size, qreal scale)
{
    // In a scene of its own, laid out at the size asked, never shown.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (chart->layout())
        chart->layout()->activate();
    // The chart lays its axes and plot out on posted events.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::PolishRequest);
    if (chart->layout())
        chart->layout()->activate();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    scene.removeItem(chart); // the caller keeps `chart`
    return image;
}

} // namespace ReleaseDeck
