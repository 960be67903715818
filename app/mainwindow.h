#pragma once

#include "domain/overview.h"
#include "keychain.h"

#include <QMainWindow>

#include <functional>

class QActionGroup;
class QDialog;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QProgressBar;
class QToolButton;

namespace ReleaseDeck {

class DetailsPane;
class DiffView;
class PipelineView;
class RegistryCheckRunner;
class RegistryView;
class ScanRunner;
class ScanView;
class StagingPanel;
class VersionsView;
class WorkspaceWatcher;

// A thin shell: wires the scan runner to the views and menu actions to it.
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

    enum class View { Pipeline, Versions, Registry, Diff, ScanData };
    void showView(View view);
    View currentView() const;

    QString workspaceFile() const { return m_workspaceFile; }
    QString statusMessage() const;
    OverviewPtr overview() const { return m_overview; }
    ScanView *scanView() const { return m_view; }
    PipelineView *pipelineView() const { return m_pipeline; }
    VersionsView *versionsView() const { return m_versions; }
    DiffView *diffView() const { return m_diff; }
    RegistryView *registryView() const { return m_registry; }
    RegistryCheckRunner *registryRunner() const { return m_registryRunner; }
    DetailsPane *detailsPane() const { return m_details; }
    StagingPanel *stagingPanel() const { return m_staging; }
    ScanRunner *scanRunner() const { return m_runner; }
    WorkspaceWatcher *workspaceWatcher() const { return m_fileWatcher; }

    static QString demoDirectory();

signals:
    void snapshotShown();
    void operationOpened(QDialog *dialog); // the plan dialog of an operation
    void registryChecked(); // the Registry view and badges show a new report

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViewMenu();
    void showOverview(const OverviewPtr &overview);
    void runSteps(const OverviewPtr &overview, const QList<std::function<void()>> &steps, int next);
    void selectRelease(int release);
    void updateNow();
    void openDemo();
    void chooseWorkspace();
    void reload();
    void updateRecentMenu();
    void showError(const QString &message);
    void checkRegistries();
    void editRegistryLogins();
    void openOperation(int kind, const QString &version);

    ScanRunner *m_runner;
    RegistryCheckRunner *m_registryRunner;
    WorkspaceWatcher *m_fileWatcher;
    QStackedWidget *m_stack;
    PipelineView *m_pipeline;
    VersionsView *m_versions;
    RegistryView *m_registry;
    DiffView *m_diff;
    ScanView *m_view;
    DetailsPane *m_details;
    QDockWidget *m_detailsDock;
    StagingPanel *m_staging;
    QDockWidget *m_stagingDock;
    QHash<QString, RegistryLogin> m_logins; // from the keychain, by host
    QActionGroup *m_viewActions = nullptr;
    OverviewPtr m_overview;
    QDateTime m_now;
    quint64 m_keychainRequest = 0;
    bool m_quietErrors = false; // the running scan was started by a file change
    QLabel *m_status;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QMenu *m_recentMenu = nullptr;
    QString m_workspaceFile;
};

} // namespace ReleaseDeck
