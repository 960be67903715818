#include "registryview.h"

#include "registrymodel.h"
#include "reporttable.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ReleaseDeck {

RegistryView::RegistryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RegistryModel(this))
    , m_proxy(new VersionMatrixFilter(this))
    , m_filter(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_checkAgain(new QPushButton(tr("Check a&gain"), this))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter versions, commits, digests…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the registry table"));
    m_problemsOnly->setToolTip(tr("Show only releases with a missing artifact or one that disagrees with git"));
    m_problemsOnly->setAccessibleName(tr("Show only releases with missing or disagreeing artifacts"));
    m_checkAgain->setToolTip(tr("Ask the registries again (Ctrl+Shift+R)"));
    m_checkAgain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    auto *copy = new QPushButton(tr("&Copy as TSV"), this);
    copy->setToolTip(tr("Copy the selected cells, tab-separated, with their column titles (Ctrl+C)"));
    copy->setAccessibleName(tr("Copy selection as tab-separated values"));

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Registry check summary"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fff3d6; color: #5c3b00; border: 1px solid #e0b252;"
                                             " border-radius: 3px; padding: 4px 6px; }"));
    m_problems->hide();

    m_table->setModel(m_proxy);
    setUpReportTable(m_table, tr("Registry contents by release"));
    QAction *copyAction = addCopyAction(m_table);
    connect(copyAction, &QAction::triggered, this, &RegistryView::copySelection);
    connect(copy, &QPushButton::clicked, this, &RegistryView::copySelection);
    connect(m_checkAgain, &QPushButton::clicked, this, &RegistryView::checkRequested);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_problemsOnly);
    bar->addWidget(m_checkAgain);
    bar->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setText(t);
        updateSummary();
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setProblemsOnly(on);
        updateSummary();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit releaseSelected(current.data(RegistryModel::ReleaseIndexRole).toInt());
            });
}

void RegistryView::setOverview(const OverviewPtr &overview)
{
    m_model->setOverview(overview);
    m_progress = tr("Checking the registries…");
    m_problems->hide();
    m_table->resizeColumnsToContents();
    updateSummary();
}

void RegistryView::setReport(const RegistryReportPtr &report)
{
    m_model->setReport(report);
    m_progress.clear();
    const QStringList problems = report ? report->problems : QStringList();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, 220));
    updateSummary();
}

void RegistryView::setProgress(int done, int total)
{
    m_progress = tr("Checking the registries… %1 of %2").arg(done).arg(total);
    updateSummary();
}

void RegistryView::setCancelled()
{
    if (m_model->report())
        return;
    m_progress = tr("The registry check was cancelled. Check again to finish it.");
    updateSummary();
}

void RegistryView::selectRelease(int release)
{
    selectReleaseRow(m_table, m_proxy, m_model, release);
}

QString RegistryView::summaryText() const
{
    return m_summary->text();
}

void RegistryView::updateSummary()
{
    const RegistryReportPtr report = m_model->report();
    if (!m_progress.isEmpty() || !report) {
        m_summary->setText(m_progress);
        return;
    }
    int required = 0, present = 0, missing = 0, mismatched = 0, unknown = 0, releasesWithProblems = 0;
    for (const Completeness &c : report->completeness) {
        required += c.required;
        present += c.present;
        unknown += c.unknown;
        if (c.problems > 0)
            ++releasesWithProblems;
    }
    for (int i = 0; i < report->status.size(); ++i) {
        if (report->status.at(i).state == ArtifactStatus::State::Missing)
            ++missing;
        else if (report->status.at(i).state == ArtifactStatus::State::Mismatch)
            ++mismatched;
    }
    QStringList parts;
    parts.append(tr("Checked %1").arg(QLocale().toString(report->checkedAt.toLocalTime().time(), QLocale::ShortFormat)));
    parts.append(tr("%1 of %2 artifacts due are present").arg(present).arg(required));
    if (missing)
        parts.append(tr("%n missing", nullptr, missing));
    if (mismatched)
        parts.append(tr("%n disagree with git", nullptr, mismatched));
    if (unknown)
        parts.append(tr("%n not checked", nullptr, unknown));
    if (m_proxy->rowCount() != m_model->rowCount())
        parts.append(tr("%1 of %n releases shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    else if (releasesWithProblems)
        parts.append(tr("%n release(s) with problems", nullptr, releasesWithProblems));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void RegistryView::copySelection()
{
    const QString tsv = selectionAsTsv(m_table);
    if (!tsv.isEmpty())
        QApplication::clipboard()->setText(tsv);
}

} // namespace ReleaseDeck
