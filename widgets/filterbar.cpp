#include "filterbar.h"

#include "itemmodels/versionmatrixmodel.h"
#include "reporttable.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace ReleaseDeck {

FilterBar::FilterBar(QTableView *table, VersionMatrixFilter *proxy, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_filter(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_copy(new QPushButton(tr("&Copy as TSV"), this))
    , m_beforeCopy(m_problemsOnly)
    , m_layout(new QHBoxLayout(this))
{
    m_filter->setPlaceholderText(texts.placeholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(texts.filterName);
    m_problemsOnly->setToolTip(texts.problemsTip);
    m_problemsOnly->setAccessibleName(texts.problemsName);
    QAbstractButton *copy = m_copy;
    copy->setToolTip(tr("Copy the table as filtered, tab-separated, each cell with its state; with several cells "
                        "selected, those cells. Ctrl+C copies the selected cells."));
    copy->setAccessibleName(tr("Copy as tab-separated values"));
    QAction *copyAction = addCopyAction(table);
    connect(copyAction, &QAction::triggered, this, &FilterBar::copySelection);
    connect(copy, &QPushButton::clicked, this, &FilterBar::copyTable);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_filter, 1);
    m_layout->addWidget(m_problemsOnly);
    m_layout->addWidget(copy);
    setTabOrder(m_filter, m_problemsOnly);
    setTabOrder(m_problemsOnly, copy);

    connect(m_filter, &QLineEdit::textChanged, this, [this, proxy](const QString &t) {
        proxy->setText(t);
        emit filterChanged();
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this, proxy](bool on) {
        proxy->setProblemsOnly(on);
        emit filterChanged();
    });
}

void FilterBar::addButton(QAbstractButton *button)
{
    m_layout->insertWidget(m_layout->count() - 1, button);
    setTabOrder(m_beforeCopy, button);
    setTabOrder(button, m_copy);
    m_beforeCopy = button;
}

void FilterBar::setNextInTabOrder(QWidget *next)
{
    setTabOrder(m_copy, next);
}

QString FilterBar::copiedText(bool oneCellIsASelection) const
{
    const qsizetype selected = m_table->selectionModel()->selectedIndexes().size();
    if (selected > 1 || (selected == 1 && oneCellIsASelection))
        return selectionAsTsv(m_table);
    return tableAsTsv(m_table, m_stateText);
}

void FilterBar::copyTable()
{
    const QString tsv = copiedText(false);
    if (!tsv.isEmpty())
        QApplication::clipboard()->setText(tsv);
}

void FilterBar::copySelection()
{
    const QString tsv = copiedText(true);
    if (!tsv.isEmpty())
        QApplication::clipboard()->setText(tsv);
}

} // namespace ReleaseDeck
