#pragma once

#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QHBoxLayout;
class QLineEdit;
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
    void copySelection();

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
};

} // namespace ReleaseDeck
