#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace ReleaseDeck {

// Shared between a scan running on workers and whoever started it: cancel
// from any thread, progress reported from any thread.
class ScanControl
{
public:
    using ProgressHandler = std::function<void(int done, int total, const QString &what)>;

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    void setProgressHandler(ProgressHandler handler)
    {
        std::lock_guard lock(m_mutex);
        m_handler = std::move(handler);
    }

    void addWork(int units) { m_total.fetch_add(units, std::memory_order_relaxed); }

    void advance(int units, const QString &what)
    {
        const int done = m_done.fetch_add(units, std::memory_order_relaxed) + units;
        std::lock_guard lock(m_mutex);
        if (m_handler)
            m_handler(done, m_total.load(std::memory_order_relaxed), what);
    }

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::mutex m_mutex;
    ProgressHandler m_handler;
};

} // namespace ReleaseDeck
