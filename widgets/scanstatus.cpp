#include "scanstatus.h"

#include "domain/printable.h"
#include "session/workspacesession.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace ReleaseDeck {

ScanStatus::ScanStatus(WorkspaceSession *session, QStatusBar *bar)
    : QObject(bar)
    , m_label(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QToolButton(bar))
{
    m_progress->setMaximumWidth(220);
    m_label->setTextFormat(Qt::PlainText); // file names and reasons, never markup
    m_progress->setAccessibleName(tr("Scan progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the scan (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    setBusy(false, false);
    bar->addWidget(m_label, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, session, &WorkspaceSession::cancelScan);
    connect(session, &WorkspaceSession::demoWriting, this, [this](const QString &dir) {
        setMessage(tr("Writing the demo workspace to %1…").arg(printablePath(dir)));
        setBusy(true, false);
    });
    connect(session, &WorkspaceSession::demoFailed, this, [this](const QString &error) {
        setBusy(false, false);
        const QString message = tr("Cannot write the demo workspace: %1").arg(error);
        setMessage(message.section(QLatin1Char('\n'), 0, 0));
        emit failed(message);
    });
    connect(session, &WorkspaceSession::scanStarted, this, [this](const QString &file) {
        setMessage(tr("Scanning %1…").arg(printablePath(file)));
        setBusy(true, true);
    });
    connect(session, &WorkspaceSession::scanProgress, this, [this](int done, int total, const QString &what) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_label->setText(what);
    });
    connect(session, &WorkspaceSession::scanFinished, this, [this] { setBusy(false, false); });
    connect(session, &WorkspaceSession::scanFailed, this, [this](const QString &error, bool quiet) {
        setBusy(false, false);
        // A file saved half-way through an edit must not raise a dialog at
        // each save: the last good scan stays on screen.
        if (quiet) {
            setMessage(tr("Not rescanned: %1").arg(error.section(QLatin1Char('\n'), 0, 0)), error);
        } else {
            setMessage(error.section(QLatin1Char('\n'), 0, 0));
            emit failed(error);
        }
    });
    connect(session, &WorkspaceSession::openFailed, this, [this](const QString &, const QString &error) {
        setBusy(false, false);
        setMessage(tr("Not opened: %1").arg(error.section(QLatin1Char('\n'), 0, 0)), error);
    });
    connect(session, &WorkspaceSession::scanCancelled, this, [this] {
        setBusy(false, false);
        setMessage(tr("Scan cancelled."));
    });
    connect(session, &WorkspaceSession::demoCancelled, this, [this] {
        setBusy(false, false);
        setMessage(tr("Demo not opened."));
    });
    connect(session, &WorkspaceSession::warning, this, [this](const QString &message) { setMessage(message); });
}

QString ScanStatus::message() const
{
    return m_label->text();
}

void ScanStatus::setMessage(const QString &text, const QString &details)
{
    m_label->setText(text);
    m_label->setToolTip(details);
}

void ScanStatus::setBusy(bool busy, bool cancellable)
{
    if (busy)
        m_progress->setRange(0, 0);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy && cancellable);
}

} // namespace ReleaseDeck
