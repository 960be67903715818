#include "status.h"
#include "terminal.h"

#include "domain/printable.h"
#include "domain/verdict.h"
#include "review/review.h"
#include "review/reviewtext.h"
#include "review/whatif.h"
#include "reviewexport.h"
#include "workspace/customersfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace ReleaseDeck::Cli {

namespace {

int writeStdout(const QByteArray &bytes, const QString &command)
{
    QFile file;
    if (!file.open(stdout, QIODevice::WriteOnly) || file.write(bytes) < 0)
        return fail(QStringLiteral("%1: cannot write the output: %2").arg(command, file.errorString()));
    return 0;
}

std::optional<Version> versionArgument(const QString &text, const QString &command, QString *error)
{
    QString why;
    const auto v = Version::parse(text, &why);
    if (!v || !v->isRelease())
        *error = QStringLiteral("%1: '%2' is not a release version (X.Y.Z or X.Y.Z-fixN)%3")
                     .arg(command, printableName(text, 60), why.isEmpty() ? QString() : QStringLiteral(": ") + why);
    return v && v->isRelease() ? v : std::nullopt;
}

// --weeks: 1 to `max`, `fallback` when not given; -1 once the refusal is printed.
int weeksArgument(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback, int max,
                  const QString &command)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (ok && n >= 1 && n <= max)
        return n;
    fail(QStringLiteral("%1: --weeks must be a whole number from 1 to %2, not '%3'")
             .arg(command)
             .arg(max)
             .arg(printableName(parser.value(option), 40)),
         2);
    return -1;
}

} // namespace

