#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ReleaseDeck {

class WorkspaceSession;

// The status bar's account of a workspace session: what is being scanned
// or written, its progress with a Cancel button (Esc), and how the last
// scan ended. A rescan nobody asked for that fails says so here only; a
// failure the user caused is also passed on as failed(), for a dialog.
class ScanStatus : public QWidget
{
    Q_OBJECT

public:
    explicit ScanStatus(WorkspaceSession *session, QWidget *parent = nullptr);

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
