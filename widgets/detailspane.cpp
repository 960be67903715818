#include "detailspane.h"

#include "itemmodels/releasedetailsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ReleaseDeck {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_model(new ReleaseDetailsModel(this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setText(tr("No release selected"));
    m_title->setAccessibleName(tr("Selected release"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the details as text"));
    copy->setAccessibleName(tr("Copy the release details"));

    m_tree->setModel(m_model);
    m_tree->setTabKeyNavigation(false); // Tab moves on to the next control
    m_tree->setAccessibleName(tr("Release details"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    auto *copyAction = new QAction(tr("Copy"), m_tree);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &DetailsPane::copyAll);
    connect(copy, &QToolButton::clicked, this, &DetailsPane::copyAll);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
}

void DetailsPane::setRelease(const OverviewPtr &overview, int release, const QDateTime &now)
{
    m_model->setRelease(overview, release, now);
    m_title->setText(m_model->release() >= 0 ? m_model->title() : tr("No release selected"));
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

void DetailsPane::setVerdicts(const VerdictsPtr &verdicts)
{
    m_model->setVerdicts(verdicts);
    m_tree->expandAll();
}

void DetailsPane::copyAll()
{
    const QString text = m_model->toPlainText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(m_model->title() + QLatin1Char('\n') + text + QLatin1Char('\n'));
}

} // namespace ReleaseDeck
