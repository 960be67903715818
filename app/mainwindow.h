#pragma once

#include "domain/snapshot.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace ReleaseDeck {

class ScanRunner;
class ScanView;

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

    QString workspaceFile() const { return m_workspaceFile; }
    ScanView *scanView() const { return m_view; }
    ScanRunner *scanRunner() const { return m_runner; }

    static QString demoDirectory();

signals:
    void snapshotShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void openDemo();
    void chooseWorkspace();
    void reload();
    void updateRecentMenu();
    void showError(const QString &message);

    ScanRunner *m_runner;
    ScanView *m_view;
    QLabel *m_status;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QMenu *m_recentMenu = nullptr;
    QString m_workspaceFile;
};

} // namespace ReleaseDeck
