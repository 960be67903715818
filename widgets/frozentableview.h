#pragma once

#include <QTableView>

namespace ReleaseDeck {

// A table whose first column stays in place while the others scroll
// sideways: a second view over the first column, sharing the model, the
// selection and the vertical scrolling (after Qt's Frozen Column example).
class FrozenTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QTableView *frozenView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void showFirstColumnOnly();
    void updateFrozenGeometry();

    QTableView *m_frozen;
};

} // namespace ReleaseDeck
