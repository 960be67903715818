// The executor on its own: the journal it writes and reads back, running
// steps in order and resuming after the last one the journal says
// finished, cancel between steps, a journal that cannot be written, and
// rollback. Steps here are small functions that record what ran; the real
// steps (git, registries) are tested against real remotes elsewhere.
#include "testsupport.h"

#include "ops/plan.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

struct Recorder
{
    QStringList ran;
    QStringList undone;
    QString failAt; // this step fails while set

    PlanStep step(const QString &id, bool localOnly, const QString &output = {})
    {
        PlanStep s;
        s.id = id;
        s.title = QStringLiteral("Step ") + id;
        s.localOnly = localOnly;
        s.run = [this, id, output](PlanOutputs &outputs, QString *error) {
            if (id == failAt) {
                *error = QStringLiteral("%1 broke").arg(id);
                return false;
            }
            ran.append(id);
            if (!output.isEmpty())
                outputs.insert(id, output);
            return true;
        };
        if (localOnly) {
            s.undo = [this, id, output](const PlanOutputs &outputs, QString *error) {
                if (outputs.value(id) != output) {
                    *error = QStringLiteral("%1: no output to undo").arg(id);
                    return false;
                }
                undone.append(id);
                return true;
            };
        }
        return s;
    }
};

QList<QJsonObject> journalLines(const QString &path)
{
    QList<QJsonObject> out;
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

} // namespace

TEST_CASE("The journal records each step before and after it runs, and a closed plan starts afresh", "[plan][journal]")
{
    QTemporaryDir tmp;
    Journal j(tmp.path() + QLatin1String("/journal/plan.jsonl")); // its folder is made when first written
    QString error;
    CHECK_FALSE(j.isStarted());
    CHECK_FALSE(j.isClosed());
    REQUIRE(j.begin(QStringLiteral("commit"), &error));
    CHECK(j.isStarted());
    CHECK(j.finishedSteps().isEmpty());
    REQUIRE(j.done(QStringLiteral("commit"), {{QStringLiteral("commit"), QStringLiteral("abc123")}}, &error));
    REQUIRE(j.begin(QStringLiteral("push"), &error));
    REQUIRE(j.failed(QStringLiteral("push"), QStringLiteral("refused"), &error));
    CHECK(j.finishedSteps() == QStringList{QStringLiteral("commit")});
    CHECK(j.outputs() == PlanOutputs{{QStringLiteral("commit"), QStringLiteral("abc123")}});

    // Each line is JSON on its own, as another program reads it.
    const QList<QJsonObject> lines = journalLines(j.path());
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].value(QLatin1String("event")).toString() == QLatin1String("begin"));
    CHECK(lines[1].value(QLatin1String("outputs")).toObject().value(QLatin1String("commit")).toString() == QLatin1String("abc123"));
    CHECK(lines[3].value(QLatin1String("error")).toString() == QLatin1String("refused"));
    for (const QJsonObject &l : lines)
        CHECK(QDateTime::fromString(l.value(QLatin1String("at")).toString(), Qt::ISODateWithMs).isValid());

    REQUIRE(j.close(QStringLiteral("planned again"), &error));
    CHECK(j.isClosed());
    CHECK_FALSE(j.isStarted());
    CHECK(j.finishedSteps().isEmpty());
    CHECK(j.outputs().isEmpty());
    REQUIRE(j.begin(QStringLiteral("commit"), &error));
    CHECK_FALSE(j.isClosed());
    CHECK(j.isStarted());
}

TEST_CASE("A journal line cut short by a kill is skipped, and what is written after it is read", "[plan][journal][fault]")
{
    QTemporaryDir tmp;
    const QString path = tmp.path() + QLatin1String("/plan.jsonl");
    Journal j(path);
    QString error;
    REQUIRE(j.begin(QStringLiteral("commit"), &error));
    REQUIRE(j.done(QStringLiteral("commit"), {{QStringLiteral("commit"), QStringLiteral("abc")}}, &error));
    // The process died half-way through writing the next line.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::Append));
        f.write(R"({"step":"push","event":"do)");
    }
    CHECK(j.finishedSteps() == QStringList{QStringLiteral("commit")});
    // The resumed run writes on: its lines are read, the torn one is not.
    REQUIRE(j.begin(QStringLiteral("push"), &error));
    REQUIRE(j.done(QStringLiteral("push"), {}, &error));
    CHECK(j.finishedSteps() == (QStringList{QStringLiteral("commit"), QStringLiteral("push")}));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> raw = f.readAll().split('\n');
    REQUIRE(raw.size() == 6); // four lines, the torn one, and the empty rest after the last newline
    CHECK(raw[2] == R"({"step":"push","event":"do)");
    CHECK(QJsonDocument::fromJson(raw[3]).object().value(QLatin1String("event")).toString() == QLatin1String("begin"));
    // A close written after another torn line is read too.
    {
        QFile more(path);
        REQUIRE(more.open(QIODevice::Append));
        more.write(R"({"event":"clo)");
    }
    REQUIRE(j.close(QStringLiteral("rolled back"), &error));
    CHECK(j.isClosed());
}

