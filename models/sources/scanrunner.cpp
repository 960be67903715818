#include "scanrunner.h"

#include "scanner.h"
#include "workspaceloader.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace ReleaseDeck {

ScanRunner::ScanRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ReleaseDeck::WorkspaceSnapshot>();
    qRegisterMetaType<ReleaseDeck::OverviewPtr>();
}

ScanRunner::~ScanRunner()
{
    // The worker holds only its own copies and stops at its next check;
    // nothing here waits for it. Clearing the handler takes the lock that
    // advance() holds while calling it, so no callback is in flight after.
    cancel();
    if (m_control)
        m_control->setProgressHandler({});
}

void ScanRunner::start(const QString &workspaceFile)
{
    cancel();
    if (m_control)
        m_control->setProgressHandler({});
    if (m_watcher) {
        // The stale scan finishes in the background; its result is ignored.
        m_watcher->disconnect(this);
        QFutureWatcher<Result> *old = m_watcher;
        connect(old, &QFutureWatcherBase::finished, old, &QObject::deleteLater);
        if (old->isFinished())
            old->deleteLater();
    }
    auto control = std::make_shared<ScanControl>();
    m_control = control;
    const quint64 generation = ++m_generation;
    QPointer<ScanRunner> self(this);
    control->setProgressHandler([self, generation](int done, int total, const QString &what) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, done, total, what] {
                if (self && self->m_generation == generation)
                    emit self->progress(done, total, what);
            },
            Qt::QueuedConnection);
    });
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ScanRunner::onFinished);
    m_watcher->setFuture(QtConcurrent::run([workspaceFile, control] {
        Result r;
        WorkspaceLoad load = WorkspaceLoader::load(workspaceFile);
        if (load.fatal) {
            QStringList lines;
            for (const Problem &p : load.problems)
                lines.append(p.toString());
            r.error = lines.join(QLatin1Char('\n'));
            return r;
        }
        WorkspaceSnapshot snapshot = Scanner::scan(load.workspace, control.get());
        r.cancelled = control->isCancelled();
        if (r.cancelled)
            return r;
        QStringList loadProblems;
        for (const Problem &p : load.problems)
            loadProblems.append(p.toString());
        snapshot.problems = loadProblems + snapshot.problems;
        r.overview = Overview::build(std::move(snapshot));
        return r;
    }));
    emit started();
}

void ScanRunner::cancel()
{
    if (m_control)
        m_control->cancel();
}

bool ScanRunner::isRunning() const
{
    return m_watcher && !m_watcher->isFinished();
}

void ScanRunner::onFinished()
{
    const Result r = m_watcher->result();
    if (r.cancelled)
        emit cancelled();
    else if (!r.error.isEmpty())
        emit failed(r.error);
    else {
        emit overviewReady(r.overview);
        emit finished(r.overview->snapshot);
    }
}

} // namespace ReleaseDeck
