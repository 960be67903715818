#pragma once

#include <QDeadlineTimer>
#include <QTest>

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QJsonValue>
#include <QPair>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QProcess>
#include <QTemporaryDir>

#include <future>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return "[" + l.join(QLatin1String(", ")).toStdString() + "]";
    }
};
} // namespace Catch

namespace ReleaseDeck {
struct WorkspaceLoad;
}

namespace TestSupport {

struct ProcessResult
{
    int exitCode = -1; // -1 unless it exited normally
    QByteArray out;
    QByteArray err;
    bool started = false;
    bool timedOut = false; // killed after the timeout
    int signal = 0;        // the signal that ended it, when one did
    // Ended by `sig` itself: started, not timed out, killed by that signal.
    bool killedBy(int sig) const { return started && !timedOut && signal == sig; }
};

// Runs a program to completion (tests only: this blocks). `env` adds to
// the environment; a null QString() value removes that variable.
ProcessResult run(const QString &program, const QStringList &args, const QString &workDir = {},
                  const QMap<QString, QString> &env = {}, int timeoutMs = 120000);

// Runs git in dir and REQUIREs success; returns stdout, trimmed.
QString git(const QString &dir, const QStringList &args, const QMap<QString, QString> &env = {});
// Runs git and returns the whole result, success or not.
ProcessResult gitResult(const QString &dir, const QStringList &args);

// Environment for a commit or tag at a fixed time (unix seconds, +0000).
QMap<QString, QString> gitDateEnv(qint64 when, const QString &offset = QStringLiteral("+0000"));
// Stages everything in a work tree and commits it (empty or not) at `when`.
void gitCommitAt(const QString &dir, qint64 when, const QString &message);
// An annotated tag `name` on HEAD, its message its name, made at `when`.
void gitTagAt(const QString &dir, const QString &name, qint64 when);
// The commit `what` (a tag, a branch, an id) names.
QString gitCommitOf(const QString &dir, const QString &what);

void writeFile(const QString &path, const QByteArray &content);

// A bare remote at DIR/remotes/charts.git with one commit on main holding
// releases.yaml, from the work tree at DIR/work. A local clone links the
// work tree's objects, so they are loose there too.
QString makeBareRemote(const QString &dir);

// The port a helper server started with `process` prints as "ready PORT"
// once it listens; REQUIREs it within a minute (a loaded machine is slow).
int readyPort(QProcess &process);

// A workspace load's problems as their one-line texts.
QStringList problemTexts(const ReleaseDeck::WorkspaceLoad &load);


// Runs fn on a thread of its own and waits for it: for code that refuses
// the GUI thread (a pool's future may run its task on the waiting thread).
template<typename Fn>
auto onWorker(Fn fn)
{
    return std::async(std::launch::async, fn).get();
}

// Processes events until `expr` holds or `ms` pass, then REQUIREs it.
// (QTRY_VERIFY returns from the function on failure, which Catch would
// count as a pass.)
#define REQUIRE_EVENTUALLY(expr, ms)                                                                                   \
    do {                                                                                                               \
        QDeadlineTimer deadline_(ms);                                                                                  \
        while (!(expr) && !deadline_.hasExpired())                                                                     \
            QTest::qWait(10);                                                                                          \
        REQUIRE(expr);                                                                                                 \
    } while (false)

// A copy of a workspace file, next to it under `name`, with its
// `registries:` block replaced by the given one.
QString withRegistries(const QString &workspaceFile, const QString &name, const QString &registries);

// The lines `git diff --no-index -U0` shows removed and added between two texts.
QPair<QStringList, QStringList> changedLines(const QByteArray &before, const QByteArray &after);

// What PyYAML reads from a YAML text, as JSON: with its safe loader (typed
// values, as Helm sees them) or its base loader (every scalar a string).
QJsonValue readWithPyYaml(const QByteArray &text, bool typed = true);

// libgit2 in this process reads the identity (user.name, user.email) from
// a .gitconfig written to `home` from now on.
void useIdentity(const QString &home, const QByteArray &name, const QByteArray &email);

// Approves `version` on a workspace and cancels the run once its first step
// (the commit in the clone under `dataDir`) is done, so that its journal
// stays open: an interrupted run. Returns the journal's path.
QString interruptedApproval(const QString &workspaceFile, const QString &dataDir, const QString &version);

// The process's peak resident memory (VmHWM) in KiB since the last
// resetPeakMemory(), which makes the present size the peak: a bound on the
// work a test's code does, where a time limit would be at the mercy of the
// machine's load.
void resetPeakMemory();
qint64 peakMemoryKiB();

// Whether peak memory measures the code under test: AddressSanitizer keeps
// freed blocks in quarantine (up to 256 MiB) and pads each one, so in the
// sanitized build a bound on memory says nothing and is not checked.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kPeakMemoryMeasures = false;
#else
inline constexpr bool kPeakMemoryMeasures = true;
#endif

// Runs the releasedeck binary.
ProcessResult releasedeck(const QStringList &args, int timeoutMs = 300000);

} // namespace TestSupport
