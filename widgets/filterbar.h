#pragma once

#include <QWidget>

#include <functional>

class QAbstractButton;
class QCheckBox;
class QHBoxLayout;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace ReleaseDeck {

class VersionMatrixFilter;

// The bar above a table of releases: a filter, Problems only, the view's
// own buttons, and Copy as TSV, which Ctrl+C on the table does too.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString placeholder;  // in the empty filter
        QString filterName;   // the filter's accessible name
        QString problemsTip;  // what Problems only keeps
        QString problemsName; // its accessible name
    };

    FilterBar(QTableView *table, VersionMatrixFilter *proxy, const Texts &texts, QWidget *parent = nullptr);

    // A button of the view's own, placed before Copy as TSV.
    void addButton(QAbstractButton *button);
    // Tab goes from the bar's last button to `next`, the table below it.
    void setNextInTabOrder(QWidget *next);

    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    // Names a cell's state in the whole-table copy ("drift"), or "".
    void setStateText(std::function<QString(const QModelIndex &)> stateText) { m_stateText = std::move(stateText); }
    // Copy as TSV: the selected cells when they are more than one (the
    // current release's cell alone is no choice); else the whole table as
    // filtered. Ctrl+C copies even one selected cell.
    QString copiedText(bool oneCellIsASelection = false) const;
    void copySelection();
    void copyTable();

signals:
    // The filter changed what the table shows.
    void filterChanged();

private:
    QTableView *m_table;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    QAbstractButton *m_copy;
    QWidget *m_beforeCopy; // the last of the bar before Copy as TSV, in tab order
    QHBoxLayout *m_layout;
    std::function<QString(const QModelIndex &)> m_stateText;
};

} // namespace ReleaseDeck
