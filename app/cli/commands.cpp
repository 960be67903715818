#include "commands.h"
#include "status.h"
#include "terminal.h"

#include "demo/demoworkspace.h"
#include "domain/printable.h"
#include "ops/operation.h"
#include "session/workspacesession.h"
#include "workspace/snapshotjson.h"
#include "workspace/workspaceloader.h"
#include "domain/stagingstate.h"
#include "domain/verdict.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace ReleaseDeck::Cli {

namespace {

const char *const kUsage =
    "Usage: releasedeck [WORKSPACE | -w WORKSPACE]\n"
    "                                        open the GUI\n"
    "       releasedeck help | -h | --help   print this text\n"
    "       releasedeck --version            print the version\n"
    "       releasedeck demo init [--legacy] DIR\n"
    "                                        write a demo workspace; --legacy: today's\n"
    "                                        repositories, each with numbers of its own\n"
    "       releasedeck scan -w FILE [--json] [--check-registry] [--threads N]\n"
    "                                        print the version map; --json adds each\n"
    "                                        version's manifest record and verdict\n"
    "       releasedeck status -w FILE [--json] [--no-registry]\n"
    "                                        the pipeline today: the pending release, its\n"
    "                                        due date and what blocks it, the problems\n"
    "       releasedeck support -w FILE [--at DATE] [--customer NAME] [--json]\n"
    "                                        which release lines get fixes, by the\n"
    "                                        workspace's support policy; each customer's\n"
    "                                        status, target and upgrade path\n"
    "       releasedeck mapping -w FILE [--json | --format text|json|csv|md] [--check-registry]\n"
    "                                        chart releases and the OSS/SaaS releases they\n"
    "                                        deploy, joined by content (image → commit →\n"
    "                                        first release)\n"
    "       releasedeck notes VERSION [--from VERSION] -w FILE [--format md|html]\n"
    "                                        release notes: commits per repository since\n"
    "                                        the previous release of the line, images\n"
    "                                        whose digest changed, chart changes\n"
    "       releasedeck report -w FILE [--week 2026-W48] [--weeks N] [--at DATE] [--no-registry]\n"
    "                          -o FILE.pdf|.html|.md\n"
    "                                        the weekly review pack: agenda, charts,\n"
    "                                        releases, notes, customers\n"
    "       releasedeck whatif -w FILE [--weeks N] [--json]\n"
    "                                        replay the last weeks of OSS releases under\n"
    "                                        each cadence option of the process\n"
    "       releasedeck release VERSION --commit REV [--commit REPO=REV]... -w FILE\n"
    "                                        give every component the version: tag OSS and\n"
    "                                        each repository that builds images, tag the\n"
    "                                        images, record the SaaS date\n"
    "       releasedeck stage VERSION -w FILE    stage a version for Enterprise\n"
    "       releasedeck restage VERSION -w FILE  move the pending release to VERSION\n"
    "       releasedeck approve VERSION -w FILE --note TEXT\n"
    "                                        approve the staged version\n"
    "       releasedeck publish [VERSION] -w FILE [--early REASON] [--override-freeze REASON]\n"
    "                                        publish the approved release's charts\n"
    "       releasedeck fix VERSION -w FILE      stage a chart-only fix VERSION-fixN\n"
    "       releasedeck adopt -w FILE            write the first release manifest from history\n"
    "                                        (chart releases joined to OSS by content) and\n"
    "                                        switch the charts to one version\n"
    "  Operations print their plan first and ask before running it; --yes (-y) runs\n"
    "  it without asking (needed without a terminal), --dry-run stops at the plan,\n"
    "  --note TEXT goes to the audit trail, --rollback undoes an interrupted run's\n"
    "  local steps.\n"
    "  Every command that scans takes --no-cache: the scan starts from scratch and\n"
    "  neither reads nor writes its cache (~/.cache/releasedeck/scan).\n"
    "  -w is short for --workspace, -o for --output; every command takes -h, --help\n"
    "  for its own options. See also the manual page, releasedeck(1).\n";

int demo(const QStringList &args)
{
    if (args.contains(QLatin1String("-h")) || args.contains(QLatin1String("--help"))) {
        out() << "usage: releasedeck demo init [--legacy] DIR\n\n"
                 "Options:\n"
                 "  --legacy    Today's repositories, each with version numbers of its own.\n"
                 "  -h, --help  Show this help.\n";
        out().flush();
        return 0;
    }
    const bool legacy = args.size() == 3 && args[1] == QLatin1String("--legacy");
    if ((args.size() != 2 && !legacy) || args[0] != QLatin1String("init") || args.last().startsWith(u'-'))
        return fail(QStringLiteral("usage: releasedeck demo init [--legacy] DIR"), 2);
    QString error;
    const QString file = legacy ? DemoWorkspace::createLegacy(args[2], QDate::currentDate(), &error)
                                : DemoWorkspace::create(args[1], QDate::currentDate(), &error);
    if (file.isEmpty())
        return fail(QStringLiteral("demo init: %1").arg(error));
    out() << QDir::toNativeSeparators(file) << Qt::endl;
    return 0;
}

void printSummary(const WorkspaceSnapshot &snap)
{
    QTextStream &o = out();
    o << "Workspace " << snap.name << " (" << printableLine(snap.workspaceFile, 1000) << ")\n";
    for (const RepoState &r : snap.repos) {
        o << "  repo " << r.id << ": " << r.tagCount << " tags, HEAD "
          << (r.head.isEmpty() ? QStringLiteral("unknown") : r.head.left(10));
        if (!r.error.isEmpty())
            o << " — " << printableLine(r.error);
        o << "\n";
    }
    QMap<QString, QStringList> releasesByRepo;
    for (const ReleaseTag &t : snap.releases)
        releasesByRepo[t.repo].append(t.tag);
    for (auto it = releasesByRepo.cbegin(); it != releasesByRepo.cend(); ++it) {
        o << "  " << it.key() << " releases (" << it.value().size() << "): ";
        const QStringList &tags = it.value();
        o << (tags.size() > 6 ? tags.first() + QStringLiteral(" … ") + tags.mid(tags.size() - 5).join(QLatin1String(", "))
                              : tags.join(QLatin1String(", ")))
          << "\n";
    }
    o << "\nChart releases (" << snap.charts.size() << "):\n";
    for (const ChartRelease &c : snap.charts) {
        o << "  " << c.tag.leftJustified(28) << " " << c.version.leftJustified(14) << " app "
          << c.appVersion.leftJustified(14) << " image " << (c.image ? c.image->tag : QStringLiteral("-"));
        if (!c.problems.isEmpty())
            o << "  ! " << printableLine(c.problems.join(QLatin1String("; ")));
        o << "\n";
    }
    QMap<QString, int> statuses;
    for (const ImageRef &r : snap.imageRefs)
        ++statuses[ImageRef::statusName(r.status)];
    o << "\nImage references (" << snap.imageRefs.size() << "):";
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        o << " " << it.key() << " " << it.value();
    o << "\n";
    if (!snap.problems.isEmpty()) {
        o << "\nProblems (" << snap.problems.size() << "):\n";
        for (const QString &p : snap.problems)
            o << "  " << printableLine(p) << "\n"; // one line each
    }
    o.flush();
}

int scan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints the map from commits to versions."));
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                       QStringLiteral("The workspace file."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the JSON contract."));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads (default: cores)."),
                                     QStringLiteral("N"));
    const QCommandLineOption checkRegistry(QStringLiteral("check-registry"),
                                           QStringLiteral("Ask the registries too: the verdicts then judge them."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({workspace, json, threads, checkRegistry, noCacheOption(), help});
    if (!parser.parse(arguments))
        return fail(QStringLiteral("scan: %1").arg(parser.errorText()), 2);
    if (parser.isSet(help))
        return printHelp(QStringLiteral("usage: releasedeck scan -w FILE [--json] [--check-registry] [--threads N] [--no-cache]"), parser);
    if (!parser.isSet(workspace))
        return fail(QStringLiteral("scan: -w FILE is required"), 2);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("scan: unexpected argument '%1'").arg(parser.positionalArguments().first()), 2);

    Scanner::Options options = scanOptions(parser);
    if (parser.isSet(threads)) {
        bool ok = false;
        options.threads = parser.value(threads).toInt(&ok);
        if (!ok || options.threads < 1)
            return fail(QStringLiteral("scan: --threads must be a positive number"), 2);
    }
    QString error;
    RegistryReportPtr report;
    const OverviewPtr overview = scanWorkspace(parser.value(workspace), options, parser.isSet(checkRegistry), &report, &error);
    if (!overview)
        return fail(error == QLatin1String("cancelled") ? QStringLiteral("scan: cancelled") : error);
    // The scan as read from the sources, without the release train's findings.
    WorkspaceSnapshot snap = overview->snapshot;
    snap.problems = overview->scanProblems();
    if (parser.isSet(json)) {
        const VerdictsPtr verdicts = Verdicts::build(overview, report, QDateTime::currentDateTimeUtc());
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !writeSnapshotJson(snap, &out, verdicts.data()))
            return fail(QStringLiteral("scan: cannot write the output: %1").arg(out.errorString()));
    } else {
        printSummary(snap);
    }
    return 0;
}

