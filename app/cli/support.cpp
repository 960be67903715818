#include "status.h"
#include "terminal.h"

#include "domain/printable.h"
#include "session/supportreport.h"
#include "domain/supportpolicy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace ReleaseDeck::Cli {

namespace {

QJsonValue dateOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString day(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().date().toString(Qt::ISODate) : QStringLiteral("—");
}

QJsonArray pathJson(const UpgradePath &path)
{
    QJsonArray out;
    for (const PathStep &step : path.steps)
        out.append(QJsonObject{{QStringLiteral("version"), step.version.toString()},
                               {QStringLiteral("upgradeStop"), step.upgradeStop.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(step.upgradeStop)}});
    return out;
}

QJsonArray changesJson(const UpgradePath &path)
{
    QJsonArray out;
    for (const ChartChanges &c : path.charts) {
        QJsonArray values, deps;
        for (const ValuesChange &v : c.values) {
            QJsonObject row{{QStringLiteral("key"), v.key}, {QStringLiteral("change"), ValuesChange::kindName(v.kind)}};
            if (v.kind != ValuesChange::Kind::Added)
                row.insert(QStringLiteral("from"), v.from);
            if (v.kind != ValuesChange::Kind::Removed)
                row.insert(QStringLiteral("to"), v.to);
            values.append(row);
        }
        for (const DependencyChange &d : c.dependencies)
            deps.append(QJsonObject{{QStringLiteral("name"), d.name},
                                    {QStringLiteral("from"), d.from.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.from)},
                                    {QStringLiteral("to"), d.to.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.to)}});
        QJsonObject row{{QStringLiteral("chart"), c.chart}, {QStringLiteral("from"), c.from}, {QStringLiteral("to"), c.to},
                        {QStringLiteral("values"), values}, {QStringLiteral("dependencies"), deps}};
        if (!c.problem.isEmpty())
            row.insert(QStringLiteral("problem"), c.problem);
        out.append(row);
    }
    return out;
}

// "path 0.74.0 → 0.75.0 (stop at 0.74.0: database migration)", and with
// `detail` what changes in each chart's values and dependencies.
void printPath(QTextStream &o, const UpgradePath &path, bool detail)
{
    QStringList versions;
    for (const PathStep &s : path.steps)
        versions.append(s.version.toString());
    o << "      path " << versions.join(QStringLiteral(" → "));
    for (const PathStep &s : path.stops())
        o << "\n      required stop " << s.version.toString() << ": " << printableName(s.upgradeStop, 200);
    o << "\n";
    if (!detail)
        return;
    for (const ChartChanges &c : path.charts) {
        o << "      chart " << c.chart << " " << printableName(c.from, 80) << " → " << printableName(c.to, 80);
        if (!c.problem.isEmpty()) {
            o << ": " << printableName(c.problem, 300) << "\n";
            continue;
        }
        if (c.values.isEmpty() && c.dependencies.isEmpty())
            o << ": nothing changes in values.yaml or dependencies";
        o << "\n";
        for (const ValuesChange &v : c.values) {
            o << "        " << ValuesChange::kindName(v.kind).leftJustified(8) << printableName(v.key, 120);
            if (v.kind == ValuesChange::Kind::Changed)
                o << ": " << printableName(v.from, 80) << " → " << printableName(v.to, 80);
            else if (v.kind == ValuesChange::Kind::Added)
                o << ": " << printableName(v.to, 80);
            o << "\n";
        }
        for (const DependencyChange &d : c.dependencies)
            o << "        dependency " << printableName(d.name, 80) << ": " << (d.from.isEmpty() ? QStringLiteral("added") : d.from) << " → "
              << (d.to.isEmpty() ? QStringLiteral("removed") : d.to) << "\n";
    }
}

} // namespace

