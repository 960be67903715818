#pragma once

#include "domain/snapshot.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QSortFilterProxyModel;

namespace ReleaseDeck {

class SnapshotTableModel;

// The scan as tables: release tags, chart releases, image references and
// problems, with one filter box over all of them.
class ScanView : public QWidget
{
    Q_OBJECT

public:
    explicit ScanView(QWidget *parent = nullptr);

    void setSnapshot(const WorkspaceSnapshot &snapshot);
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTableView *addTable(SnapshotTableModel *model, const QString &title, const QString &accessibleName);
    void updateTitles();

    QLabel *m_summary;
    QLineEdit *m_filter;
    QTabWidget *m_tabs;
    QList<SnapshotTableModel *> m_models;
    QList<QSortFilterProxyModel *> m_proxies;
    QStringList m_titles;
};

} // namespace ReleaseDeck
