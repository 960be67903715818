#pragma once

#include "scancontrol.h"
#include "workers.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <mutex>

namespace ReleaseDeck {

// Runs work on a worker thread, one job at a time: starting another cancels
// the one still running, whose result is then dropped. Progress and the
// result reach the owner's thread; nothing here waits for a worker.
template<typename Result>
class LatestJob
{
public:
    using Progress = std::function<void(int done, int total, const QString &what)>;
    using Finished = std::function<void(const Result &)>;

    LatestJob(QObject *owner, Progress progress, Finished finished)
        : m_owner(owner)
        , m_progress(std::move(progress))
        , m_finished(std::move(finished))
    {}

    ~LatestJob()
    {
        // Clearing the handler takes the lock that advance() holds while
        // calling it, so no callback is in flight after this.
        cancel();
        if (m_control)
            m_control->setProgressHandler({});
    }

    void start(std::function<Result(ScanControl &)> work)
    {
        cancel();
        if (m_control)
            m_control->setProgressHandler({});
        if (m_watcher) {
            // The stale job finishes in the background; its result is ignored.
            m_watcher->disconnect(m_owner);
            QFutureWatcher<Result> *old = m_watcher;
            QObject::connect(old, &QFutureWatcherBase::finished, old, &QObject::deleteLater);
            if (old->isFinished())
                old->deleteLater();
        }
        auto control = std::make_shared<ScanControl>();
        m_control = control;
        const quint64 generation = ++m_generation;
        QPointer<QObject> owner(m_owner);
        // Progress is coalesced: while one report waits for the owner's
        // thread, later ones only update it, so a job that advances
        // thousands of times posts a handful of events, not thousands.
        struct Latest
        {
            std::mutex mutex;
            int done = 0;
            int total = 0;
            QString what;
            bool posted = false;
        };
        auto latest = std::make_shared<Latest>();
        control->setProgressHandler([this, owner, generation, latest](int done, int total, const QString &what) {
            {
                std::lock_guard lock(latest->mutex);
                latest->done = done;
                latest->total = total;
                latest->what = what;
                if (latest->posted)
                    return;
                latest->posted = true;
            }
            QMetaObject::invokeMethod(
                owner.data(),
                [this, owner, generation, latest] {
                    int d, t;
                    QString w;
                    {
                        std::lock_guard lock(latest->mutex);
                        d = latest->done;
                        t = latest->total;
                        w = latest->what;
                        latest->posted = false;
                    }
                    if (owner && m_generation == generation)
                        m_progress(d, t, w);
                },
                Qt::QueuedConnection);
        });
        m_watcher = new QFutureWatcher<Result>(m_owner);
        QFutureWatcher<Result> *watcher = m_watcher;
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner, [this, watcher] {
            if (watcher == m_watcher)
                m_finished(watcher->result());
        });
        m_watcher->setFuture(QtConcurrent::run(workers(), [work = std::move(work), control] { return work(*control); }));
    }

    void cancel()
    {
        if (m_control)
            m_control->cancel();
    }

    bool isRunning() const { return m_watcher && !m_watcher->isFinished(); }

private:
    QObject *m_owner;
    Progress m_progress;
    Finished m_finished;
    QFutureWatcher<Result> *m_watcher = nullptr;
    std::shared_ptr<ScanControl> m_control;
    quint64 m_generation = 0;
};

} // namespace ReleaseDeck
