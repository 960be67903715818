#include "reviewview.h"

#include "reviewcharts.h"
#include "itemmodels/displaydates.h"
#include "platform/eachturn.h"
#include "platform/workers.h"
#include "review/reviewtext.h"
#include "workspace/customersfile.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ReleaseDeck {

namespace {

QChartView *chartView(QWidget *parent, const QString &name)
{
    auto *view = new QChartView(parent);
    view->setAccessibleName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(250);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

// The view takes the chart and lets the one it showed go.
void showChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    view->setAccessibleName(chart->title());
    view->setToolTip(chart->title());
    delete old;
}

std::shared_ptr<const WhatIf> buildWhatIf(const OverviewPtr &overview, int weeks, const QDateTime &now)
{
    QList<Customer> customers;
    if (const QString file = overview->snapshot.workspace.customersFile; !file.isEmpty())
        customers = CustomersFile::load(file).customers;
    return std::make_shared<const WhatIf>(WhatIf::build(*overview, customers, weeks, now));
}

} // namespace

ReviewView::ReviewView(QWidget *parent)
    : QWidget(parent)
    , m_week(new QComboBox(this))
    , m_weeks(new QSpinBox(this))
    , m_replayWeeks(new QSpinBox(this))
    , m_state(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_agenda(new QTextBrowser(this))
    , m_reasons(new QLabel(this))
    , m_whatIfSummary(new QLabel(this))
    , m_whatIfTable(new QTableWidget(this))
{
    auto *bar = new QHBoxLayout;
    auto *weekLabel = new QLabel(tr("&Week under review:"), this);
    weekLabel->setBuddy(m_week);
    m_weeks->setRange(4, 52);
    m_weeks->setValue(12);
    m_weeks->setSuffix(tr(" weeks"));
    m_weeks->setAccessibleName(tr("Weeks the review looks back over"));
    m_week->setAccessibleName(tr("Week under review"));
    m_replayWeeks->setAccessibleName(tr("Weeks the what-if replays"));
    // The spin boxes' own text fields carry their names to screen readers.
    for (QSpinBox *box : {m_weeks, m_replayWeeks}) {
        if (auto *edit = box->findChild<QLineEdit *>())
            edit->setAccessibleName(box->accessibleName());
    }
    auto *weeksLabel = new QLabel(tr("&Looking back:"), this);
    weeksLabel->setBuddy(m_weeks);
    bar->addWidget(weekLabel);
    bar->addWidget(m_week);
    bar->addSpacing(12);
    bar->addWidget(weeksLabel);
    bar->addWidget(m_weeks);
    bar->addSpacing(12);
    m_state->setWordWrap(true);
    bar->addWidget(m_state, 1);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    for (int i = 0; i < 26; ++i) {
        const QDate d = monday.addDays(-7 * i);
        m_week->addItem(tr("%1 (from %2)").arg(ReviewPeriod::weekName(d), DisplayDates::date(d)), d);
    }
    connect(m_week, &QComboBox::currentIndexChanged, this, &ReviewView::rebuild);
    connect(m_weeks, &QSpinBox::valueChanged, this, &ReviewView::rebuild);

    // The review: the agenda beside the charts.
    auto *review = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(review);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setOpenLinks(false);
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setAccessibleName(tr("Audited reasons of the chosen release"));
    m_reasons->setText(tr("Click a release in the stagger chart for its audited reasons."));
    leftLayout->addWidget(m_agenda, 1);
    leftLayout->addWidget(m_reasons);
    auto *scroll = new QScrollArea(review);
    scroll->setWidgetResizable(true);
    auto *grid = new QWidget(scroll);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList names{tr("Releases per week"), tr("Patches, fixes, re-stages"), tr("Stagger and slip"),
                            tr("Lead time for changes"), tr("Change failure and time to restore"), tr("Customers by support")};
    for (int i = 0; i < 6; ++i) {
        QChartView *view = chartView(grid, names.at(i));
        gridLayout->addWidget(view, i / 2, i % 2);
        m_charts.append(view);
    }
    scroll->setWidget(grid);
    review->addWidget(left);
    review->addWidget(scroll);
    review->setStretchFactor(0, 0);
    review->setStretchFactor(1, 1);
    review->setSizes({300, 900});
    m_tabs->addTab(review, tr("&Review"));

    // The what-if: one chart per option, side by side, and their figures.
    auto *whatIf = new QWidget(this);
    auto *whatIfLayout = new QVBoxLayout(whatIf);
    auto *replayBar = new QHBoxLayout;
    m_replayWeeks->setRange(4, 260);
    m_replayWeeks->setValue(52);
    m_replayWeeks->setSuffix(tr(" weeks"));
    auto *replayLabel = new QLabel(tr("Re&play the last:"), whatIf);
    replayLabel->setBuddy(m_replayWeeks);
    replayBar->addWidget(replayLabel);
    replayBar->addWidget(m_replayWeeks);
    replayBar->addSpacing(12);
    m_whatIfSummary->setWordWrap(true);
    replayBar->addWidget(m_whatIfSummary, 1);
    whatIfLayout->addLayout(replayBar);
    auto *row = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        QChartView *view = chartView(whatIf, tr("What-if, option %1").arg(i + 1));
        row->addWidget(view);
        m_whatIfCharts.append(view);
    }
    whatIfLayout->addLayout(row, 1);
    m_whatIfTable->setColumnCount(5);
    m_whatIfTable->setHorizontalHeaderLabels({tr("Option"), tr("Enterprise releases"), tr("Supported lines, at most"),
                                              tr("Backports of a fix, at most"), tr("Customers out of support")});
    m_whatIfTable->horizontalHeader()->setStretchLastSection(true);
    m_whatIfTable->verticalHeader()->hide();
    m_whatIfTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_whatIfTable->setMaximumHeight(150);
    m_whatIfTable->setAccessibleName(tr("What-if figures per option"));
    whatIfLayout->addWidget(m_whatIfTable);
    m_tabs->addTab(whatIf, tr("&What-if"));
    connect(m_replayWeeks, &QSpinBox::valueChanged, this, &ReviewView::rebuildWhatIf);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_whatIfStale)
            rebuildWhatIf();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    m_state->setText(tr("Open a workspace to review its releases."));
    m_agenda->setPlainText(tr("The agenda appears here once a workspace is scanned."));
}