int support(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Which Enterprise release lines get fixes, by the workspace's support policy."));
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                       QStringLiteral("The workspace file."), QStringLiteral("FILE"));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("The moment to judge (ISO 8601 date or date and time, UTC); default: now."),
                                QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/support.md)."));
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      QStringLiteral("Only this customer, with what changes on the way to their target."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({workspace, at, json, customer, noCacheOption(), help});
    const QString usage = QStringLiteral("usage: releasedeck support -w FILE [--at DATE] [--customer NAME] [--json] [--no-cache]");
    if (!parser.parse(arguments))
        return fail(QStringLiteral("support: %1").arg(parser.errorText()), 2);
    if (parser.isSet(help))
        return printHelp(usage, parser);
    if (!parser.isSet(workspace))
        return fail(QStringLiteral("support: -w FILE is required"), 2);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("support: unexpected argument '%1'").arg(printableName(parser.positionalArguments().first())), 2);
    if (parser.isSet(customer) && parser.value(customer).trimmed().isEmpty())
        return fail(QStringLiteral("support: --customer needs a customer's name"), 2);
    QDateTime when;
    if (!atArgument(parser, at, QStringLiteral("support"), &when))
        return 2;

    QString error;
    RegistryReportPtr registry;
    const OverviewPtr overview = scanWorkspace(parser.value(workspace), scanOptions(parser), false, &registry, &error);
    if (!overview)
        return fail(error == QLatin1String("cancelled") ? QStringLiteral("support: cancelled") : error);
    const SupportReport report = SupportReport::build(*overview, when, parser.value(customer));
    if (parser.isSet(customer) && report.customers.isEmpty())
        return fail(report.customersFile.isEmpty()
                        ? QStringLiteral("support: %1 names no customers file ('customers:')").arg(overview->snapshot.workspace.file)
                        : QStringLiteral("support: %1 has no customer '%2'").arg(report.customersFile, printableName(parser.value(customer))));
    const QList<LineSupport> &lines = report.lines;
    const QStringList &problems = report.problems;

    if (parser.isSet(json)) {
        QJsonArray releases, lineRows;
        for (const Publish &p : report.publishes) {
            if (p.at > when)
                continue;
            const LineSupport l = SupportLines::of(p.version, lines);
            releases.append(QJsonObject{{QStringLiteral("version"), p.version.toString()},
                                        {QStringLiteral("line"), l.line()},
                                        {QStringLiteral("published"), dateOrNull(p.at)},
                                        {QStringLiteral("status"), LineSupport::statusName(l.status)},
                                        {QStringLiteral("since"), dateOrNull(l.since)},
                                        {QStringLiteral("until"), dateOrNull(l.until)},
                                        {QStringLiteral("projected"), l.projected}});
        }
        for (const LineSupport &l : lines) {
            lineRows.append(QJsonObject{{QStringLiteral("line"), l.line()},
                                        {QStringLiteral("status"), LineSupport::statusName(l.status)},
                                        {QStringLiteral("firstPublished"), dateOrNull(l.firstPublished)},
                                        {QStringLiteral("since"), dateOrNull(l.since)},
                                        {QStringLiteral("until"), dateOrNull(l.until)},
                                        {QStringLiteral("projected"), l.projected},
                                        {QStringLiteral("lts"), l.lts}});
        }
        QJsonArray customerRows;
        for (const SupportReport::CustomerRow &row : report.customers) {
            const Customer &c = row.customer;
            const CustomerStanding &s = row.standing;
            const LineSupport &l = s.line;
            customerRows.append(QJsonObject{{QStringLiteral("name"), c.name},
                                            {QStringLiteral("path"), pathJson(row.path)},
                                            {QStringLiteral("changes"), changesJson(row.path)},
                                            {QStringLiteral("version"), c.version.toString()},
                                            {QStringLiteral("line"), l.line()},
                                            {QStringLiteral("status"), LineSupport::statusName(l.status)},
                                            {QStringLiteral("until"), dateOrNull(l.until)},
                                            {QStringLiteral("projected"), l.projected},
                                            {QStringLiteral("lts"), c.lts},
                                            {QStringLiteral("target"), s.target.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.target.toString())},
                                            {QStringLiteral("nextWindow"), dateOrNull(s.window)},
                                            {QStringLiteral("warning"), s.warning.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.warning)}});
        }
        const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("at"), when.toString(Qt::ISODate)},
                                                           {QStringLiteral("lines"), lineRows},
                                                           {QStringLiteral("releases"), releases},
                                                           {QStringLiteral("customers"), customerRows},
                                                           {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}})
                                     .toJson(QJsonDocument::Indented);
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(bytes) != bytes.size() || !stdOut.flush())
            return fail(QStringLiteral("support: cannot write the output: %1").arg(stdOut.errorString()));
        return 0;
    }
    QTextStream &o = out();
    o << "Support at " << when.toString(Qt::ISODate) << " (" << overview->snapshot.name << ")\n";
    if (lines.isEmpty())
        o << "  No Enterprise release is published yet.\n";
    for (const LineSupport &l : lines) {
        o << "  " << l.line().leftJustified(8) << LineSupport::statusName(l.status).leftJustified(12) << "since " << day(l.since);
        if (l.until.isValid())
            o << ", until " << day(l.until) << (l.projected ? " (projected)" : "");
        if (l.lts)
            o << "  [LTS]";
        o << "\n";
    }
    if (!report.customers.isEmpty())
        o << "Customers:\n";
    for (const SupportReport::CustomerRow &row : report.customers) {
        const Customer &c = row.customer;
        const CustomerStanding &s = row.standing;
        const LineSupport &l = s.line;
        o << "  " << printableName(c.name, 40).leftJustified(23) << ' ' << c.version.toString().leftJustified(12)
          << LineSupport::statusName(l.status);
        if (l.until.isValid())
            o << " until " << day(l.until) << (l.projected ? " (projected)" : "");
        if (s.behind)
            o << "; target " << s.target.toString();
        if (s.window.isValid())
            o << ", next window " << s.window.toString(QStringLiteral("ddd d MMM HH:mm 'UTC'"));
        if (!s.warning.isEmpty())
            o << "\n      ! " << s.warning;
        o << "\n";
        if (!row.path.steps.isEmpty())
            printPath(o, row.path, parser.isSet(customer));
    }
    for (const QString &p : std::as_const(problems))
        o << "! " << printableName(p, 400) << "\n";
    o.flush();
    return 0;
}

} // namespace ReleaseDeck::Cli
