// The test helpers that other tests' verdicts rest on: how a process ended,
// and what git diff says changed.
#include "testsupport.h"

#include <csignal>

using namespace TestSupport;

TEST_CASE("run() tells an exit, a signal, a timeout and a program that did not start apart", "[support]")
{
    const ProcessResult exited = run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo out; exit 3")});
    CHECK(exited.started);
    CHECK(exited.exitCode == 3);
    CHECK(exited.signal == 0);
    CHECK(exited.out == "out\n");
    CHECK_FALSE(exited.killedBy(SIGKILL));

    const ProcessResult killed = run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("kill -9 $$")});
    CHECK(killed.exitCode == -1);
    CHECK(killed.signal == SIGKILL);
    CHECK(killed.killedBy(SIGKILL));
    CHECK_FALSE(killed.killedBy(SIGTERM));

    const ProcessResult slow = run(QStringLiteral("sleep"), {QStringLiteral("30")}, {}, {}, 200);
    CHECK(slow.timedOut);
    CHECK(slow.exitCode == -1);
    CHECK_FALSE(slow.killedBy(SIGKILL)); // killed by run(), not by itself

    const ProcessResult missing = run(QStringLiteral("/nonexistent/program"), {});
    CHECK_FALSE(missing.started);
    CHECK(missing.exitCode == -1);
    CHECK_FALSE(missing.killedBy(SIGKILL));
}

TEST_CASE("changedLines() lists what git diff removed and added", "[support]")
{
    const auto [removed, added] = changedLines("a\nb\nc\n", "a\nB\nc\nd\n");
    CHECK(removed == QStringList{QStringLiteral("b")});
    CHECK(added == (QStringList{QStringLiteral("B"), QStringLiteral("d")}));
    const auto same = changedLines("x\n", "x\n");
    CHECK(same.first.isEmpty());
    CHECK(same.second.isEmpty());
}
