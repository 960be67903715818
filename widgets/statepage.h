#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ReleaseDeck {

// What the window shows before it has a workspace to show: the first scan
// running, or why the workspace did not open, with the ways on.
class StatePage : public QWidget
{
    Q_OBJECT

public:
    explicit StatePage(QWidget *parent = nullptr);

    // `text` empty: what a scan of `file` does.
    void showLoading(const QString &title, const QString &file, const QString &text = {});
    void showProgress(int done, int total, const QString &what);
    void showFailed(const QString &file, const QString &error);
    void showCancelled(const QString &file);
    // The demo's opening cancelled while its files are written.
    void showDemoCancelled();

    QLabel *titleLabel() const { return m_title; }
    QLabel *textLabel() const { return m_text; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *demoButton() const { return m_demo; }

signals:
    void chooseRequested();
    void demoRequested();
    void retryRequested();
    void cancelRequested();

private:
    void setButtons(bool loading);

    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_step;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_choose;
    QPushButton *m_demo;
    QPushButton *m_retry;
};

} // namespace ReleaseDeck
