#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <utility>

namespace ReleaseDeck {

// Runs each function in a turn of the event loop of its own, in order, so
// that no single turn holds the thread for all of them; stops as soon as
// `current()` says the work is stale (a newer scan arrived).
//
// A timer object, not QTimer::singleShot(0, …): Qt 6 turns a zero single
// shot into a posted call, and posted events are delivered in one batch, so
// the steps and the layouts and paints they post would still run back to
// back. A timer's turn lets the rest of the loop run in between.
inline void runEachTurn(QObject *context, QList<std::function<void()>> work, std::function<bool()> current)
{
    if (work.isEmpty())
        return;
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [timer, context, work = std::move(work), current = std::move(current)]() mutable {
        timer->deleteLater();
        if (!current())
            return;
        work.takeFirst()();
        runEachTurn(context, std::move(work), std::move(current));
    });
    timer->start(0);
}

// Like runEachTurn, for work that comes from several places: what is added
// while earlier work still waits runs after it (or, with addNext, before
// it), one piece a turn, instead of a piece of each sequence in the same
// turn. Pieces whose `current()` says they are stale are dropped without
// taking a turn.
class TurnQueue
{
public:
    TurnQueue()
    {
        m_timer.setObjectName(QStringLiteral("TurnQueue"));
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { runOne(); });
    }
    TurnQueue(const TurnQueue &) = delete;
    TurnQueue &operator=(const TurnQueue &) = delete;

    void add(const QList<std::function<void()>> &work, const std::function<bool()> &current)
    {
        for (const std::function<void()> &piece : work)
            m_queue.append({piece, current});
        if (!m_queue.isEmpty() && !m_timer.isActive())
            m_timer.start();
    }
    void addNext(const QList<std::function<void()>> &work, const std::function<bool()> &current)
    {
        for (qsizetype i = work.size() - 1; i >= 0; --i)
            m_queue.prepend({work[i], current});
        if (!m_queue.isEmpty() && !m_timer.isActive())
            m_timer.start();
    }

private:
    void runOne()
    {
        while (!m_queue.isEmpty()) {
            const auto [piece, current] = m_queue.takeFirst();
            if (!current())
                continue;
            piece(); // may add more
            break;
        }
        if (!m_queue.isEmpty())
            m_timer.start();
    }

    QTimer m_timer;
    QList<std::pair<std::function<void()>, std::function<bool()>>> m_queue;
};

} // namespace ReleaseDeck