TEST_CASE("execute runs the steps in order, hands outputs on, and resumes after the last finished step", "[plan][execute]")
{
    QTemporaryDir tmp;
    Recorder r;
    Plan plan;
    plan.id = QStringLiteral("test");
    plan.steps = {r.step(QStringLiteral("a"), true, QStringLiteral("A")), r.step(QStringLiteral("b"), false),
                  r.step(QStringLiteral("c"), false, QStringLiteral("C"))};
    // c sees what a left.
    plan.steps[2].run = [&r](PlanOutputs &outputs, QString *error) {
        if (outputs.value(QStringLiteral("a")) != QLatin1String("A")) {
            *error = QStringLiteral("no output of a");
            return false;
        }
        r.ran.append(QStringLiteral("c"));
        return true;
    };
    Journal journal(tmp.path() + QLatin1String("/j.jsonl"));

    r.failAt = QStringLiteral("b");
    const PlanResult failed = execute(plan, journal);
    CHECK_FALSE(failed.completed);
    CHECK(failed.failedStep == QLatin1String("b"));
    CHECK(failed.error == QLatin1String("b broke"));
    CHECK(r.ran == QStringList{QStringLiteral("a")});
    CHECK(journal.finishedSteps() == QStringList{QStringLiteral("a")});

    // Run again: a is not run twice, b and c run, c with a's output.
    r.failAt.clear();
    const PlanResult resumed = execute(plan, journal);
    CHECK(resumed.completed);
    CHECK(resumed.skipped == QStringList{QStringLiteral("a")});
    CHECK(r.ran == (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    CHECK(journal.finishedSteps() == (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

    // Finished: a third run does nothing.
    const PlanResult again = execute(plan, journal);
    CHECK(again.completed);
    CHECK(again.skipped.size() == 3);
    CHECK(r.ran.size() == 3);
}

TEST_CASE("execute stops between steps when cancelled", "[plan][execute]")
{
    QTemporaryDir tmp;
    Recorder r;
    Plan plan;
    plan.steps = {r.step(QStringLiteral("a"), true), r.step(QStringLiteral("b"), true), r.step(QStringLiteral("c"), true)};
    Journal journal(tmp.path() + QLatin1String("/j.jsonl"));
    ScanControl control;
    // Cancelled while a runs: b and c do not start.
    plan.steps[0].run = [&](PlanOutputs &, QString *) {
        r.ran.append(QStringLiteral("a"));
        control.cancel();
        return true;
    };
    const PlanResult result = execute(plan, journal, &control);
    CHECK(result.cancelled);
    CHECK_FALSE(result.completed);
    CHECK(r.ran == QStringList{QStringLiteral("a")});
    CHECK(journal.finishedSteps() == QStringList{QStringLiteral("a")});
}

TEST_CASE("A journal that cannot be written stops the plan before its first step", "[plan][execute][badinput]")
{
    QTemporaryDir tmp;
    // Its folder would be a regular file: no one, root included, writes there.
    writeFile(tmp.path() + QLatin1String("/journal"), "a file, not a folder\n");
    const QString path = tmp.path() + QLatin1String("/journal/remote/plan.jsonl");
    Recorder r;
    Plan plan;
    plan.steps = {r.step(QStringLiteral("a"), false)};
    Journal journal(path);
    const PlanResult result = execute(plan, journal);
    CHECK_FALSE(result.completed);
    CHECK(result.failedStep == QLatin1String("a"));
    CHECK(result.error.startsWith(path + QLatin1String(": ")));
    CHECK(r.ran.isEmpty());
}

TEST_CASE("rollback undoes the finished local steps, last first, and is refused once a step left the machine", "[plan][rollback]")
{
    QTemporaryDir tmp;
    Recorder r;
    Plan plan;
    plan.steps = {r.step(QStringLiteral("tag"), true, QStringLiteral("T")), r.step(QStringLiteral("note"), true, QStringLiteral("N")),
                  r.step(QStringLiteral("push"), false)};
    QString error;

    SECTION("nothing left the machine")
    {
        Journal journal(tmp.path() + QLatin1String("/j.jsonl"));
        r.failAt = QStringLiteral("push");
        REQUIRE_FALSE(execute(plan, journal).completed);
        REQUIRE(rollback(plan, journal, &error));
        CHECK(r.undone == (QStringList{QStringLiteral("note"), QStringLiteral("tag")}));
        CHECK(journal.isClosed());
        // A new run starts from the first step.
        r.failAt.clear();
        r.ran.clear();
        CHECK(execute(plan, journal).completed);
        CHECK(r.ran == (QStringList{QStringLiteral("tag"), QStringLiteral("note"), QStringLiteral("push")}));
    }

    SECTION("the push finished")
    {
        Journal journal(tmp.path() + QLatin1String("/j.jsonl"));
        REQUIRE(execute(plan, journal).completed);
        CHECK_FALSE(rollback(plan, journal, &error));
        CHECK(error == QLatin1String("'Step push' has finished and left the machine: run the plan again to finish it"));
        CHECK(r.undone.isEmpty());
        CHECK_FALSE(journal.isClosed());
    }
}
