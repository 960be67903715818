#include "workers.h"

#include <QThreadPool>

namespace ReleaseDeck {

QThreadPool *workers()
{
    // Gone at exit, after waiting for what still runs, as the global pool.
    static QThreadPool pool;
    return &pool;
}

} // namespace ReleaseDeck
