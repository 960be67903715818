#include "diffview.h"

#include "review/releasenotes.h"
#include "review/reviewtext.h"

#include "itemmodels/mappingdiffmodel.h"
#include "platform/workers.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QGuiApplication>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ReleaseDeck {

namespace {

void setUpTable(QTableView *t)
{
    t->setTabKeyNavigation(false); // Tab moves on to the next control
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->setIconSize(QSize(14, 14));
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_left(new QComboBox(this))
    , m_right(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_rowNotes(new QLabel(this))
    , m_rows(new QTableView(this))
    , m_commits(new QTableView(this))
    , m_model(new MappingDiffModel(this))
    , m_commitModel(new CommitListModel(this))
    , m_tabs(new QTabWidget(this))
    , m_notes(new QTextBrowser(this))
{
    m_left->setAccessibleName(tr("Left version"));
    m_right->setAccessibleName(tr("Right version"));
    m_left->view()->setAccessibleName(tr("Versions for the left side"));
    m_right->view()->setAccessibleName(tr("Versions for the right side"));
    // As wide as a version, not as the longest of thousands.
    for (QComboBox *box : {m_left, m_right}) {
        box->setMinimumContentsLength(14);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    // A long status wraps rather than widening the view past the docks.
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(120);
    auto *swap = new QPushButton(tr("S&wap"), this);
    swap->setToolTip(tr("Swap the left and right versions"));
    auto *copy = new QPushButton(tr("C&opy commits"), this);
    copy->setToolTip(tr("Copy the commits of the selected row as text"));
    auto *leftLabel = new QLabel(tr("&Left:"), this);
    leftLabel->setBuddy(m_left);
    auto *rightLabel = new QLabel(tr("&Right:"), this);
    rightLabel->setBuddy(m_right);

    m_rows->setModel(m_model);
    m_rows->setAccessibleName(tr("Mapping differences"));
    setUpTable(m_rows);
    m_commits->setModel(m_commitModel);
    m_commits->setAccessibleName(tr("Commits between the two sides"));
    setUpTable(m_commits);
    m_commits->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *copyAction = new QAction(tr("Copy"), m_commits);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_commits->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &DiffView::copyCommits);

    auto *bar = new QHBoxLayout;
    bar->addWidget(leftLabel);
    bar->addWidget(m_left);
    bar->addWidget(swap);
    bar->addWidget(rightLabel);
    bar->addWidget(m_right);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(copy);
    // The selected row's notes in full: the column shows their start.
    m_rowNotes->setWordWrap(true);
    m_rowNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowNotes->setAccessibleName(tr("Notes of the selected component"));
    m_rowNotes->hide();
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_rowNotes);
    lowerLayout->addWidget(m_commits, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_rows);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // Release notes from the left version to the right: commits by type,
    // images, chart changes; read on a worker when the tab is shown.
    auto *notesPage = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    m_notes->setAccessibleName(tr("Release notes between the two versions"));
    m_notes->setOpenLinks(false);
    auto *copyNotes = new QPushButton(tr("Copy as &Markdown"), notesPage);
    copyNotes->setToolTip(tr("Copy the release notes as Markdown"));
    connect(copyNotes, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_notesMarkdown); });
    auto *notesBar = new QHBoxLayout;
    notesBar->addStretch(1);
    notesBar->addWidget(copyNotes);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addLayout(notesBar);
    m_tabs->addTab(split, tr("&Mapping"));
    m_tabs->addTab(notesPage, tr("&Notes"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_notesStale)
            readNotes();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_left, &QComboBox::currentIndexChanged, this, &DiffView::compare);
    connect(m_right, &QComboBox::currentIndexChanged, this, &DiffView::compare);
    // Picked by hand, the pair stays; else it follows the newest releases.
    connect(m_left, &QComboBox::activated, this, [this] { m_pairChosen = true; });
    connect(m_right, &QComboBox::activated, this, [this] { m_pairChosen = true; });
    connect(swap, &QPushButton::clicked, this, [this] { m_pairChosen = true; });
    connect(swap, &QPushButton::clicked, this, &DiffView::swapSides);
    connect(copy, &QPushButton::clicked, this, &DiffView::copyCommits);
    connect(m_rows->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCommitsOf(current.row()); });
}

DiffView::~DiffView()
{
    if (m_control)
        m_control->cancel();
}

void DiffView::setOverview(const OverviewPtr &overview)
{
    const QString left = m_left->currentText();
    const QString right = m_right->currentText();
    m_overview = overview;
    QStringList versions;
    if (overview) {
        for (const TrainRelease &r : overview->train.releases())
            versions.prepend(r.text()); // newest first
    }
    {
        QSignalBlocker a(m_left), b(m_right);
        m_left->clear();
        m_right->clear();
        m_left->addItems(versions);
        m_right->addItems(versions);
    }
    if (m_pairChosen && versions.contains(left) && versions.contains(right)) {
        setVersions(left, right);
    } else if (versions.size() >= 2) {
        // The newest release against the one before it: what the train
        // shipped last, following each new release.
        m_pairChosen = false;
        setVersions(versions[1], versions[0]);
    } else {
        compare();
    }
}

