#include "versionsview.h"

#include "reporttable.h"
#include "versionmatrixmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ReleaseDeck {

VersionsView::VersionsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new VersionMatrixModel(this))
    , m_proxy(new VersionMatrixFilter(this))
    , m_filter(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter versions, tags, commits…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the version matrix"));
    m_problemsOnly->setAccessibleName(tr("Show only versions with drift or missing parts"));
    m_problemsOnly->setToolTip(tr("Show only versions where something drifts or is missing"));
    auto *copy = new QPushButton(tr("&Copy as TSV"), this);
    copy->setToolTip(tr("Copy the selected cells, tab-separated, with their column titles (Ctrl+C)"));
    copy->setAccessibleName(tr("Copy selection as tab-separated values"));

    m_table->setModel(m_proxy);
    setUpReportTable(m_table, tr("Version matrix"));
    QAction *copyAction = addCopyAction(m_table);
    connect(copyAction, &QAction::triggered, this, &VersionsView::copySelection);
    connect(copy, &QPushButton::clicked, this, &VersionsView::copySelection);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_problemsOnly);
    bar->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
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
                    emit releaseSelected(current.data(VersionMatrixModel::ReleaseIndexRole).toInt());
            });
}

void VersionsView::setOverview(const OverviewPtr &overview)
{
    m_model->setOverview(overview);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 8, 260));
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
    m_summary->setText(tr("%1 of %n version(s) shown; %2 with drift or missing parts.", nullptr, m_model->rowCount())
                           .arg(m_proxy->rowCount())
                           .arg(problems));
}

QString VersionsView::selectionAsTsv() const
{
    return ReleaseDeck::selectionAsTsv(m_table);
}

void VersionsView::copySelection()
{
    const QString tsv = selectionAsTsv();
    if (!tsv.isEmpty())
        QApplication::clipboard()->setText(tsv);
}

} // namespace ReleaseDeck
