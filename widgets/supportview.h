#pragma once

#include "domain/overview.h"
#include "session/supportreport.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace ReleaseDeck {

// Support at a glance, for support engineers and the review meeting: each
// release line's status and until when, each customer's version, status,
// target, next change window and warning, and for the selected customer
// the upgrade path with its required stops and what changes in each
// chart. The report is built on a worker (it reads the customers file and
// the charts repository); the view shows it when it comes.
class SupportView : public QWidget
{
    Q_OBJECT

public:
    explicit SupportView(QWidget *parent = nullptr);
    ~SupportView() override;

    void setOverview(const OverviewPtr &overview, const QDateTime &now);

    SupportReportPtr report() const { return m_report; }
    QTableView *linesTable() const { return m_lines; }
    QTableView *customersTable() const { return m_customers; }
    QTreeWidget *pathTree() const { return m_path; }
    QString summaryText() const;
    // Makes a customer current by name; false when there is none.
    bool selectCustomer(const QString &name);

signals:
    void reportReady();               // a new report is shown
    void releaseSelected(int release); // a customer's version, for the other views

private:
    void showReport(const SupportReportPtr &report);
    void showPath(int row);

    QLabel *m_summary;
    QLabel *m_problems;
    QStandardItemModel *m_lineModel;
    QStandardItemModel *m_customerModel;
    QTableView *m_lines;
    QTableView *m_customers;
    QTreeWidget *m_path;
    OverviewPtr m_overview;
    SupportReportPtr m_report;
    int m_generation = 0;
    bool m_filling = false; // the report is being shown: no selection goes out
};

} // namespace ReleaseDeck
