#pragma once

#include "domain/overview.h"
#include "domain/snapshot.h"
#include "platform/latestjob.h"
#include "scanner.h"

#include <QObject>

namespace ReleaseDeck {

// Loads a workspace and scans it on a worker thread. Starting a new scan
// cancels the one still running; only the newest scan's snapshot is
// delivered. Signals arrive on the thread that owns the runner.
class ScanRunner : public QObject
{
    Q_OBJECT

public:
    explicit ScanRunner(QObject *parent = nullptr);
    ~ScanRunner() override;

    void start(const QString &workspaceFile, const Scanner::Options &options = {});
    void cancel();
    bool isRunning() const;

signals:
    void started();
    void progress(int done, int total, const QString &what);
    void finished(const ReleaseDeck::WorkspaceSnapshot &snapshot);
    // Emitted just before finished(), with the train and matrix derived on the worker.
    void overviewReady(const ReleaseDeck::OverviewPtr &overview);
    void failed(const QString &error);
    void cancelled();

private:
    struct Result
    {
        OverviewPtr overview;
        QString error;
        bool cancelled = false;
    };

    void onFinished(const Result &r);

    LatestJob<Result> m_job;
    // The last scan's snapshot, handed back while nothing it was made from changes.
    std::shared_ptr<ScanMemo> m_memo = std::make_shared<ScanMemo>();
};

} // namespace ReleaseDeck
