#pragma once

#include "domain/overview.h"
#include "domain/verdict.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ReleaseDeck {

class FilterBar;
class VersionMatrixFilter;
class VersionMatrixModel;

// The version matrix: every release against what each repository, image
// and chart says, with a filter, a problems-only switch and TSV copy.
class VersionsView : public QWidget
{
    Q_OBJECT

public:
    explicit VersionsView(QWidget *parent = nullptr);

    void setOverview(const OverviewPtr &overview);
    void setVerdicts(const VerdictsPtr &verdicts);
    void selectRelease(int release);

    QLineEdit *filterEdit() const;
    QCheckBox *problemsOnlyBox() const;
    QTableView *table() const { return m_table; }
    VersionMatrixModel *model() const { return m_model; }
    // The selected cells as tab-separated lines with a header row.
    QString selectionAsTsv() const;
    // What Copy as TSV copies: the selection, or with nothing selected the
    // whole table as filtered, each cell with its state.
    QString copiedText() const;

public slots:
    void copySelection();

signals:
    void releaseSelected(int release);

private:
    void updateSummary();

    VersionMatrixModel *m_model;
    VersionMatrixFilter *m_proxy;
    QTableView *m_table;
    FilterBar *m_bar;
    QLabel *m_summary;
};

} // namespace ReleaseDeck