ReviewView::~ReviewView() = default;

void ReviewView::setVerdicts(const VerdictsPtr &verdicts)
{
    // A workspace whose history ends before the weeks looked back over
    // opens on the week of its newest release.
    const bool firstOfWorkspace = !m_verdicts || m_verdicts->overview()->snapshot.workspaceFile != verdicts->overview()->snapshot.workspaceFile;
    m_verdicts = verdicts;
    if (firstOfWorkspace) {
        const QDate today = verdicts->now().toUTC().date();
        const QDate week = ReviewPeriod::defaultWeek(today, m_weeks->value(), trainDates(verdicts->overview()->train));
        if (week != today) {
            const QSignalBlocker block(m_week);
            const QDate monday = week.addDays(1 - week.dayOfWeek());
            int index = m_week->findData(monday);
            if (index < 0) {
                m_week->addItem(tr("%1 (the newest release)").arg(ReviewPeriod::weekName(monday)), monday);
                index = m_week->count() - 1;
            }
            m_week->setCurrentIndex(index);
        }
    }
    m_stale = true;
    m_whatIfStale = true;
    if (isVisible())
        rebuild();
}

void ReviewView::setPeriod(const QDate &underReview, int weeks)
{
    const QDate monday = underReview.addDays(1 - underReview.dayOfWeek());
    const int index = m_week->findData(monday);
    const QSignalBlocker a(m_week), b(m_weeks);
    if (index >= 0)
        m_week->setCurrentIndex(index);
    else {
        m_week->insertItem(0, ReviewPeriod::weekName(monday), monday);
        m_week->setCurrentIndex(0);
    }
    m_weeks->setValue(weeks);
    m_stale = true;
    if (isVisible())
        rebuild();
}

void ReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
    if (m_whatIfStale && m_tabs->currentIndex() == 1)
        rebuildWhatIf();
}

void ReviewView::rebuild()
{
    if (!m_verdicts)
        return;
    m_stale = false;
    const int generation = ++m_generation;
    const ReviewPeriod period = ReviewPeriod::ending(m_week->currentData().toDate(), m_weeks->value());
    m_state->setText(tr("Reading the weeks %1 to %2…")
                         .arg(ReviewPeriod::weekName(period.first), ReviewPeriod::weekName(period.underReview())));
    auto *watcher = new QFutureWatcher<ReviewPtr>(this);
    connect(watcher, &QFutureWatcher<ReviewPtr>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showReview(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        workers(), [verdicts = m_verdicts, period] { return Review::build(verdicts, period, verdicts->now()); }));
    if (m_tabs->currentIndex() == 1)
        rebuildWhatIf();
}

void ReviewView::rebuildWhatIf()
{
    if (!m_verdicts)
        return;
    m_whatIfStale = false;
    const int generation = ++m_whatIfGeneration;
    m_whatIfSummary->setText(tr("Replaying the last %n week(s)…", nullptr, m_replayWeeks->value()));
    auto *watcher = new QFutureWatcher<std::shared_ptr<const WhatIf>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const WhatIf>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_whatIfGeneration)
            showWhatIf(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(workers(), buildWhatIf, m_verdicts->overview(), m_replayWeeks->value(), m_verdicts->now()));
}