// Asks on the terminal; true for "y" or "yes". Without a terminal on
// standard input it refuses in one line. The question goes to stderr, so
// that output sent to a file does not swallow it.
bool confirm(const QString &name, const QString &question)
{
    if (!isatty(fileno(stdin))) {
        fail(QStringLiteral("%1: not run: no terminal to confirm on; give --yes to run the plan above").arg(name), 2);
        return false;
    }
    err() << question;
    err().flush();
    QTextStream in(stdin);
    // The whole line, bounded: a long answer is not "y".
    const QString answer = in.readLine(4096).trimmed().toLower();
    if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
        out() << "Not run: nothing was changed." << Qt::endl;
        return false;
    }
    return true;
}

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// The release operations: a plan built from fetched clones, printed, then
// run with a journal unless --dry-run; --rollback undoes what an
// interrupted run did locally.
int planCommand(OperationRequest::Kind kind, const QStringList &args)
{
    const QString name = OperationRequest::kindName(kind);
    QCommandLineParser parser;
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                       QStringLiteral("the workspace file"), QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("print the plan and change nothing"));
    const QCommandLineOption rollback(QStringLiteral("rollback"), QStringLiteral("undo an interrupted run's local steps"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("why, for the audit trail"), QStringLiteral("TEXT"));
    const QCommandLineOption commit(QStringLiteral("commit"),
                                    QStringLiteral("the commit to release; REPO=REV for another repository that builds images"),
                                    QStringLiteral("REV"));
    const QCommandLineOption overrideFreeze(QStringLiteral("override-freeze"), QStringLiteral("publish inside a freeze window"),
                                            QStringLiteral("REASON"));
    const QCommandLineOption early(QStringLiteral("early"), QStringLiteral("publish before the due date"), QStringLiteral("REASON"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, QStringLiteral("run the plan without asking"));
    parser.addOptions({workspace, dryRun, rollback, note, yes, noCacheOption()});
    if (kind == OperationRequest::Kind::Release)
        parser.addOption(commit);
    if (kind == OperationRequest::Kind::Publish)
        parser.addOptions({overrideFreeze, early});
    const QString usage = QStringLiteral("usage: releasedeck %1 %2 -w FILE%3 [--note TEXT] [--yes] [--dry-run] [--rollback]")
                              .arg(name, kind == OperationRequest::Kind::Publish ? QStringLiteral("[VERSION]")
                                         : kind == OperationRequest::Kind::Adopt ? QString()
                                                                                 : QStringLiteral("VERSION"),
                                   kind == OperationRequest::Kind::Release ? QStringLiteral(" --commit REV")
                                   : kind == OperationRequest::Kind::Publish ? QStringLiteral(" [--early REASON] [--override-freeze REASON]")
                                                                             : QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("show this help"));
    parser.addOption(help);
    if (!parser.parse(args))
        return fail(QStringLiteral("%1: %2").arg(name, parser.errorText()), 2);
    if (parser.isSet(help))
        return printHelp(usage, parser);
    if (parser.isSet(rollback) && parser.isSet(dryRun))
        return fail(QStringLiteral("%1: --rollback and --dry-run together: a rollback changes the clone, so give one").arg(name), 2);
    const QStringList positional = parser.positionalArguments();
    const bool versionOptional = kind == OperationRequest::Kind::Publish;
    if (kind == OperationRequest::Kind::Adopt && !positional.isEmpty())
        return fail(QStringLiteral("adopt: takes no version: the first unified one is the next OSS release"), 2);
    // adopt takes no version: the plan proposes the first unified one.
    const bool noVersion = kind == OperationRequest::Kind::Adopt;
    if ((!noVersion && (positional.size() > 1 || (positional.isEmpty() && !versionOptional))) || !parser.isSet(workspace)
        || (kind == OperationRequest::Kind::Release && !parser.isSet(commit)))
        return fail(usage, 2);
    QString error;
    OperationRequest request;
    request.kind = kind;
    if (!positional.isEmpty()) {
        const auto version = Version::parse(positional.first(), &error);
        if (!version)
            return fail(QStringLiteral("%1: '%2' is not a version: %3").arg(name, positional.first(), error), 2);
        request.version = *version;
    }
    request.note = parser.value(note);
    if (kind == OperationRequest::Kind::Release) {
        // One plain revision for the OSS repository; REPO=REV for the others.
        QStringList plain;
        for (const QString &value : parser.values(commit)) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq < 0) {
                plain.append(value);
                continue;
            }
            const QString key = value.left(eq);
            const QString rev = value.mid(eq + 1);
            if (key.isEmpty() || rev.isEmpty())
                return fail(QStringLiteral("%1: --commit %2: give REPO=REV").arg(name, printableName(value)), 2);
            if (request.componentCommits.contains(key) && request.componentCommits.value(key) != rev)
                return fail(QStringLiteral("%1: --commit %2 is given twice").arg(name, printableName(key)), 2);
            request.componentCommits.insert(key, rev);
        }
        if (plain.size() != 1)
            return fail(plain.isEmpty() ? usage : QStringLiteral("%1: --commit REV is given %2 times: the OSS repository is released from one commit")
                                                      .arg(name).arg(plain.size()),
                        2);
        request.commit = plain.first();
    }
    if (kind == OperationRequest::Kind::Publish) {
        request.overrideFreeze = parser.value(overrideFreeze);
        request.early = parser.value(early);
    }
    const WorkspaceLoad load = WorkspaceLoader::load(parser.value(workspace));
    if (load.fatal)
        return fail(load.problems.value(0).toString());
    OperationSetup setup;
    setup.dataDir = dataDir();
    setup.useScanCache = !parser.isSet(QStringLiteral("no-cache"));
    // Registry logins come from the environment here (the keychain is the GUI's).
    auto op = Operation::prepare(load.workspace, request, setup, nullptr, &error);
    if (!op)
        return fail(QStringLiteral("%1: %2").arg(name, error));
    if (parser.isSet(rollback)) {
        // Undoing is a change too: asked like a run.
        if (!parser.isSet(yes) && !confirm(name, QStringLiteral("Undo the local steps of \"%1\"? [y/N] ").arg(op->plan().title)))
            return isatty(fileno(stdin)) ? 1 : 2;
        if (!op->rollback(&error))
            return fail(QStringLiteral("%1: %2").arg(name, error));
        out() << "Rolled back: " << op->plan().title << Qt::endl;
        return 0;
    }
    out() << op->plan().text();
    const QStringList earlier = op->finishedEarlier();
    if (!earlier.isEmpty())
        out() << "Resuming: finished before: " << earlier.join(QLatin1String(", ")) << "\n";
    out().flush();
    if (parser.isSet(dryRun))
        return 0;
    // Asked on a terminal; a script says --yes, and without either nothing runs.
    const int toRun = int(op->plan().steps.size() - earlier.size());
    if (!parser.isSet(yes) && toRun > 0
        && !confirm(name, toRun == 1 ? QStringLiteral("Run this step? [y/N] ") : QStringLiteral("Run these %1 steps? [y/N] ").arg(toRun)))
        return isatty(fileno(stdin)) ? 1 : 2;
    ScanControl control;
    control.setProgressHandler([](int done, int total, const QString &what) {
        err() << "[" << done << "/" << total << "] " << what << Qt::endl;
    });
    const bool progress = isatty(fileno(stderr));
    const PlanResult result = op->run(progress ? &control : nullptr, [](const Plan &plan, const QString &why) {
        out() << why << "\n" << plan.text();
        out().flush();
    });
    if (!result.completed)
        return fail(QStringLiteral("%1: step '%2' failed: %3 (journal %4; run the same command again to resume%5)")
                        .arg(name, result.failedStep, result.error, op->journalPath(),
                             op->plan().steps.isEmpty() ? QString() : QStringLiteral(", or with --rollback to undo its local steps")));
    // What the run made, from the journal: a resumed run names what the
    // interrupted one made too.
    const QStringList made = op->plan().made(result.outputs);
    // The title without the branch tip the plan started from: what was
    // made is listed below it, with its own ids.
    QString title = op->plan().title;
    title.remove(QRegularExpression(QStringLiteral(" \\([^()]* at [0-9a-f]{7,40}\\)")));
    out() << "Done: " << title << "\n";
    for (const QString &m : made)
        out() << "  made " << m << "\n";
    if (made.isEmpty())
        out() << "  nothing needed making: it was all there already\n";
    out().flush();
    return 0;
}

} // namespace

