#include "plan.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "platform/fileutil.h"

#include <csignal>
#include <unistd.h>

namespace ReleaseDeck {

QString Plan::text() const
{
    QStringList out{title};
    for (int i = 0; i < steps.size(); ++i) {
        const PlanStep &s = steps.at(i);
        out.append(QStringLiteral("%1. %2%3").arg(i + 1).arg(s.title, s.localOnly ? QStringLiteral(" (local)") : QString()));
        if (!s.detail.isEmpty()) {
            for (const QString &line : s.detail.split(QLatin1Char('\n')))
                out.append(QStringLiteral("   ") + line);
        }
    }
    for (const QString &w : warnings)
        out.append(QStringLiteral("Note: ") + w);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList Plan::made(const PlanOutputs &outputs) const
{
    QStringList out;
    for (const PlanStep &s : steps) {
        const QString what = outputs.value(QStringLiteral("made:") + s.id);
        if (!what.isEmpty())
            out.append(what);
    }
    return out;
}

Journal::Journal(const QString &path)
    : m_path(path)
{}

bool Journal::append(const QJsonObject &line, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append)) {
        *error = QStringLiteral("%1: %2").arg(m_path, f.errorString());
        return false;
    }
    QJsonObject stamped = line;
    stamped.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QByteArray bytes = QJsonDocument(stamped).toJson(QJsonDocument::Compact) + '\n';
    // A line cut short by a kill has no newline: end it first, so that it
    // stays one unreadable line and this one is read.
    if (f.size() > 0 && f.seek(f.size() - 1) && f.peek(1) != "\n")
        bytes.prepend('\n');
    f.seek(f.size());
    if (f.write(bytes) != bytes.size() || !f.flush() || ::fsync(f.handle()) != 0) {
        *error = QStringLiteral("%1: cannot write the journal: %2").arg(m_path, f.errorString());
        return false;
    }
    return true;
}

bool Journal::begin(const QString &step, QString *error)
{
    return append({{QStringLiteral("step"), step}, {QStringLiteral("event"), QStringLiteral("begin")}}, error);
}

bool Journal::done(const QString &step, const PlanOutputs &outputs, QString *error)
{
    QJsonObject out;
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it)
        out.insert(it.key(), it.value());
    return append({{QStringLiteral("step"), step}, {QStringLiteral("event"), QStringLiteral("done")},
                   {QStringLiteral("outputs"), out}},
                  error);
}

bool Journal::failed(const QString &step, const QString &why, QString *error)
{
    return append({{QStringLiteral("step"), step}, {QStringLiteral("event"), QStringLiteral("failed")},
                   {QStringLiteral("error"), why}},
                  error);
}

bool Journal::close(const QString &why, QString *error)
{
    return append({{QStringLiteral("event"), QStringLiteral("closed")}, {QStringLiteral("why"), why}}, error);
}

bool Journal::isClosed() const
{
    const QList<QJsonObject> all = allLines();
    return !all.isEmpty() && all.last().value(QLatin1String("event")).toString() == QLatin1String("closed");
}

bool Journal::isStarted() const
{
    return !lines().isEmpty();
}

QList<QJsonObject> Journal::lines() const
{
    // A closed plan starts again from nothing.
    QList<QJsonObject> all = allLines();
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        if (all.at(i).value(QLatin1String("event")).toString() == QLatin1String("closed"))
            return all.mid(i + 1);
    }
    return all;
}

QList<QJsonObject> Journal::allLines() const
{
    QList<QJsonObject> out;
    QString ignored;
    const auto text = readRegularFile(m_path, kMaxBytes, &ignored);
    if (!text)
        return out;
    // A line cut short by a kill is not a line: it is skipped.
    for (const QByteArray &line : text->split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            out.append(doc.object());
    }
    return out;
}

QStringList Journal::finishedSteps() const
{
    QStringList out;
    for (const QJsonObject &o : lines()) {
        if (o.value(QLatin1String("event")).toString() == QLatin1String("done"))
            out.append(o.value(QLatin1String("step")).toString());
    }
    return out;
}

PlanOutputs Journal::outputs() const
{
    PlanOutputs out;
    for (const QJsonObject &o : lines()) {
        const QJsonObject values = o.value(QLatin1String("outputs")).toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            out.insert(it.key(), it.value().toString());
    }
    return out;
}

namespace {

// The fault hook of execute(): see plan.h.
void killIfAsked(const QString &step, const char *event)
{
    static const QByteArray at = qgetenv("RELEASEDECK_KILL_AT");
    if (!at.isEmpty() && at == step.toUtf8() + ':' + event)
        ::raise(SIGKILL);
}

} // namespace

PlanResult execute(const Plan &plan, Journal &journal, ScanControl *control)
{
    PlanResult result;
    const QStringList finished = journal.finishedSteps();
    PlanOutputs outputs = journal.outputs();
    if (control)
        control->addWork(int(plan.steps.size()));
    for (const PlanStep &step : plan.steps) {
        if (finished.contains(step.id)) {
            result.skipped.append(step.id);
            if (control)
                control->advance(1, step.title);
            continue;
        }
        if (control && control->isCancelled()) {
            result.cancelled = true;
            return result;
        }
        QString error;
        if (!journal.begin(step.id, &error)) {
            result.failedStep = step.id;
            result.error = error;
            return result;
        }
        killIfAsked(step.id, "begin");
        PlanOutputs produced = outputs;
        if (!step.run(produced, &error)) {
            QString ignored;
            journal.failed(step.id, error, &ignored);
            result.failedStep = step.id;
            result.error = error;
            result.conflict = produced.value(kConflictOutput) == QLatin1String("1");
            return result;
        }
        PlanOutputs added;
        for (auto it = produced.cbegin(); it != produced.cend(); ++it) {
            if (outputs.value(it.key()) != it.value())
                added.insert(it.key(), it.value());
        }
        outputs = produced;
        if (!journal.done(step.id, added, &error)) {
            result.failedStep = step.id;
            result.error = error;
            return result;
        }
        killIfAsked(step.id, "done");
        if (control)
            control->advance(1, step.title);
    }
    result.completed = true;
    result.outputs = outputs;
    return result;
}

bool rollback(const Plan &plan, Journal &journal, QString *error)
{
    const QStringList finished = journal.finishedSteps();
    for (const PlanStep &step : plan.steps) {
        if (finished.contains(step.id) && !step.localOnly) {
            *error = QStringLiteral("'%1' has finished and left the machine: run the plan again to finish it").arg(step.title);
            return false;
        }
    }
    const PlanOutputs outputs = journal.outputs();
    for (auto it = plan.steps.crbegin(); it != plan.steps.crend(); ++it) {
        if (!finished.contains(it->id) || !it->undo)
            continue;
        if (!it->undo(outputs, error))
            return false;
    }
    return journal.close(QStringLiteral("rolled back"), error);
}

} // namespace ReleaseDeck
