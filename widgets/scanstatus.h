#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace ReleaseDeck {

class WorkspaceSession;

// The status bar's account of a workspace session: what is being scanned
// or written, its progress with a Cancel button (Esc), and how the last
// scan ended. A rescan nobody asked for that fails says so here only; a
// failure the user caused is also passed on as failed(), for a dialog.
// Its message takes the status bar's stretch, the progress and Cancel sit
// at the right as permanent widgets.
class ScanStatus : public QObject
{
    Q_OBJECT

public:
    ScanStatus(WorkspaceSession *session, QStatusBar *bar);

    QString message() const;
    void setMessage(const QString &text, const QString &details = {});

signals:
    void failed(const QString &error);

private:
    void setBusy(bool busy, bool cancellable);

    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace ReleaseDeck
