#include "supportview.h"

#include "domain/printable.h"
#include "itemmodels/displaydates.h"
#include "platform/workers.h"
#include "reporttable.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ReleaseDeck {

namespace {

QString day(const QDateTime &at)
{
    return at.isValid() ? DisplayDates::date(at.toUTC().date()) : QString();
}

// The words and colour of a status: the text says it, the colour repeats it.
QString statusText(LineSupport::Status s)
{
    switch (s) {
    case LineSupport::Status::Full: return SupportView::tr("full support");
    case LineSupport::Status::Security: return SupportView::tr("security fixes");
    case LineSupport::Status::Lts: return SupportView::tr("LTS security fixes");
    case LineSupport::Status::Unsupported: return SupportView::tr("unsupported");
    }
    return {};
}

QColor statusColor(LineSupport::Status s)
{
    switch (s) {
    case LineSupport::Status::Full: return QColor(0x2e, 0x7d, 0x32);
    case LineSupport::Status::Security: return QColor(0xa0, 0x5a, 0x00);
    case LineSupport::Status::Lts: return QColor(0x15, 0x65, 0xc0);
    case LineSupport::Status::Unsupported: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString untilText(const LineSupport &l)
{
    if (!l.until.isValid())
        return l.status == LineSupport::Status::Unsupported ? QString() : SupportView::tr("until a newer line is out");
    return l.projected ? SupportView::tr("%1 (projected)").arg(day(l.until)) : day(l.until);
}

QStandardItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QStandardItem *statusCell(const LineSupport &l)
{
    QStandardItem *item = cell(statusText(l.status) + (l.lts && l.status != LineSupport::Status::Lts ? SupportView::tr(" (LTS line)") : QString()));
    item->setForeground(statusColor(l.status));
    return item;
}

SupportReportPtr buildReport(const OverviewPtr &overview, const QDateTime &now)
{
    return std::make_shared<const SupportReport>(SupportReport::build(*overview, now));
}

} // namespace

SupportView::SupportView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_lineModel(new QStandardItemModel(this))
    , m_customerModel(new QStandardItemModel(this))
    , m_lines(new QTableView(this))
    , m_customers(new QTableView(this))
    , m_path(new QTreeWidget(this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Support summary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fff3d6; color: #5c3b00; border: 1px solid #e0b252;"
                                             " border-radius: 3px; padding: 4px 6px; }"));
    m_problems->hide();

    m_lineModel->setHorizontalHeaderLabels({tr("Line"), tr("Status"), tr("Since"), tr("Until")});
    m_customerModel->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Version"), tr("Status"), tr("Supported until"), tr("Target"), tr("Next window"), tr("Warning")});
    m_lines->setModel(m_lineModel);
    m_customers->setModel(m_customerModel);
    setUpReportTable(m_lines, tr("Release lines and their support"));
    setUpReportTable(m_customers, tr("Customers and their support"));
    m_customers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customers->horizontalHeader()->setStretchLastSection(true);
    m_lines->horizontalHeader()->setStretchLastSection(true);

    m_path->setColumnCount(2);
    m_path->setHeaderLabels({tr("Upgrade path"), tr("Detail")});
    m_path->setAccessibleName(tr("The selected customer's upgrade path"));
    m_path->setRootIsDecorated(true);
    m_path->setUniformRowHeights(true);
    m_path->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_path->header()->setStretchLastSection(true);

    auto *linesBox = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    auto *linesTitle = new QLabel(tr("<b>Release lines</b>"), linesBox);
    linesLayout->addWidget(linesTitle);
    linesLayout->addWidget(m_lines);
    auto *customersBox = new QWidget(this);
    auto *customersLayout = new QVBoxLayout(customersBox);
    customersLayout->setContentsMargins(0, 0, 0, 0);
    customersLayout->addWidget(new QLabel(tr("<b>Customers</b>"), customersBox));
    customersLayout->addWidget(m_customers);

    // At the top the sentence for the wall and the lines beside it; then
    // the customers across the whole width, and under them the selected
    // one's upgrade path.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(customersBox);
    split->addWidget(m_path);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    linesBox->setFixedWidth(440);
    auto *summaryBox = new QVBoxLayout;
    summaryBox->addWidget(m_summary);
    summaryBox->addWidget(m_problems);
    summaryBox->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(summaryBox, 1);
    top->addWidget(linesBox);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setFocusProxy(m_customers);
    setTabOrder(m_customers, m_path);
    setTabOrder(m_path, m_lines);

    connect(m_customers->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        showPath(current.isValid() ? current.row() : -1);
        // Only a choice made here moves the other views: a report that comes
        // while another view is in front leaves the selection alone.
        if (m_filling || !isVisible())
            return;
        if (current.isValid() && m_overview && m_report && current.row() < m_report->customers.size())
            if (const int release = m_overview->train.indexOf(m_report->customers.at(current.row()).customer.version); release >= 0)
                emit releaseSelected(release);
    });
    m_summary->setText(tr("Open a workspace to see its support lines and customers."));
}

