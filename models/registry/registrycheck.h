#pragma once

#include "domain/artifactcheck.h"
#include "domain/overview.h"
#include "platform/keychain.h"
#include "platform/latestjob.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <mutex>

namespace ReleaseDeck {

// What a manifest says, by digest: a digest names the same bytes forever,
// so what was read once is not asked for again. Shared between checks.
class ManifestFacts
{
public:
    std::optional<ArtifactStatus> find(const QString &key) const;
    void insert(const QString &key, const ArtifactStatus &facts);
    int size() const;

private:
    mutable std::mutex m_mutex;
    QHash<QString, ArtifactStatus> m_facts;
};

namespace RegistryCheck {

// Looks every artifact of the plan up in the registry serving it: one tag
// list per repository, then the manifest and config of each tag found.
// Blocking: call it on a worker. A registry that cannot be reached makes
// its artifacts Unreachable and is not asked again in this run.
// `logins` by registry host, from the keychain; the environment's come first.
RegistryReport run(const Workspace &workspace, ArtifactPlan plan, int releaseCount, ScanControl *control,
                   ManifestFacts *facts = nullptr, const QHash<QString, RegistryLogin> &logins = {});

} // namespace RegistryCheck

// Runs RegistryCheck on a worker thread for an overview. Starting a new
// check cancels the one still running; only the newest report is delivered.
class RegistryCheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit RegistryCheckRunner(QObject *parent = nullptr);
    ~RegistryCheckRunner() override;

    void start(const OverviewPtr &overview, const QHash<QString, RegistryLogin> &logins = {});
    void cancel();
    bool isRunning() const;

signals:
    void started();
    void progress(int done, int total, const QString &what);
    void finished(const ReleaseDeck::RegistryReportPtr &report);
    void cancelled();

private:
    struct Result
    {
        RegistryReportPtr report;
        bool cancelled = false;
    };
    std::shared_ptr<ManifestFacts> m_facts;
    LatestJob<Result> m_job;
};

} // namespace ReleaseDeck
