#include "frozentableview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace ReleaseDeck {

FrozenTableView::FrozenTableView(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setAccessibleName(tr("Frozen first column"));
    viewport()->stackUnder(m_frozen);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == 0) {
            m_frozen->setColumnWidth(0, size);
            updateFrozenGeometry();
        }
    });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
}

void FrozenTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenTableView::showFirstColumnOnly);
        connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenTableView::showFirstColumnOnly);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FrozenTableView::showFirstColumnOnly);
    }
    showFirstColumnOnly();
}

void FrozenTableView::showFirstColumnOnly()
{
    // The first view's look, kept in step: row heights, icons, wrapping.
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setDefaultAlignment(horizontalHeader()->defaultAlignment());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setIconSize(iconSize());
    m_frozen->setWordWrap(wordWrap());
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setItemDelegate(itemDelegate());
    const int columns = model() ? model()->columnCount() : 0;
    for (int c = 1; c < columns; ++c)
        m_frozen->setColumnHidden(c, true);
    m_frozen->setVisible(columns > 0);
    if (columns > 0)
        m_frozen->setColumnWidth(0, columnWidth(0));
    updateFrozenGeometry();
}

void FrozenTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenTableView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

void FrozenTableView::updateFrozenGeometry()
{
    if (!m_frozen)
        return;
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry((verticalHeader()->isVisible() ? verticalHeader()->width() : 0) + frameWidth(), frameWidth(),
                          columnWidth(0),
                          viewport()->height() + horizontalHeader()->height());
}

QModelIndex FrozenTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Moving left onto a cell under the frozen column scrolls it out.
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Home goes to the row's start: the table's start too, not only the
    // frozen cell that is always in view.
    if (cursorAction == MoveHome && current.column() == 0) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
        return current;
    }
    if (cursorAction == MoveLeft && current.column() > 0
        && visualRect(current).topLeft().x() < m_frozen->columnWidth(0)) {
        const int newValue = horizontalScrollBar()->value() + visualRect(current).topLeft().x() - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

void FrozenTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // The first column is always in view: scrolling to it moves only rows.
    if (index.column() > 0) {
        QTableView::scrollTo(index, hint);
        // Not left under the frozen column: its start in view beside it.
        const int hidden = m_frozen->columnWidth(0) - visualRect(index).left();
        if (hidden > 0)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hidden);
        return;
    }
    const int sideways = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    horizontalScrollBar()->setValue(sideways);
}

} // namespace ReleaseDeck