void ReviewView::showReview(const ReviewPtr &review)
{
    m_review = review;
    // One chart a turn: building and first painting six charts at once
    // holds the GUI thread too long on a large workspace.
    using Build = QChart *(*)(const Review &);
    const QList<Build> builders{&ReviewCharts::cadence, &ReviewCharts::churn,    &ReviewCharts::stagger,
                                &ReviewCharts::leadTime, &ReviewCharts::failures, &ReviewCharts::customers};
    QList<std::function<void()>> steps;
    for (int i = 0; i < builders.size() && i < m_charts.size(); ++i) {
        steps.append([this, review, build = builders.at(i), view = m_charts.at(i), i] {
            showChart(view, build(*review));
            // The stagger chart's bars or points give their release's audited reasons.
            if (i == 2) {
                for (QAbstractSeries *series : view->chart()->series()) {
                    if (auto *bars = qobject_cast<QBarSeries *>(series)) {
                        for (QBarSet *set : bars->barSets())
                            connect(set, &QBarSet::clicked, this,
                                    [this, bars](int index) { showReasons(ReviewCharts::staggerRow(bars, index)); });
                    } else if (auto *points = qobject_cast<QScatterSeries *>(series)) {
                        connect(points, &QScatterSeries::clicked, this, [this, points](const QPointF &p) {
                            showReasons(ReviewCharts::staggerRow(points, int(points->points().indexOf(p))));
                        });
                    }
                }
            }
        });
    }
    steps.append([this, review] {
        QString html = QStringLiteral("<h3>%1</h3><ul>").arg(ReviewText::heading(*review).toHtmlEscaped());
        for (const QString &line : ReviewText::agendaLines(*review))
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_agenda->setHtml(html);
        const ReviewFigures &f = review->figures;
        m_state->setText(tr("%n Enterprise publish(es); change failure %1 %; lead time to Enterprise %2 days (median)", nullptr,
                            int(f.stagger.size()))
                             .arg(QLocale().toString(100.0 * f.failureRate(), 'f', 0))
                             .arg(f.lead[2].count ? QLocale().toString(f.lead[2].median, 'f', 1) : QStringLiteral("—")));
        emit reviewReady();
    });
    runEachTurn(this, steps, [this, review] { return m_review == review; });
}

void ReviewView::showReasons(int row)
{
    if (!m_review || row < 0 || row >= m_review->figures.stagger.size())
        return;
    const StaggerRow &s = m_review->figures.stagger.at(row);
    QString text = tr("%1: published %2, due %3, %4.")
                       .arg(s.version, DisplayDates::utc(s.published), s.due.isValid() ? DisplayDates::utc(s.due) : tr("none"),
                            StaggerRow::slipName(s.slip));
    for (const QString &r : s.reasons)
        text += QLatin1Char('\n') + r;
    if (s.reasons.isEmpty())
        text += QLatin1Char('\n') + tr("No reason was recorded for its approval or publish.");
    m_reasons->setText(text);
}

void ReviewView::showWhatIf(const std::shared_ptr<const WhatIf> &whatIf)
{
    m_whatIf = whatIf;
    int maxLines = 1;
    for (const WhatIfOption &o : whatIf->options)
        maxLines = std::max(maxLines, o.maxSupported());
    for (int i = 0; i < whatIf->options.size() && i < m_whatIfCharts.size(); ++i)
        showChart(m_whatIfCharts.at(i), ReviewCharts::whatIf(whatIf->options.at(i), maxLines));
    m_whatIfTable->setRowCount(int(whatIf->options.size()));
    for (int i = 0; i < whatIf->options.size(); ++i) {
        const WhatIfOption &o = whatIf->options.at(i);
        QStringList out;
        for (const WhatIfOption::Dropped &d : o.dropped)
            out.append(tr("%1 (from %2, on %3)").arg(d.customer, DisplayDates::date(d.from), d.version));
        const QStringList cells{tr("%1: %2").arg(o.number).arg(o.name), QLocale().toString(o.made()),
                                QLocale().toString(o.maxSupported()), QLocale().toString(o.maxBackports()),
                                out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == 0 ? o.summary : cells.at(c));
            m_whatIfTable->setItem(i, c, item);
        }
    }
    m_whatIfTable->resizeColumnsToContents();
    m_whatIfSummary->setText(tr("%n OSS release(s) from %1 to %2, replayed under each option of the process.", nullptr,
                                int(whatIf->ossReleases))
                                 .arg(DisplayDates::date(whatIf->from), DisplayDates::date(whatIf->to)));
    emit whatIfReady();
}

} // namespace ReleaseDeck
