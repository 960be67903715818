#pragma once

#include "domain/verdict.h"
#include "review/review.h"
#include "review/whatif.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace ReleaseDeck {

// The weekly release review on the wall: the agenda, and for the chosen
// weeks the cadence, the stagger kept and the slips, lead time for changes,
// change failure and time to restore, customers by support; and the
// cadence what-if, each option's chart side by side. Built on a worker
// when the view is shown and the data changed.
class ReviewView : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewView(QWidget *parent = nullptr);
    ~ReviewView() override;

    void setVerdicts(const VerdictsPtr &verdicts);
    ReviewPtr review() const { return m_review; }
    const WhatIf *whatIf() const { return m_whatIf.get(); }
    QList<QChartView *> charts() const { return m_charts; }
    QList<QChartView *> whatIfCharts() const { return m_whatIfCharts; }
    QTextBrowser *agenda() const { return m_agenda; }
    QLabel *reasons() const { return m_reasons; }
    QTableWidget *whatIfTable() const { return m_whatIfTable; }
    QTabWidget *tabs() const { return m_tabs; }
    // Chooses the week under review (its Monday) and how many weeks.
    void setPeriod(const QDate &underReview, int weeks);

signals:
    void reviewReady();
    void whatIfReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void rebuildWhatIf();
    void showReview(const ReviewPtr &review);
    void showWhatIf(const std::shared_ptr<const WhatIf> &whatIf);
    void showReasons(int row);

    QComboBox *m_week;
    QSpinBox *m_weeks;
    QSpinBox *m_replayWeeks;
    QLabel *m_state;
    QTabWidget *m_tabs;
    QTextBrowser *m_agenda;
    QLabel *m_reasons;
    QList<QChartView *> m_charts;
    QList<QChartView *> m_whatIfCharts;
    QLabel *m_whatIfSummary;
    QTableWidget *m_whatIfTable;
    VerdictsPtr m_verdicts;
    ReviewPtr m_review;
    std::shared_ptr<const WhatIf> m_whatIf;
    bool m_stale = false;
    bool m_whatIfStale = false;
    int m_generation = 0;
    int m_whatIfGeneration = 0;
};

} // namespace ReleaseDeck
