#pragma once

#include <functional>

#include <QString>

class QAbstractItemModel;
class QAction;
class QSortFilterProxyModel;
class QModelIndex;
class QTableView;

namespace ReleaseDeck {

// A table of releases as the report views show them: cell selection,
// Tab leaving the table, compact rows, left-aligned titles, widths from
// the first rows only so a large workspace shows at once.
void setUpReportTable(QTableView *table, const QString &accessibleName);
// Ctrl+C on the table; connect its triggered() to the view's copy.
QAction *addCopyAction(QTableView *table);

// Makes the row of a release (source row = release index) current, without
// signalling it back, and scrolls to it; a row filtered out is left alone.
void selectReleaseRow(QTableView *table, const QSortFilterProxyModel *proxy, const QAbstractItemModel *source,
                      int release);

// The selected cells of a table as tab-separated lines under a row of
// their column titles, for pasting into a spreadsheet or a chat.
QString selectionAsTsv(const QTableView *table);
// Every row the table shows (as filtered) and every column it does not
// hide, under their titles; `stateText`, when given, names each cell's
// state after its text: "296038cc (drift)".
QString tableAsTsv(const QTableView *table, const std::function<QString(const QModelIndex &)> &stateText = {});

} // namespace ReleaseDeck
