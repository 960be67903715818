#pragma once

#include "ops/operation.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace ReleaseDeck {

// One release operation, from what the release manager asks to its
// result: a short form (version, commit, note, reason), then the plan with
// every step and diff, run only when confirmed, then its progress step by
// step with Cancel, then the result. Cloning, fetching, planning and
// running happen on a worker; the window stays live.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    struct Options
    {
        QString version;        // suggested
        bool askEarly = false;  // publishing before the due date: a reason
        QString freeze;         // inside this freeze window: a reason
    };

    PlanDialog(const Workspace &workspace, OperationRequest::Kind kind, const Options &options,
               const OperationSetup &setup, QWidget *parent = nullptr);
    ~PlanDialog() override;

    enum class Page { Form, Plan, Progress, Result };
    Page page() const;
    QString planText() const;
    QString resultText() const;
    QString formError() const; // why the last planning was refused
    bool succeeded() const { return m_succeeded; }

    QLineEdit *versionEdit() const { return m_version; }
    QLineEdit *commitEdit() const { return m_commit; }
    QLineEdit *otherCommitsEdit() const { return m_others; }
    QLineEdit *noteEdit() const { return m_note; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *nextButton() const { return m_next; }

signals:
    // The operation finished and changed the remotes: time to scan again.
    void completed();

protected:
    void reject() override;

private:
    void resizeWithin(const QSize &wanted);
    void next();
    void showPlan();
    void runPlan();
    void finish(const PlanResult &result);
    void rollBack();
    void setBusy(bool busy, const QString &what);
    void validate();

    Workspace m_workspace;
    OperationRequest::Kind m_kind;
    Options m_options;
    OperationSetup m_setup;
    std::shared_ptr<Operation> m_operation;
    std::shared_ptr<ScanControl> m_control;
    bool m_busy = false;
    bool m_succeeded = false;

    QStackedWidget *m_pages;
    QLabel *m_intro;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_commit = nullptr;
    QLineEdit *m_others = nullptr; // release: REPO=REV for the other repositories
    QLineEdit *m_note = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_formError;
    QLabel *m_planTitle;
    QPlainTextEdit *m_plan;
    QProgressBar *m_progress;
    QLabel *m_step;
    QListWidget *m_log;
    QLabel *m_result;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_rollback;
    QPushButton *m_close;
};

} // namespace ReleaseDeck
