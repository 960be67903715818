#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

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

} // namespace ReleaseDeck
