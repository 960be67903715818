#include "status.h"
#include "terminal.h"

#include "mapping/contentmapping.h"
#include "mapping/mappingexport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace ReleaseDeck::Cli {

int mapping(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Maps chart releases to the OSS and SaaS releases they deploy, by content."));
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                       QStringLiteral("The workspace file."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (the same as --format json)."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text, json, csv or md."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption checkRegistry(QStringLiteral("check-registry"),
                                           QStringLiteral("Ask the registries for the revision label of images whose commit git cannot name."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({workspace, json, format, checkRegistry, noCacheOption(), help});
    const QString usage = QStringLiteral("usage: releasedeck mapping -w FILE [--json | --format text|json|csv|md] [--check-registry] [--no-cache]");
    if (!parser.parse(arguments))
        return fail(QStringLiteral("mapping: %1").arg(parser.errorText()), 2);
    if (parser.isSet(help))
        return printHelp(usage, parser);
    if (!parser.isSet(workspace))
        return fail(QStringLiteral("mapping: -w FILE is required"), 2);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("mapping: unexpected argument '%1'").arg(parser.positionalArguments().first()), 2);
    const QString kind = parser.isSet(json) ? QStringLiteral("json") : parser.value(format);
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("md")}.contains(kind))
        return fail(QStringLiteral("mapping: --format must be text, json, csv or md, not '%1'").arg(kind), 2);
    if (parser.isSet(json) && parser.isSet(format) && parser.value(format) != QLatin1String("json"))
        return fail(QStringLiteral("mapping: --json and --format %1 together: give one").arg(parser.value(format)), 2);

    QString error;
    RegistryReportPtr report;
    const OverviewPtr overview = scanWorkspace(parser.value(workspace), scanOptions(parser), false, &report, &error);
    if (!overview)
        return fail(error == QLatin1String("cancelled") ? QStringLiteral("mapping: cancelled") : error);
    WorkspaceSnapshot snapshot = overview->snapshot;
    QStringList problems;
    if (parser.isSet(checkRegistry))
        ContentMapping::applyRegistryLabels(snapshot, nullptr, &problems);
    ContentMapping mapping = ContentMapping::build(snapshot);
    // What the scan and the train found too: a skipped component or an
    // unreadable workflow file changes what the mapping can say.
    mapping.problems = overview->snapshot.problems + problems + mapping.problems;
    if (parser.isSet(checkRegistry))
        mapping.unlabelled = 0; // asked already

    QByteArray bytes;
    if (kind == QLatin1String("json"))
        bytes = MappingExport::json(mapping);
    else if (kind == QLatin1String("csv"))
        bytes = MappingExport::csv(mapping);
    else if (kind == QLatin1String("md"))
        bytes = MappingExport::markdown(mapping, QStringLiteral("%1: chart releases by content").arg(snapshot.name));
    else
        bytes = MappingExport::text(mapping).toUtf8();
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(bytes) != bytes.size() || !stdOut.flush())
        return fail(QStringLiteral("mapping: cannot write the output: %1").arg(stdOut.errorString()));
    return 0;
}

} // namespace ReleaseDeck::Cli
