#include "status.h"

#include "terminal.h"

#include "domain/printable.h"
#include "domain/stagingstate.h"
#include "domain/verdict.h"
#include "review/agenda.h"
#include "ops/operation.h"
#include "session/workspacesession.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>
#include <unistd.h>

namespace ReleaseDeck::Cli {

// A workspace scanned as the window scans it, and, when asked, its
// registries checked: the overview, or null with the reason.
OverviewPtr scanWorkspace(const QString &file, const Scanner::Options &options, bool checkRegistry,
                          RegistryReportPtr *report, QString *error)
{
    WorkspaceSession session;
    session.setFollowUps(checkRegistry ? WorkspaceSession::CheckRegistries : WorkspaceSession::FollowUps());
    session.setScanOptions(options);
    session.setUseKeychain(false); // logins come from the environment here
    // Progress on a terminal only: CI logs and pipes stay clean.
    const bool terminal = isatty(fileno(stderr));
    if (terminal) {
        QObject::connect(&session, &WorkspaceSession::scanProgress, [](int done, int total, const QString &what) {
            static qint64 last = 0;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (now - last < 100)
                return;
            last = now;
            fprintf(stderr, "\r\033[Kscanning %d/%d %s", done, total, qPrintable(printableName(what, 60)));
            fflush(stderr);
        });
        QObject::connect(&session, &WorkspaceSession::registryProgress, [](int done, int total) {
            fprintf(stderr, "\r\033[Kchecking the registries %d/%d", done, total);
            fflush(stderr);
        });
    }
    QEventLoop loop;
    OverviewPtr overview;
    QObject::connect(&session, &WorkspaceSession::overviewReady, &loop, [&](const OverviewPtr &o) {
        overview = o;
        if (!checkRegistry)
            loop.quit();
    });
    QObject::connect(&session, &WorkspaceSession::registryChecked, &loop,
                     [&](const OverviewPtr &, const RegistryReportPtr &r) {
                         *report = r;
                         loop.quit();
                     });
    QObject::connect(&session, &WorkspaceSession::registryCancelled, &loop, [&] { loop.quit(); });
    QObject::connect(&session, &WorkspaceSession::scanFailed, &loop, [&](const QString &e) {
        *error = e.section(QLatin1Char('\n'), 0, 0);
        overview.reset();
        loop.quit();
    });
    QObject::connect(&session, &WorkspaceSession::openFailed, &loop, [&](const QString &, const QString &e) {
        *error = e.section(QLatin1Char('\n'), 0, 0);
        overview.reset();
        loop.quit();
    });
    QObject::connect(&session, &WorkspaceSession::scanCancelled, &loop, [&] {
        *error = QStringLiteral("cancelled");
        overview.reset();
        loop.quit();
    });
    session.open(file);
    loop.exec();
    if (terminal)
        fputs("\r\033[K", stderr); // clear the progress line
    return overview;
}

QCommandLineOption noCacheOption()
{
    return QCommandLineOption(QStringLiteral("no-cache"),
                              QStringLiteral("Scan from scratch: neither read nor write the scan cache."));
}

Scanner::Options scanOptions(const QCommandLineParser &parser)
{
    Scanner::Options options;
    options.useCache = !parser.isSet(QStringLiteral("no-cache"));
    return options;
}

// The pipeline today, judged as the window judges it: the pending release,
// its due date and what holds it back, the last published, the problems.
int status(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                       QStringLiteral("The workspace file."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print it as JSON."));
    const QCommandLineOption noRegistry(QStringLiteral("no-registry"),
                                       QStringLiteral("Do not ask the registries (offline): their part is unknown."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({workspace, json, noRegistry, noCacheOption(), help});
    if (!parser.parse(arguments))
        return fail(QStringLiteral("status: %1").arg(parser.errorText()), 2);
    if (parser.isSet(help))
        return printHelp(QStringLiteral("usage: releasedeck status -w FILE [--json] [--no-registry] [--no-cache]"), parser);
    if (!parser.isSet(workspace))
        return fail(QStringLiteral("status: -w FILE is required"), 2);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("status: unexpected argument '%1'").arg(parser.positionalArguments().first()), 2);
    QString error;
    RegistryReportPtr report;
    const OverviewPtr overview = scanWorkspace(parser.value(workspace), scanOptions(parser), !parser.isSet(noRegistry), &report, &error);
    if (!overview)
        return fail(QStringLiteral("status: %1").arg(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const VerdictsPtr verdicts = Verdicts::build(overview, report, now);
    const Agenda agenda = Agenda::build(*verdicts, now, !parser.isSet(noRegistry));
    const StagingState &state = agenda.state;
    const ReleaseTrain &train = overview->train;
    const QStringList &blockers = agenda.blockers;
    const ReleaseVerdict *pending = agenda.pending;
    // Runs a kill or a failure left open: they come first.
    QStringList interrupted;
    for (const InterruptedRun &run : Operation::interrupted(
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), overview->snapshot.workspace))
        interrupted.append(QStringLiteral("%1 (%2 of its steps done; run the same command again to finish it, or with "
                                          "--rollback to undo its local steps)")
                               .arg(run.title)
                               .arg(run.finishedSteps));
    const int lastPublished = agenda.lastPublished;
    const QList<int> &troubled = agenda.troubled;

    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("workspace"), overview->snapshot.workspaceFile},
                      {QStringLiteral("name"), overview->snapshot.name},
                      {QStringLiteral("now"), now.toString(Qt::ISODate)},
                      {QStringLiteral("registryChecked"), bool(report)}};
        auto verdictJson = [&](int i) {
            const ReleaseVerdict &v = verdicts->at(i);
            return QJsonObject{{QStringLiteral("version"), train.releases().at(i).text()},
                               {QStringLiteral("state"), ReleaseVerdict::stateName(v.state)},
                               {QStringLiteral("stage"), v.stage},
                               {QStringLiteral("summary"), v.summary()},
                               {QStringLiteral("problems"), QJsonArray::fromStringList(v.problems)}};
        };
        if (state.pending) {
            const ManifestRelease &p = *state.pending;
            QJsonObject pj{{QStringLiteral("version"), p.version.toString()},
                           {QStringLiteral("state"), ManifestRelease::stateName(p.state)},
                           {QStringLiteral("due"), p.due.isValid() ? QJsonValue(p.due.toString(Qt::ISODate)) : QJsonValue()},
                           {QStringLiteral("countdown"), state.countdown},
                           {QStringLiteral("early"), state.early},
                           {QStringLiteral("registry"), state.registry},
                           {QStringLiteral("blockers"), QJsonArray::fromStringList(blockers)}};
            if (const int index = train.indexOf(p.version); index >= 0)
                pj.insert(QStringLiteral("verdict"), verdictJson(index));
            o.insert(QStringLiteral("pending"), pj);
        } else {
            o.insert(QStringLiteral("pending"), QJsonValue());
        }
        if (lastPublished >= 0) {
            const TrainRelease &r = train.releases().at(lastPublished);
            o.insert(QStringLiteral("lastPublished"), QJsonObject{{QStringLiteral("version"), r.text()},
                                                                  {QStringLiteral("date"), r.enterpriseDate.toString(Qt::ISODate)}});
        } else {
            o.insert(QStringLiteral("lastPublished"), QJsonValue());
        }
        QJsonArray problems; // newest first, as the text lists them
        for (auto it = troubled.crbegin(); it != troubled.crend(); ++it)
            problems.append(verdictJson(*it));
        o.insert(QStringLiteral("problems"), problems);
        o.insert(QStringLiteral("interrupted"), QJsonArray::fromStringList(interrupted));
        o.insert(QStringLiteral("workspaceProblems"), QJsonArray::fromStringList(overview->scanProblems()));
        // Straight to stdout: JSON escapes what it must itself.
        QFile file;
        if (!file.open(stdout, QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0)
            return fail(QStringLiteral("status: cannot write the output: %1").arg(file.errorString()));
        return 0;
    }

    QTextStream &o = out();
    o << overview->snapshot.name << " — " << now.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) << "\n";
    for (qsizetype i = 0; i < interrupted.size(); ++i)
        o << (i == 0 ? "Interrupted " : "            ") << interrupted.at(i) << "\n";
    if (state.pending) {
        const ManifestRelease &p = *state.pending;
        o << "Pending    " << p.version.toString() << ", " << ManifestRelease::stateName(p.state) << ", " << state.countdown
          << "\n";
        if (!state.registry.isEmpty() && pending && pending->registryChecked)
            o << "           " << state.registry << "\n";
        for (qsizetype i = 0; i < blockers.size(); ++i)
            o << (i == 0 ? "Blocked by " : "           ") << blockers.at(i) << "\n";
        if (blockers.isEmpty())
            o << "Blocked by nothing: it can be published\n";
    } else if (const int p = agenda.unrecorded; p >= 0) {
        // The charts say a release is pending, the manifest has no record of it.
        o << "Pending    " << train.releases().at(p).text() << " by the charts, with no readable manifest record\n";
        for (const QString &problem : verdicts->at(p).problems)
            o << "           " << problem << "\n";
    } else {
        o << "Pending    nothing for Enterprise\n";
    }
    if (lastPublished >= 0) {
        const TrainRelease &r = train.releases().at(lastPublished);
        o << "Published  " << r.text() << " on " << r.enterpriseDate.toUTC().toString(QStringLiteral("yyyy-MM-dd")) << "\n";
    } else {
        o << "Published  nothing yet\n";
    }
    if (troubled.isEmpty()) {
        o << "Problems   none\n";
    } else {
        o << "Problems   " << troubled.size() << (troubled.size() == 1 ? " release" : " releases") << "\n";
        const int shown = std::min<int>(8, int(troubled.size()));
        for (int k = 0; k < shown; ++k) {
            const int i = troubled.at(troubled.size() - 1 - k); // newest first
            o << "  " << train.releases().at(i).text() << ": " << verdicts->at(i).summary() << "\n";
        }
        if (troubled.size() > shown)
            o << "  … and " << (troubled.size() - shown) << " more: releasedeck scan --json --check-registry\n";
    }
    const QStringList scanProblems = overview->scanProblems();
    if (!scanProblems.isEmpty()) {
        o << "Workspace  " << scanProblems.size() << (scanProblems.size() == 1 ? " problem" : " problems") << " in the scan\n";
        for (qsizetype i = 0; i < std::min<qsizetype>(5, scanProblems.size()); ++i)
            o << "  " << scanProblems.at(i) << "\n";
        if (scanProblems.size() > 5)
            o << "  … and " << (scanProblems.size() - 5) << " more: releasedeck scan -w " << parser.value(workspace) << "\n";
    }
    o.flush();
    return 0;
}

} // namespace ReleaseDeck::Cli