QStringList commandNames()
{
    QStringList names{QStringLiteral("demo"),  QStringLiteral("scan"),   QStringLiteral("status"),
                      QStringLiteral("support"), QStringLiteral("mapping"), QStringLiteral("notes"),
                      QStringLiteral("report"), QStringLiteral("whatif"), QStringLiteral("help")};
    for (auto kind : {OperationRequest::Kind::Release, OperationRequest::Kind::Stage, OperationRequest::Kind::Restage,
                      OperationRequest::Kind::Approve, OperationRequest::Kind::Publish, OperationRequest::Kind::Fix,
                      OperationRequest::Kind::Adopt})
        names.append(OperationRequest::kindName(kind));
    return names;
}

bool isCommand(const QString &firstArgument)
{
    static const QStringList names = commandNames();
    static const QStringList options{QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version")};
    return names.contains(firstArgument) || options.contains(firstArgument);
}

int editDistance(const QString &a, const QString &b)
{
    // Optimal string alignment: insertions, deletions, substitutions, and
    // swaps of neighbours, each one step ("sacn" is one step from "scan").
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QStringList nearestCommands(const QString &word)
{
    // A path or a file name is a workspace that is not there, not a typo.
    static const QRegularExpression wordLike(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z][A-Za-z0-9_-]{0,31}")));
    if (!wordLike.match(word).hasMatch())
        return {};
    const QString typed = word.toLower();
    // Close enough: one step in a word of up to four letters, two in a
    // longer one; or the start of a command's name ("stat" for "status").
    const int limit = typed.size() <= 4 ? 1 : 2;
    int best = limit + 1;
    QStringList nearest;
    for (const QString &name : commandNames()) {
        const int distance = std::min(editDistance(typed, name), typed.size() >= 3 && name.startsWith(typed) ? 1 : limit + 1);
        if (distance < best) {
            best = distance;
            nearest = {name};
        } else if (distance == best) {
            nearest.append(name);
        }
    }
    return best <= limit ? nearest : QStringList();
}

std::optional<int> refuseUnknownCommand(const QString &firstArgument)
{
    if (firstArgument.isEmpty() || firstArgument.startsWith(QLatin1Char('-')) || isCommand(firstArgument)
        || QFileInfo::exists(firstArgument))
        return std::nullopt;
    const QStringList nearest = nearestCommands(firstArgument);
    if (nearest.isEmpty()) {
        // A path or a file name: a workspace that is not there.
        static const QRegularExpression wordLike(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]+")));
        if (!wordLike.match(firstArgument).hasMatch())
            return fail(QStringLiteral("no workspace file '%1'; see releasedeck --help").arg(printableName(firstArgument)), 2);
        return fail(QStringLiteral("unknown command '%1' (and no workspace file of that name); see releasedeck --help")
                        .arg(printableName(firstArgument)),
                    2);
    }
    QString choices;
    for (qsizetype i = 0; i < nearest.size(); ++i) {
        if (i > 0)
            choices += i + 1 == nearest.size() ? QLatin1String(" or ") : QLatin1String(", ");
        choices += QLatin1Char('\'') + nearest[i] + QLatin1Char('\'');
    }
    return fail(QStringLiteral("unknown command '%1'; did you mean %2? See releasedeck --help").arg(printableName(firstArgument), choices), 2);
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("demo"))
        return demo(rest);
    if (command == QLatin1String("scan"))
        return scan(QStringList{arguments.first() + QLatin1String(" scan")} + rest);
    if (command == QLatin1String("status"))
        return status(QStringList{arguments.first() + QLatin1String(" status")} + rest);
    if (command == QLatin1String("support"))
        return support(QStringList{arguments.first() + QLatin1String(" support")} + rest);
    if (command == QLatin1String("mapping"))
        return mapping(QStringList{arguments.first() + QLatin1String(" mapping")} + rest);
    if (command == QLatin1String("notes"))
        return notes(QStringList{arguments.first() + QLatin1String(" notes")} + rest);
    if (command == QLatin1String("whatif"))
        return whatif(QStringList{arguments.first() + QLatin1String(" whatif")} + rest);
    if (command == QLatin1String("report"))
        return report(QStringList{arguments.first() + QLatin1String(" report")} + rest);
    if (const auto kind = OperationRequest::parseKind(command))
        return planCommand(*kind, QStringList{arguments.first() + QLatin1Char(' ') + command} + rest);
    if (command == QLatin1String("--version")) {
        out() << "releasedeck " << RELEASEDECK_VERSION << Qt::endl;
        return 0;
    }
    out() << kUsage;
    out().flush();
    return 0;
}

} // namespace ReleaseDeck::Cli
