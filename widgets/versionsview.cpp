#include "versionsview.h"

#include "filterbar.h"
#include "frozentableview.h"
#include "itemmodels/versionmatrixmodel.h"
#include "reporttable.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ReleaseDeck {

VersionsView::VersionsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new VersionMatrixModel(this))
    , m_proxy(new VersionMatrixFilter(this))
    , m_table(new FrozenTableView(this))
    , m_bar(new FilterBar(m_table, m_proxy,
                          {tr("Filter versions, tags, commits…"), tr("Filter the version matrix"),
                           tr("Show only versions where something drifts or is missing"),
                           tr("Show only versions with drift or missing parts")},
                          this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    setUpReportTable(m_table, tr("Version matrix"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_bar->setNextInTabOrder(m_table);
    m_bar->setStateText([this](const QModelIndex &i) {
        // "Why listed" names the states itself.
        if (i.column() == VersionMatrixModel::kVerdictColumn && m_bar->problemsOnlyBox()->isChecked())
            return QString();
        return VersionMatrix::stateName(MatrixCell::State(i.data(VersionMatrixModel::StateRole).toInt()));
    });
    // Listed for a problem: the verdict column says which.
    connect(m_bar->problemsOnlyBox(), &QCheckBox::toggled, this, [this](bool on) {
        m_model->setExplainProblems(on);
        if (on)
            m_table->resizeColumnToContents(VersionMatrixModel::kVerdictColumn);
        m_table->setColumnWidth(VersionMatrixModel::kVerdictColumn,
                                on ? std::min(m_table->columnWidth(VersionMatrixModel::kVerdictColumn) + 8, 420) : 260);
    });

    connect(m_bar, &FilterBar::filterChanged, this, &VersionsView::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit releaseSelected(current.data(VersionMatrixModel::ReleaseIndexRole).toInt());
            });
}

QLineEdit *VersionsView::filterEdit() const
{
    return m_bar->filterEdit();
}

QCheckBox *VersionsView::problemsOnlyBox() const
{
    return m_bar->problemsOnlyBox();
}

void VersionsView::setOverview(const OverviewPtr &overview)
{
    m_model->setOverview(overview);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 8, 260));
    // The verdict comes after the registry check: room for a short line.
    if (m_model->columnCount() > VersionMatrixModel::kVerdictColumn)
        m_table->setColumnWidth(VersionMatrixModel::kVerdictColumn, m_bar->problemsOnlyBox()->isChecked() ? 420 : 260);
    updateSummary();
}

void VersionsView::setVerdicts(const VerdictsPtr &verdicts)
{
    m_model->setVerdicts(verdicts);
    updateSummary();
}

void VersionsView::selectRelease(int release)
{
    selectReleaseRow(m_table, m_proxy, m_model, release);
}

void VersionsView::updateSummary()
{
    int problems = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(VersionMatrixModel::RowHasProblemRole).toBool())
            ++problems;
    }
    m_summary->setText(tr("%1 of %n version(s) shown; %2 with problems.", nullptr, m_model->rowCount())
                           .arg(m_proxy->rowCount())
                           .arg(problems));
}

QString VersionsView::selectionAsTsv() const
{
    return ReleaseDeck::selectionAsTsv(m_table);
}

QString VersionsView::copiedText() const
{
    return m_bar->copiedText(false);
}

void VersionsView::copySelection()
{
    m_bar->copySelection();
}

} // namespace ReleaseDeck