// `releasedeck notes VERSION [--from VERSION] -w FILE [--format md|html]`.
int notes(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")}, QStringLiteral("The workspace file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Since this version (default: the previous release of the same line)."),
                                  QStringLiteral("VERSION"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("md (default) or html."), QStringLiteral("FORMAT"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({workspace, from, format, noCacheOption(), help});
    if (!parser.parse(arguments))
        return fail(QStringLiteral("notes: %1").arg(parser.errorText()), 2);
    if (parser.isSet(help))
        return printHelp(QStringLiteral("usage: releasedeck notes VERSION [--from VERSION] -w FILE [--format md|html] [--no-cache]"), parser);
    if (!parser.isSet(workspace))
        return fail(QStringLiteral("notes: -w FILE is required"), 2);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("notes: name one VERSION"), 2);
    const QString fmt = parser.isSet(format) ? parser.value(format) : QStringLiteral("md");
    if (fmt != QLatin1String("md") && fmt != QLatin1String("html"))
        return fail(QStringLiteral("notes: --format must be md or html, not '%1'").arg(printableName(fmt, 40)), 2);
    QString error;
    const auto version = versionArgument(parser.positionalArguments().first(), QStringLiteral("notes"), &error);
    if (!version)
        return fail(error, 2);
    std::optional<Version> since;
    if (parser.isSet(from)) {
        since = versionArgument(parser.value(from), QStringLiteral("notes: --from"), &error);
        if (!since)
            return fail(error, 2);
        if (Version::compare(*since, *version) >= 0)
            return fail(QStringLiteral("notes: --from %1 is not before %2").arg(since->toString(), version->toString()), 2);
    }
    RegistryReportPtr report;
    const OverviewPtr overview = scanWorkspace(parser.value(workspace), scanOptions(parser), false, &report, &error);
    if (!overview)
        return fail(QStringLiteral("notes: %1").arg(error));
    if (overview->train.indexOf(*version) < 0)
        return fail(QStringLiteral("notes: %1 is no release of the workspace").arg(version->toString()));
    if (since && overview->train.indexOf(*since) < 0)
        return fail(QStringLiteral("notes: --from %1 is no release of the workspace").arg(since->toString()));
    const ReleaseNotes n = ReleaseNotes::build(*overview, *version, since);
    const QString text = fmt == QLatin1String("html") ? ReviewText::page(ReleaseNotes::tr("Release notes %1").arg(n.version),
                                                                         ReviewText::notesHtml(n))
                                                      : ReviewText::notesMarkdown(n);
    return writeStdout(text.toUtf8(), QStringLiteral("notes"));
}

// `releasedeck whatif -w FILE [--weeks N] [--json]`.
int whatif(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")}, QStringLiteral("The workspace file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption weeks(QStringLiteral("weeks"), QStringLiteral("How many weeks to replay (1 to 520; default 52)."),
                                   QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print it as JSON."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({workspace, weeks, json, noCacheOption(), help});
    if (!parser.parse(arguments))
        return fail(QStringLiteral("whatif: %1").arg(parser.errorText()), 2);
    if (parser.isSet(help))
        return printHelp(QStringLiteral("usage: releasedeck whatif -w FILE [--weeks N] [--json] [--no-cache]"), parser);
    if (!parser.isSet(workspace))
        return fail(QStringLiteral("whatif: -w FILE is required"), 2);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("whatif: unexpected argument '%1'").arg(printableName(parser.positionalArguments().first())), 2);
    const int n = weeksArgument(parser, weeks, 52, 520, QStringLiteral("whatif"));
    if (n < 0)
        return 2;
    QString error;
    RegistryReportPtr report;
    const OverviewPtr overview = scanWorkspace(parser.value(workspace), scanOptions(parser), false, &report, &error);
    if (!overview)
        return fail(QStringLiteral("whatif: %1").arg(error));
    QStringList problems;
    QList<Customer> customers;
    if (const QString file = overview->snapshot.workspace.customersFile; !file.isEmpty()) {
        const CustomersLoad load = CustomersFile::load(file);
        customers = load.customers;
        for (const Problem &p : load.problems)
            problems.append(p.toString());
    }
    const WhatIf w = WhatIf::build(*overview, customers, n, QDateTime::currentDateTimeUtc());
    if (parser.isSet(json)) {
        QJsonArray options;
        for (const WhatIfOption &o : w.options) {
            QJsonArray publishes, samples, out;
            for (const Publish &p : o.publishes)
                publishes.append(QJsonObject{{QStringLiteral("version"), p.version.toString()},
                                             {QStringLiteral("at"), p.at.toUTC().toString(Qt::ISODate)}});
            for (const WhatIfOption::Sample &s : o.samples)
                samples.append(QJsonObject{{QStringLiteral("date"), s.day.toString(Qt::ISODate)},
                                           {QStringLiteral("supportedLines"), s.supported},
                                           {QStringLiteral("backports"), s.backports}});
            for (const WhatIfOption::Dropped &d : o.dropped)
                out.append(QJsonObject{{QStringLiteral("customer"), d.customer},
                                       {QStringLiteral("from"), d.from.toString(Qt::ISODate)},
                                       {QStringLiteral("version"), d.version}});
            options.append(QJsonObject{{QStringLiteral("option"), o.number},
                                       {QStringLiteral("name"), o.name},
                                       {QStringLiteral("summary"), o.summary},
                                       {QStringLiteral("enterpriseReleases"), o.made()},
                                       {QStringLiteral("maxSupportedLines"), o.maxSupported()},
                                       {QStringLiteral("maxBackports"), o.maxBackports()},
                                       {QStringLiteral("publishes"), publishes},
                                       {QStringLiteral("samples"), samples},
                                       {QStringLiteral("customersOut"), out}});
        }
        const QJsonObject root{{QStringLiteral("from"), w.from.toString(Qt::ISODate)},
                               {QStringLiteral("to"), w.to.toString(Qt::ISODate)},
                               {QStringLiteral("weeks"), w.weeks},
                               {QStringLiteral("ossReleases"), w.ossReleases},
                               {QStringLiteral("customers"), int(customers.size())},
                               {QStringLiteral("options"), options},
                               {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
        return writeStdout(QJsonDocument(root).toJson(QJsonDocument::Indented), QStringLiteral("whatif"));
    }
    QTextStream &o = out();
    auto count = [](qsizetype n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    o << "Replay of " << count(w.weeks, "week", "weeks") << ", " << w.from.toString(Qt::ISODate) << " to "
      << w.to.toString(Qt::ISODate) << ": " << count(w.ossReleases, "OSS release", "OSS releases") << ", "
      << count(customers.size(), "customer", "customers") << "\n";
    for (const WhatIfOption &opt : w.options) {
        o << "\nOption " << opt.number << ": " << opt.name << "\n  " << opt.summary << "\n";
        o << "  Enterprise releases      " << opt.made() << "\n";
        o << "  supported lines, at most " << opt.maxSupported() << "\n";
        o << "  backports of a fix, at most " << count(opt.maxBackports(), "line", "lines") << "\n";
        if (opt.dropped.isEmpty())
            o << "  customers out of support none\n";
        for (const WhatIfOption::Dropped &d : opt.dropped)
            o << "  out of support           " << printableName(d.customer, 80) << " from " << d.from.toString(Qt::ISODate)
              << " on " << d.version << "\n";
    }
    for (const QString &p : problems)
        o << "problem: " << p << "\n";
    o.flush();
    return 0;
}

// `releasedeck report -w FILE --week 2026-W48 -o FILE.pdf|.html|.md`.
int report(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")}, QStringLiteral("The workspace file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption week(QStringLiteral("week"), QStringLiteral("The week under review, as 2026-W48 (default: this week)."),
                                  QStringLiteral("WEEK"));
    const QCommandLineOption weeks(QStringLiteral("weeks"), QStringLiteral("How many weeks the review looks back over (1 to 52, default 12)."),
                                   QStringLiteral("N"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write: .pdf, .html or .md."), QStringLiteral("FILE"));
    const QCommandLineOption at(QStringLiteral("at"),
                                QStringLiteral("The moment the figures and the customers' support are judged at, nothing after "
                                               "it counted (ISO 8601 date or date and time, UTC); default: now. The agenda "
                                               "is the workspace's as it is now."),
                                QStringLiteral("DATE"));
    const QCommandLineOption noRegistry(QStringLiteral("no-registry"),
                                        QStringLiteral("Do not ask the registries (offline): their part is unknown."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({workspace, week, weeks, at, output, noRegistry, noCacheOption(), help});
    if (!parser.parse(arguments))
        return fail(QStringLiteral("report: %1").arg(parser.errorText()), 2);
    if (parser.isSet(help))
        return printHelp(QStringLiteral("usage: releasedeck report -w FILE [--week 2026-W48] [--weeks N] [--at DATE] -o FILE.pdf|.html|.md [--no-cache]"),
                         parser);
    if (!parser.isSet(workspace))
        return fail(QStringLiteral("report: -w FILE is required"), 2);
    if (!parser.isSet(output))
        return fail(QStringLiteral("report: -o FILE.pdf|.html|.md is required"), 2);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("report: unexpected argument '%1'").arg(printableName(parser.positionalArguments().first())), 2);
    const QString target = parser.value(output);
    const auto format = ReviewExport::formatOf(target);
    if (!format)
        return fail(QStringLiteral("report: %1: the file name must end in .pdf, .html or .md").arg(printableName(target, 200)), 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime asOf;
    if (!atArgument(parser, at, QStringLiteral("report"), &asOf))
        return 2;
    QDate underReview = asOf.date();
    QString error;
    if (parser.isSet(week)) {
        const auto monday = ReviewPeriod::parseWeek(parser.value(week), &error);
        if (!monday)
            return fail(QStringLiteral("report: --week %1").arg(error), 2);
        underReview = *monday;
    }
    const int n = weeksArgument(parser, weeks, 12, 52, QStringLiteral("report"));
    if (n < 0)
        return 2;
    if (parser.isSet(week) && ReviewPeriod::ending(underReview, 1).start() > std::min(asOf, now))
        return fail(parser.isSet(at) && asOf < now
                        ? QStringLiteral("report: --week %1 begins after --at %2: none of it had happened by then")
                              .arg(parser.value(week), asOf.toString(Qt::ISODate))
                        : QStringLiteral("report: --week %1 has not begun yet").arg(parser.value(week)),
                    2);
    RegistryReportPtr registry;
    const OverviewPtr overview = scanWorkspace(parser.value(workspace), scanOptions(parser), !parser.isSet(noRegistry), &registry, &error);
    if (!overview)
        return fail(QStringLiteral("report: %1").arg(error));
    if (!parser.isSet(week))
        underReview = ReviewPeriod::defaultWeek(underReview, n, trainDates(overview->train));
    const VerdictsPtr verdicts = Verdicts::build(overview, registry, now);
    const ReviewPtr review =
        Review::build(verdicts, ReviewPeriod::ending(underReview, n), now, nullptr, !parser.isSet(noRegistry), asOf);
    if (!ReviewExport::write(*review, target, *format, &error))
        return fail(QStringLiteral("report: %1").arg(error));
    out() << "Wrote " << target << "\n";
    out().flush();
    return 0;
}

} // namespace ReleaseDeck::Cli
