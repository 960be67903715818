#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ReleaseDeck {

// Runs each function in a turn of the event loop of its own, in order, so
// that no single turn holds the thread for all of them; stops as soon as
// `current()` says the work is stale (a newer scan arrived).
inline void runEachTurn(QObject *context, QList<std::function<void()>> work, std::function<bool()> current)
{
    if (work.isEmpty())
        return;
    QTimer::singleShot(0, context, [context, work = std::move(work), current = std::move(current)]() mutable {
        if (!current())
            return;
        work.takeFirst()();
        runEachTurn(context, std::move(work), std::move(current));
    });
}

} // namespace ReleaseDeck
