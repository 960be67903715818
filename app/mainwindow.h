#pragma once

#include "domain/artifactcheck.h"
#include "domain/overview.h"
#include "domain/verdict.h"
#include "ops/operation.h"
#include "platform/eachturn.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>
#include <optional>

class QActionGroup;
class QDialog;
class QDockWidget;
class QMenu;
class QMessageBox;
class QStackedWidget;

namespace ReleaseDeck {

class DetailsPane;
class DiffView;
class PipelineView;
class RegistryView;
class ScanStatus;
class ScanView;
class StagingPanel;
class StatePage;
class SupportView;
class ReviewView;
class VersionsView;
class WorkspaceSession;

// A thin shell: creates the views and connects them to the workspace
// session, and the menu actions to the session and the plans.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the given workspace, else the last one, else the demo workspace
    // (written on a worker thread the first time).
    void openInitialWorkspace(const QString &file);
    void openWorkspace(const QString &file);

    enum class View { Pipeline, Versions, Registry, Diff, ScanData, Support, Review };
    void showView(View view);
    View currentView() const;

    WorkspaceSession *session() const { return m_session; }
    QString workspaceFile() const;
    QString statusMessage() const;
    OverviewPtr overview() const { return m_overview; }
    VerdictsPtr verdicts() const { return m_verdicts; }
    ScanView *scanView() const { return m_view; }
    PipelineView *pipelineView() const { return m_pipeline; }
    VersionsView *versionsView() const { return m_versions; }
    DiffView *diffView() const { return m_diff; }
    RegistryView *registryView() const { return m_registry; }
    DetailsPane *detailsPane() const { return m_details; }
    StagingPanel *stagingPanel() const { return m_staging; }
    SupportView *supportView() const { return m_support; }
    ReviewView *reviewView() const { return m_review; }
    QDockWidget *stagingDock() const { return m_stagingDock; }

    static QString demoDirectory();
    // The window's size on its first start, for a screen's available size.
    static QSize firstSize(const QSize &available);
    // The loading or failure page, shown until a workspace has scanned.
    StatePage *statePage() const { return m_statePage; }
    bool showsStatePage() const;

signals:
    void snapshotShown();
    void operationOpened(QDialog *dialog); // the plan dialog of an operation
    void openFailureShown(QMessageBox *box); // before it waits for an answer
    void registryChecked(); // the Registry view and badges show a new report
    void verdictsChanged(); // every view shows new verdicts

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViewMenu();
    void showOverview(const OverviewPtr &overview);
    void reportOpenFailure(const QString &file, const QString &error);
    void showRegistryReport();
    // Judging the releases, showing the verdicts (then calling `then`) and
    // the timeline's paint of them: a turn each.
    QList<std::function<void()>> judgeSteps(std::function<void()> then);
    void showVerdicts(const VerdictsPtr &verdicts);
    void paintTimeline();
    void selectRelease(int release);
    void updateNow();
    void chooseWorkspace();
    void updateRecentMenu();
    void editRegistryLogins();
    void exportMapping();
    void exportReview();
    void printReview();
    void exportTimeline();
    void openOperation(int kind, const QString &version);

    WorkspaceSession *m_session;
    QStackedWidget *m_outer; // the state page, or the views
    StatePage *m_statePage;
    QString m_stateFile;     // the file the state page tells of
    QStackedWidget *m_stack;
    PipelineView *m_pipeline;
    VersionsView *m_versions;
    RegistryView *m_registry;
    DiffView *m_diff;
    ScanView *m_view;
    SupportView *m_support;
    ReviewView *m_review;
    std::optional<QPair<bool, bool>> m_docksBeforeReview; // staging, details
    DetailsPane *m_details;
    QDockWidget *m_detailsDock;
    StagingPanel *m_staging;
    QDockWidget *m_stagingDock;
    ScanStatus *m_status;
    QActionGroup *m_viewActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_adopt = nullptr; // Release › Adopt One Version
    QList<QAction *> m_needWorkspace; // the exports, enabled once a workspace is shown
    OverviewPtr m_overview;
    VerdictsPtr m_verdicts;
    QDateTime m_now;
    // Whether the views the session's follow-ups go to have taken m_overview
    // in their turn, and the interrupted runs found meanwhile.
    std::optional<QList<InterruptedRun>> m_interrupted;
    bool m_registryShown = false;
    bool m_stagingShown = false;
    // The views' work after a scan and the verdicts, one piece a turn.
    TurnQueue m_turns;
};

} // namespace ReleaseDeck
