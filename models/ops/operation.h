#pragma once

#include "plans.h"
#include "platform/scancontrol.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ReleaseDeck {

// What a release manager asks for, from a button or the command line.
struct OperationRequest
{
    enum class Kind { Release, Stage, Restage, Approve, Publish, Fix, Adopt };

    Kind kind = Kind::Stage;
    Version version;        // publish: may be null, meaning the pending release
    QString commit;         // release: the revision to tag
    QMap<QString, QString> componentCommits; // release: another repository's revision, by repository or component id
    QString note;
    QString overrideFreeze;
    QString early;
    QString branch = QStringLiteral("main");

    static QString kindName(Kind kind); // "stage", as on the command line
    static std::optional<Kind> parseKind(const QString &name);
};

struct OperationSetup
{
    QString dataDir;                      // clones/ and journal/ are made under it
    std::optional<GitIdentity> who;       // default: git config's user.name and user.email
    QHash<QString, RegistryLogin> logins; // by host, from the keychain: registries and https git remotes
    QDateTime now;                        // default: the clock
    bool useScanCache = true;             // the scan of the clones reads and keeps the scan cache
};

// A run that did not finish: its journal is open.
struct InterruptedRun
{
    OperationRequest::Kind kind = OperationRequest::Kind::Stage;
    QString version;
    QString title;
    QString journal;
    int finishedSteps = 0;
};

// One release operation from request to result: the app's own clones
// fetched, the workspace scanned at the charts' tip, the plan built; then
// run with its journal. GUI and command line use it alike. Blocking: call
// it on a worker thread.
//
// An interrupted run of the same operation (a journal that did not
// finish) is resumed: the plan is made again on the commit it was made on,
// and the steps the journal says finished are skipped.
class Operation
{
public:
    ~Operation();

    static std::unique_ptr<Operation> prepare(const Workspace &workspace, const OperationRequest &request,
                                              const OperationSetup &setup, ScanControl *control, QString *error);

    const Plan &plan() const;
    const OperationRequest &request() const;
    QString journalPath() const;
    // Steps of this plan finished in an earlier run.
    QStringList finishedEarlier() const;

    // Runs the plan. When a push is refused because someone pushed first,
    // fetches, plans again on the new tip and goes on (a few times at
    // most), telling `replanned` the new plan and why; when the new tip
    // makes the operation pointless, stops with the conflict described.
    PlanResult run(ScanControl *control, const std::function<void(const Plan &, const QString &why)> &replanned = {});

    // Undoes the finished local-only steps of an interrupted run.
    bool rollback(QString *error);

    // The runs on this workspace's remotes under `dataDir` that were
    // interrupted (killed, cancelled, failed), newest first. Reads the
    // journal folder: call it on a worker.
    static QList<InterruptedRun> interrupted(const QString &dataDir, const Workspace &workspace);

private:
    Operation();
    bool build(const QString &base, QString *error, const QString &lineBase = {});
    // An older line's release: the charts branch and the commit to plan on.
    bool findLine(const QString &base, const QString &lineBase, QString *error);

    struct State;
    std::unique_ptr<State> d;
};

} // namespace ReleaseDeck
