#include "registryview.h"

#include "filterbar.h"
#include "itemmodels/registrymodel.h"
#include "reporttable.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ReleaseDeck {

RegistryView::RegistryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RegistryModel(this))
    , m_proxy(new VersionMatrixFilter(this))
    , m_table(new QTableView(this))
    , m_bar(new FilterBar(m_table, m_proxy,
                          {tr("Filter versions, commits, digests…"), tr("Filter the registry table"),
                           tr("Show only releases with a missing artifact or one that disagrees with git"),
                           tr("Show only releases with missing or disagreeing artifacts")},
                          this))
    , m_checkAgain(new QPushButton(tr("Check a&gain"), this))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_checkAgain->setToolTip(tr("Ask the registries again (Ctrl+Shift+R)"));
    m_checkAgain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_bar->addButton(m_checkAgain);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Registry check summary"));
    m_summary->setWordWrap(true); // a long summary wraps instead of widening the window
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fff3d6; color: #5c3b00; border: 1px solid #e0b252;"
                                             " border-radius: 3px; padding: 4px 6px; }"));
    m_problems->hide();

    m_table->setModel(m_proxy);
    setUpReportTable(m_table, tr("Registry contents by release"));
    connect(m_checkAgain, &QPushButton::clicked, this, &RegistryView::checkRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_table, 1);
    m_bar->setNextInTabOrder(m_table);

    connect(m_bar, &FilterBar::filterChanged, this, &RegistryView::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit releaseSelected(current.data(RegistryModel::ReleaseIndexRole).toInt());
            });
}

QLineEdit *RegistryView::filterEdit() const
{
    return m_bar->filterEdit();
}

QCheckBox *RegistryView::problemsOnlyBox() const
{
    return m_bar->problemsOnlyBox();
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

void RegistryView::setVerdicts(const VerdictsPtr &verdicts)
{
    m_model->setVerdicts(verdicts);
    m_table->setColumnWidth(RegistryModel::VerdictColumn, 240);
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
    parts.append(tr("%1 of %Ln artifact(s) due are present", nullptr, required).arg(QLocale().toString(present)));
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
    m_bar->copySelection();
}

} // namespace ReleaseDeck
