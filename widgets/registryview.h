#pragma once

#include "domain/artifactcheck.h"
#include "domain/overview.h"
#include "domain/verdict.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ReleaseDeck {

class FilterBar;
class RegistryModel;
class VersionMatrixFilter;

// What the registries hold for every release: each image and chart,
// present or missing, its digest and revision label, and whether that
// agrees with git. The check runs on a worker; this shows its progress
// and its report.
class RegistryView : public QWidget
{
    Q_OBJECT

public:
    explicit RegistryView(QWidget *parent = nullptr);

    void setOverview(const OverviewPtr &overview);
    void setReport(const RegistryReportPtr &report);
    void setVerdicts(const VerdictsPtr &verdicts);
    void setProgress(int done, int total);
    void setCancelled();
    void selectRelease(int release);

    RegistryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const;
    QCheckBox *problemsOnlyBox() const;
    QPushButton *checkAgainButton() const { return m_checkAgain; }
    QString summaryText() const;

public slots:
    void copySelection();

signals:
    void releaseSelected(int release);
    void checkRequested();

private:
    void updateSummary();

    RegistryModel *m_model;
    VersionMatrixFilter *m_proxy;
    QTableView *m_table;
    FilterBar *m_bar;
    QPushButton *m_checkAgain;
    QLabel *m_summary;
    QLabel *m_problems;
    QString m_progress;
};

} // namespace ReleaseDeck
