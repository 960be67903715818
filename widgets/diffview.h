#pragma once

#include "domain/overview.h"
#include "git/mappingdiff.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace ReleaseDeck {

class CommitListModel;
class MappingDiffModel;

// Two versions side by side: per repository, chart and image, the tags,
// commits, versions and image tags on each side and the commits between.
// The commits are read on a worker thread.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    void setOverview(const OverviewPtr &overview);
    void setVersions(const QString &left, const QString &right);

    QComboBox *leftBox() const { return m_left; }
    QComboBox *rightBox() const { return m_right; }
    QTableView *rowsTable() const { return m_rows; }
    QTableView *commitsTable() const { return m_commits; }
    MappingDiffModel *model() const { return m_model; }
    CommitListModel *commitModel() const { return m_commitModel; }
    bool isComputing() const;
    QString commitsAsText() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *notes() const { return m_notes; }
    QLabel *rowNotesLabel() const { return m_rowNotes; }
    // The release notes from the left version to the right, as Markdown.
    QString notesMarkdown() const { return m_notesMarkdown; }

public slots:
    void compare();
    void swapSides();
    void copyCommits();

signals:
    void computed();
    void notesReady();

private:
    void fitColumns();
    void showCommitsOf(int row);
    void readNotes();

    OverviewPtr m_overview;
    QComboBox *m_left;
    QComboBox *m_right;
    QLabel *m_status;
    QLabel *m_rowNotes; // the current row's notes in full
    bool m_pairChosen = false; // the user picked the sides: kept across rescans
    QTableView *m_rows;
    QTableView *m_commits;
    MappingDiffModel *m_model;
    CommitListModel *m_commitModel;
    QFutureWatcher<QList<DiffRow>> *m_watcher = nullptr;
    std::shared_ptr<ScanControl> m_control;
    QTabWidget *m_tabs;
    QTextBrowser *m_notes;
    QString m_notesMarkdown;
    int m_notesGeneration = 0;
    bool m_notesStale = true;
};

} // namespace ReleaseDeck
