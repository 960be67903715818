#include "reporttable.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <map>

namespace ReleaseDeck {

void setUpReportTable(QTableView *table, const QString &accessibleName)
{
    table->setTabKeyNavigation(false); // Tab moves on to the next control
    table->setAccessibleName(accessibleName);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setAlternatingRowColors(false);
    table->setWordWrap(false);
    table->setIconSize(QSize(14, 14));
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setResizeContentsPrecision(64);
}

QAction *addCopyAction(QTableView *table)
{
    auto *copy = new QAction(QCoreApplication::translate("ReleaseDeck::ReportTable", "Copy"), table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(copy);
    return copy;
}

void selectReleaseRow(QTableView *table, const QSortFilterProxyModel *proxy, const QAbstractItemModel *source, int release)
{
    if (release < 0 || release >= source->rowCount())
        return;
    const QModelIndex at = proxy->mapFromSource(source->index(release, 0));
    if (!at.isValid() || table->currentIndex().row() == at.row())
        return;
    QSignalBlocker block(table->selectionModel());
    table->setCurrentIndex(at);
    table->scrollTo(at);
}

QString selectionAsTsv(const QTableView *table)
{
    const QModelIndexList selected = table->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return QString();
    std::map<int, std::map<int, QString>> grid; // row → column → text
    std::map<int, bool> columns;
    for (const QModelIndex &i : selected) {
        grid[i.row()][i.column()] = i.data().toString();
        columns[i.column()] = true;
    }
    auto clean = [](QString s) { return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QStringList lines;
    QStringList header;
    for (const auto &[c, _] : columns)
        header.append(clean(table->model()->headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char('\t')));
    for (const auto &[r, cells] : grid) {
        QStringList line;
        for (const auto &[c, _] : columns) {
            auto it = cells.find(c);
            line.append(it == cells.end() ? QString() : clean(it->second));
        }
        lines.append(line.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString tableAsTsv(const QTableView *table, const std::function<QString(const QModelIndex &)> &stateText)
{
    const QAbstractItemModel *model = table->model();
    if (!model || model->rowCount() == 0)
        return QString();
    auto clean = [](QString s) { return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (!table->isColumnHidden(c))
            columns.append(c);
    }
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(columns))
        header.append(clean(model->headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char('\t')));
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList line;
        for (int c : std::as_const(columns)) {
            const QModelIndex i = model->index(r, c);
            const QString state = stateText ? stateText(i) : QString();
            QString text = clean(i.data().toString());
            if (!state.isEmpty())
                text += QStringLiteral(" (%1)").arg(state);
            line.append(text);
        }
        lines.append(line.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ReleaseDeck
