#pragma once

#include "domain/overview.h"
#include "domain/stagingstate.h"
#include "ops/operation.h"

#include <QWidget>

class QLabel;
class QAction;
class QToolButton;
class QTreeWidget;

namespace ReleaseDeck {

// The pending Enterprise release at a glance: its state, the countdown to
// its due date, its days on SaaS and its audit trail, with the operations
// that move the train. A button that cannot be used now says why in its
// tooltip and in the line under the buttons when it has focus or the
// pointer.
class StagingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StagingPanel(QWidget *parent = nullptr);

    void setOverview(const OverviewPtr &overview, const QDateTime &now);
    // The releases' verdicts: the pending one's registry completeness and
    // problems, and what they hold back.
    void setVerdicts(const VerdictsPtr &verdicts);
    QLabel *titleLabel() const { return m_title; }
    QLabel *factsLabel() const { return m_facts; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *whyLabel() const { return m_why; }
    QLabel *auditTitle() const { return m_auditTitle; }
    QTreeWidget *auditTrail() const { return m_audit; }
    // Runs whose journal is open: the newest is offered to resume.
    void setInterrupted(const QList<InterruptedRun> &runs);
    QToolButton *resumeButton() const { return m_resume; }
    QLabel *interruptedLabel() const { return m_interrupted; }
    const StagingState &state() const { return m_state; }
    QToolButton *button(OperationRequest::Kind kind) const;
    // The operations as actions, for a menu: enabled and explained as the buttons are.
    QList<QAction *> actions() const;

signals:
    // Asks for the plan dialog of an operation, with what to suggest.
    void operationRequested(OperationRequest::Kind kind, const QString &version);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void update(const StagingState &state);
    void fitTexts();

    StagingState m_state;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_verdict;
    QTreeWidget *m_audit;
    QLabel *m_auditTitle;
    QLabel *m_why;
    QLabel *m_interrupted;
    QToolButton *m_resume;
    QList<InterruptedRun> m_runs;
    struct Button
    {
        OperationRequest::Kind kind;
        QAction *action;
        QToolButton *button;
    };
    QList<Button> m_buttons;
};

} // namespace ReleaseDeck
