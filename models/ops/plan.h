#pragma once

#include "platform/scancontrol.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ReleaseDeck {

// What one step left for the next ones: outputs by name (a commit id).
using PlanOutputs = QHash<QString, QString>;

// A step that fails because the remote moved on (someone pushed first)
// sets this output: the plan is then made again on the new tip.
inline const QString kConflictOutput = QStringLiteral("conflict");

// What a step made that outlives the run (a pushed commit, a tag, an image
// tag, a chart), one line kept in the journal under "made:STEP", so that
// "Done:" names it even when an earlier, interrupted run made it.
inline void recordMade(PlanOutputs &out, const QString &step, const QString &what)
{
    out.insert(QStringLiteral("made:") + step, what);
}

// One step of a plan. `run` must be idempotent: a resumed plan runs a step
// again when the journal does not say it finished, so it first looks at
// what is already there (a branch at the commit, a tag on the remote).
struct PlanStep
{
    QString id;          // stable within the plan: "commit", "push"
    QString title;       // one line for the plan and the progress
    QString detail;      // what it will change: a diff, a tag, a push
    bool localOnly = false; // nothing leaves the machine: can be rolled back
    std::function<bool(PlanOutputs &outputs, QString *error)> run;
    // Undoes a finished local-only step (deletes a tag not yet pushed);
    // none: there is nothing to undo (a commit no ref names).
    std::function<bool(const PlanOutputs &outputs, QString *error)> undo = {};
};

// An operation shown before it runs, then executed step by step.
struct Plan
{
    QString id;          // names the journal: "stage-0.76.0-<tip>"
    QString title;       // "Stage 0.76.0"
    QList<PlanStep> steps;
    QStringList warnings; // shown with the plan: what it leaves as it is

    // The plan as text, for --dry-run and the plan dialog.
    QString text() const;
    // What the run made, in step order, from the outputs it finished with.
    QStringList made(const PlanOutputs &outputs) const;
};

// An append-only record of a plan's steps: a line before and after each,
// flushed to disk before the step goes on, so a killed process leaves a
// journal that says how far it got.
class Journal
{
public:
    // A journal longer than this is not one ReleaseDeck wrote.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    explicit Journal(const QString &path);

    QString path() const { return m_path; }
    bool begin(const QString &step, QString *error);
    bool done(const QString &step, const PlanOutputs &outputs, QString *error);
    bool failed(const QString &step, const QString &why, QString *error);
    // The plan will not go on: rolled back, or made again on a new tip.
    bool close(const QString &why, QString *error);

    // What the journal says finished, and the outputs those steps left.
    QStringList finishedSteps() const;
    PlanOutputs outputs() const;
    bool isClosed() const;
    // Steps begun or finished: something happened under this plan.
    bool isStarted() const;

private:
    bool append(const QJsonObject &line, QString *error);
    QList<QJsonObject> lines() const;    // since the plan was last closed
    QList<QJsonObject> allLines() const;

    QString m_path;
};

struct PlanResult
{
    bool completed = false;
    bool cancelled = false;
    bool conflict = false; // a push was refused because the remote moved
    QString failedStep;
    QString error;
    QStringList skipped; // finished in an earlier run, per the journal
    PlanOutputs outputs; // every finished step's, this run's and the journal's
};

// Runs a plan's steps in order, skipping what the journal says finished;
// cancel is honoured between steps.
//
// For the tests that kill the process part-way: RELEASEDECK_KILL_AT set
// to "STEP:begin" or "STEP:done" kills the process with SIGKILL right
// after that journal line is on disk.
PlanResult execute(const Plan &plan, Journal &journal, ScanControl *control = nullptr);

// Undoes the finished local-only steps of an interrupted plan, last first,
// and closes its journal. Refused, naming the step, once a step that
// leaves the machine has finished: what was pushed stays pushed, and the
// plan is resumed instead.
bool rollback(const Plan &plan, Journal &journal, QString *error);

} // namespace ReleaseDeck