void DiffView::setVersions(const QString &left, const QString &right)
{
    {
        QSignalBlocker a(m_left), b(m_right);
        m_left->setCurrentText(left);
        m_right->setCurrentText(right);
    }
    compare();
}

bool DiffView::isComputing() const
{
    return m_watcher && !m_watcher->isFinished();
}

void DiffView::swapSides()
{
    setVersions(m_right->currentText(), m_left->currentText());
}

void DiffView::compare()
{
    if (m_control)
        m_control->cancel();
    if (m_watcher) {
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        if (m_watcher->isFinished())
            m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_commitModel->setCommits({});
    const auto left = Version::parse(m_left->currentText());
    const auto right = Version::parse(m_right->currentText());
    if (!m_overview || !left || !right) {
        m_model->setRows({});
        m_status->clear();
        return;
    }
    m_notesStale = true;
    if (m_tabs->currentIndex() == 1)
        readNotes();
    // The sides come from the snapshot at once; the commits follow from a worker.
    const QList<DiffRow> rows = MappingDiff::plan(*m_overview, *left, *right);
    m_model->setRows(rows);
    fitColumns();
    m_status->setText(tr("Reading commits…"));
    auto control = std::make_shared<ScanControl>();
    m_control = control;
    m_watcher = new QFutureWatcher<QList<DiffRow>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QList<DiffRow> done = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        const int current = std::max(0, m_rows->currentIndex().row());
        m_model->setRows(done);
        fitColumns();
        int flagged = 0;
        for (const DiffRow &r : done)
            flagged += !r.left.flag.isEmpty() || !r.right.flag.isEmpty();
        QString text = flagged ? tr("%n row(s) flagged: a commit id that is not the release it claims.", nullptr, flagged)
                               : tr("%n component(s) compared.", nullptr, int(done.size()));
        if (m_left->currentText() == m_right->currentText())
            text = tr("One version: each image's release tag (left) against what the charts deploy (right). ") + text;
        m_status->setText(text);
        if (!done.isEmpty())
            m_rows->setCurrentIndex(m_model->index(std::min(current, int(done.size()) - 1), 0));
        emit computed();
    });
    m_watcher->setFuture(QtConcurrent::run(workers(), [rows, control] { return MappingDiff::compute(rows, 500, control.get()); }));
}

void DiffView::fitColumns()
{
    // Notes can be long: the column takes what is left, elided, with the
    // whole text on hover and above the commits.
    m_rows->resizeColumnsToContents();
    m_rows->setColumnWidth(MappingDiffModel::Notes, std::min(m_rows->columnWidth(MappingDiffModel::Notes), 320));
}

void DiffView::showCommitsOf(int row)
{
    if (row < 0 || row >= m_model->rows().size()) {
        m_commitModel->setCommits({});
        m_rowNotes->hide();
        return;
    }
    m_commitModel->setCommits(m_model->rows()[row].range.commits);
    m_commits->resizeColumnsToContents();
    const QString notes = m_model->notes(m_model->rows()[row]);
    m_rowNotes->setText(notes.isEmpty() ? QString() : tr("%1: %2").arg(m_model->text(m_model->rows()[row], MappingDiffModel::Component), notes));
    m_rowNotes->setVisible(!notes.isEmpty());
}

QString DiffView::commitsAsText() const
{
    QModelIndexList rows = m_commits->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    const QList<CommitLine> &commits = m_commitModel->commits();
    if (rows.isEmpty()) {
        for (const CommitLine &c : commits)
            lines.append(QStringLiteral("%1 %2").arg(c.id.left(10), c.subject));
    } else {
        for (const QModelIndex &i : rows)
            lines.append(QStringLiteral("%1 %2").arg(commits[i.row()].id.left(10), commits[i.row()].subject));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DiffView::copyCommits()
{
    const QString text = commitsAsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void DiffView::readNotes()
{
    auto left = Version::parse(m_left->currentText());
    auto right = Version::parse(m_right->currentText());
    if (!m_overview || !left || !right)
        return;
    m_notesStale = false;
    if (Version::compare(*left, *right) > 0)
        std::swap(left, right);
    const int generation = ++m_notesGeneration;
    m_notes->setPlainText(tr("Reading the commits from %1 to %2…").arg(left->toString(), right->toString()));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_notesGeneration)
            return;
        m_notesMarkdown = watcher->result();
        m_notes->setMarkdown(m_notesMarkdown);
        emit notesReady();
    });
    // The same version on both sides: its own notes, since the release before it.
    const std::optional<Version> from = Version::compare(*left, *right) == 0 ? std::nullopt : left;
    watcher->setFuture(QtConcurrent::run(workers(), [overview = m_overview, version = *right, from] {
        return ReviewText::notesMarkdown(ReleaseNotes::build(*overview, version, from));
    }));
}

} // namespace ReleaseDeck
