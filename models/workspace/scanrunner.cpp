#include "scanrunner.h"

#include "scanner.h"
#include "workspaceloader.h"
#include "domain/printable.h"


namespace ReleaseDeck {

ScanRunner::ScanRunner(QObject *parent)
    : QObject(parent)
    , m_job(
          this, [this](int done, int total, const QString &what) { emit progress(done, total, what); },
          [this](const Result &r) { onFinished(r); })
{
    qRegisterMetaType<ReleaseDeck::WorkspaceSnapshot>();
    qRegisterMetaType<ReleaseDeck::OverviewPtr>();
}

ScanRunner::~ScanRunner() = default;

void ScanRunner::start(const QString &workspaceFile, const Scanner::Options &options)
{
    Scanner::Options withMemo = options;
    if (!withMemo.memo)
        withMemo.memo = m_memo;
    m_job.start([workspaceFile, options = std::move(withMemo)](ScanControl &control) mutable {
        Result r;
        WorkspaceLoad load = WorkspaceLoader::load(workspaceFile, &options.workspaceText);
        if (load.fatal) {
            QStringList lines;
            for (const Problem &p : load.problems)
                lines.append(p.toString());
            r.error = lines.isEmpty() ? QStringLiteral("%1: cannot load the workspace").arg(printablePath(workspaceFile))
                                      : lines.join(QLatin1Char('\n'));
            return r;
        }
        WorkspaceSnapshot snapshot = Scanner::scan(load.workspace, options, &control);
        r.cancelled = control.isCancelled();
        if (r.cancelled)
            return r;
        QStringList loadProblems;
        for (const Problem &p : load.problems)
            loadProblems.append(p.toString());
        snapshot.problems = loadProblems + snapshot.problems;
        r.overview = Overview::build(std::move(snapshot));
        return r;
    });
    emit started();
}

void ScanRunner::cancel()
{
    m_job.cancel();
}

bool ScanRunner::isRunning() const
{
    return m_job.isRunning();
}

void ScanRunner::onFinished(const Result &r)
{
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