SupportView::~SupportView() = default;

void SupportView::setOverview(const OverviewPtr &overview, const QDateTime &now)
{
    m_overview = overview;
    const int generation = ++m_generation;
    if (!m_report)
        m_summary->setText(tr("Reading the customers file and the charts…"));
    auto *watcher = new QFutureWatcher<SupportReportPtr>(this);
    connect(watcher, &QFutureWatcher<SupportReportPtr>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showReport(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(workers(), buildReport, overview, now));
}

QString SupportView::summaryText() const
{
    return m_summary->text();
}

bool SupportView::selectCustomer(const QString &name)
{
    for (int row = 0; row < m_customerModel->rowCount(); ++row) {
        if (m_customerModel->item(row, 0)->data(Qt::UserRole).toString() == name) {
            m_customers->setCurrentIndex(m_customerModel->index(row, 0));
            return true;
        }
    }
    return false;
}

void SupportView::showReport(const SupportReportPtr &report)
{
    const QString current = m_customers->currentIndex().isValid()
                                ? m_customerModel->item(m_customers->currentIndex().row(), 0)->data(Qt::UserRole).toString()
                                : QString();
    m_report = report;
    m_filling = true;
    m_lineModel->removeRows(0, m_lineModel->rowCount());
    m_customerModel->removeRows(0, m_customerModel->rowCount());

    // One sentence for the wall: who gets what today.
    QStringList full, security, lts;
    for (const LineSupport &l : report->lines) {
        if (l.status == LineSupport::Status::Full)
            full.append(l.line());
        else if (l.status == LineSupport::Status::Security)
            security.append(l.line());
        else if (l.status == LineSupport::Status::Lts)
            lts.append(l.line());
        if (l.status != LineSupport::Status::Unsupported)
            m_lineModel->appendRow({cell(l.line()), statusCell(l), cell(day(l.since)), cell(untilText(l))});
    }
    // The unsupported lines in one row: the newest of them and all before it.
    const auto firstUnsupported = std::find_if(report->lines.cbegin(), report->lines.cend(),
                                               [](const LineSupport &l) { return l.status == LineSupport::Status::Unsupported; });
    if (firstUnsupported != report->lines.cend()) {
        QStringList older;
        for (auto it = firstUnsupported; it != report->lines.cend(); ++it)
            older.append(it->line());
        m_lineModel->appendRow({cell(older.size() == 1 ? older.first() : tr("%1 and older").arg(older.first()), older.join(QLatin1String(", "))),
                                statusCell(*firstUnsupported), cell(day(firstUnsupported->since)), cell(QString())});
    }
    QStringList parts;
    if (!full.isEmpty())
        parts.append(tr("%1 has full support").arg(full.join(QLatin1String(", "))));
    if (!security.isEmpty())
        parts.append(tr("%1 security fixes only").arg(security.join(QLatin1String(", "))));
    if (!lts.isEmpty())
        parts.append(tr("%1 long-term support").arg(lts.join(QLatin1String(", "))));
    int warnings = 0;
    for (const SupportReport::CustomerRow &row : report->customers)
        warnings += row.standing.warning.isEmpty() ? 0 : 1;
    QString summary = report->lines.isEmpty() ? tr("No Enterprise release is published yet: no line is supported.")
                                              : tr("Support on %1: %2; older lines are unsupported.").arg(day(report->at), parts.join(QLatin1String("; ")));
    if (report->customersFile.isEmpty())
        summary += tr(" The workspace names no customers file ('customers:').");
    else
        summary += QLatin1Char(' ') + tr("%n customer(s)", nullptr, int(report->customers.size()))
                   + (warnings > 0 ? tr(", %n need(s) attention.", nullptr, warnings) : tr(", none needs attention."));
    m_summary->setText(summary);
    m_problems->setText(report->problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!report->problems.isEmpty());

    for (const SupportReport::CustomerRow &row : report->customers) {
        const CustomerStanding &s = row.standing;
        QStandardItem *name = cell(printableName(row.customer.name, 80));
        name->setData(row.customer.name, Qt::UserRole);
        QString target = s.target.isNull() ? QString() : s.behind ? s.target.toString() : tr("up to date");
        if (s.behind && !row.path.stops().isEmpty())
            target += tr(", %n stop(s)", nullptr, int(row.path.stops().size()));
        QStandardItem *warning = cell(s.warning.isEmpty() ? QString() : QStringLiteral("⚠ ") + s.warning, s.warning);
        if (!s.warning.isEmpty())
            warning->setForeground(QColor(0xc6, 0x28, 0x28));
        m_customerModel->appendRow({name, cell(row.customer.version.toString()), statusCell(s.line),
                                    cell(s.line.status == LineSupport::Status::Unsupported ? QString() : untilText(s.line)), cell(target),
                                    cell(DisplayDates::utc(s.window)),
                                    warning});
    }
    m_lines->resizeColumnsToContents();
    // As tall as its rows, up to six, so the customers get the room.
    m_lines->setFixedHeight(m_lines->verticalHeader()->defaultSectionSize() * std::clamp(m_lineModel->rowCount(), 1, 6)
                            + m_lines->horizontalHeader()->sizeHint().height() + 2 * m_lines->frameWidth());
    m_customers->resizeColumnsToContents();
    if (!current.isEmpty() && selectCustomer(current))
        showPath(m_customers->currentIndex().row());
    else if (m_customerModel->rowCount() > 0)
        m_customers->setCurrentIndex(m_customerModel->index(0, 0));
    else
        showPath(-1);
    m_filling = false;
    emit reportReady();
}

void SupportView::showPath(int row)
{
    m_path->clear();
    if (!m_report || row < 0 || row >= m_report->customers.size()) {
        m_path->setHeaderLabels({tr("Upgrade path"), tr("Detail")});
        // Empty tables say why, and what to do about it.
        if (m_report && m_report->customers.isEmpty())
            new QTreeWidgetItem(m_path, {m_report->customersFile.isEmpty()
                                             ? tr("No customers: name a customers file in the workspace (customers: customers.yaml)")
                                             : tr("No customer could be read from %1").arg(printablePath(m_report->customersFile)),
                                         tr("see docs/support.md for its format")});
        m_path->resizeColumnToContents(0);
        return;
    }
    const SupportReport::CustomerRow &c = m_report->customers.at(row);
    const QString name = printableName(c.customer.name, 80);
    m_path->setHeaderLabels({tr("Upgrade path of %1").arg(name), tr("Detail")});
    auto add = [](QTreeWidgetItem *parent, const QString &a, const QString &b = {}) {
        auto *item = new QTreeWidgetItem(parent, {a, b});
        item->setToolTip(0, a);
        item->setToolTip(1, b);
        return item;
    };
    auto *root = new QTreeWidgetItem(m_path);
    if (!c.standing.behind) {
        root->setText(0, tr("%1 runs %2: up to date").arg(name, c.customer.version.toString()));
        return;
    }
    QStringList versions{c.customer.version.toString()};
    for (const PathStep &s : c.path.steps)
        versions.append(s.version.toString());
    root->setText(0, tr("%1 → %2").arg(c.customer.version.toString(), c.standing.target.toString()));
    root->setText(1, versions.join(QStringLiteral(" → ")));
    root->setToolTip(1, root->text(1));
    const QList<PathStep> stops = c.path.stops();
    for (const PathStep &s : stops) {
        QTreeWidgetItem *stop = add(root, tr("Required stop %1").arg(s.version.toString()), printableName(s.upgradeStop, 300));
        stop->setForeground(0, QColor(0xa0, 0x5a, 0x00));
    }
    if (stops.isEmpty())
        add(root, tr("No required stop"), tr("the versions in between may be skipped"));
    if (c.standing.window.isValid())
        add(root, tr("Next change window"),
            //: A change window's start: %1 the long date, %2 the time of day in UTC
            tr("%1, %2 UTC")
                .arg(DisplayDates::longDate(c.standing.window.toUTC().date()),
                     QLocale().toString(c.standing.window.toUTC().time(), QLocale::ShortFormat)));
    if (!c.standing.warning.isEmpty())
        add(root, tr("Warning"), c.standing.warning)->setForeground(1, QColor(0xc6, 0x28, 0x28));
    for (const ChartChanges &chart : c.path.charts) {
        const int n = int(chart.values.size() + chart.dependencies.size());
        QTreeWidgetItem *node = add(root, tr("Chart %1").arg(chart.chart),
                                    !chart.problem.isEmpty() ? printableName(chart.problem, 300)
                                    : n == 0                 ? tr("nothing changes in values.yaml or dependencies")
                                                             : tr("%n change(s) for the operator", nullptr, n));
        for (const ValuesChange &v : chart.values) {
            const QString what = v.kind == ValuesChange::Kind::Added     ? tr("added, default %1").arg(printableName(v.to, 120))
                                 : v.kind == ValuesChange::Kind::Removed ? tr("removed (was %1)").arg(printableName(v.from, 120))
                                                                         : tr("default %1 → %2").arg(printableName(v.from, 120), printableName(v.to, 120));
            add(node, printableName(v.key, 120), what);
        }
        for (const DependencyChange &d : chart.dependencies)
            add(node, tr("dependency %1").arg(printableName(d.name, 80)),
                d.from.isEmpty() ? tr("added at %1").arg(d.to) : d.to.isEmpty() ? tr("removed (was %1)").arg(d.from) : tr("%1 → %2").arg(d.from, d.to));
    }
    m_path->expandAll();
    m_path->resizeColumnToContents(0);
    m_path->setColumnWidth(0, std::min(m_path->columnWidth(0) + 12, 380));
}

} // namespace ReleaseDeck
