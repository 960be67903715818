// The command line as CI jobs use it: the real binary, its exit codes, its
// JSON contract (DESIGN §5).
#include "cli/commands.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace TestSupport;

namespace {

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.begin(), k.end());
}

QSet<QString> set(std::initializer_list<const char *> names)
{
    QSet<QString> out;
    for (const char *n : names)
        out.insert(QString::fromLatin1(n));
    return out;
}

// The program on a headless machine: no platform plugin chosen and no
// display, where a window would end the process instead of waiting; its
// home in `dir`, so that nothing it might write lands in the user's.
ProcessResult runWithoutDisplay(const QStringList &args, const QString &dir)
{
    return run(QStringLiteral(RELEASEDECK_BINARY), args, dir,
               {{QStringLiteral("QT_QPA_PLATFORM"), QString()},
                {QStringLiteral("DISPLAY"), QString()},
                {QStringLiteral("WAYLAND_DISPLAY"), QString()},
                {QStringLiteral("HOME"), dir},
                {QStringLiteral("XDG_CONFIG_HOME"), dir + QLatin1String("/.config")},
                {QStringLiteral("XDG_DATA_HOME"), dir + QLatin1String("/.local/share")},
                {QStringLiteral("XDG_CACHE_HOME"), dir + QLatin1String("/.cache")}},
               60000);
}

} // namespace

TEST_CASE("scan --json prints the contract for the demo workspace", "[cli]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QLatin1String("/demo");
    const ProcessResult init = releasedeck({QStringLiteral("demo"), QStringLiteral("init"), dir});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString file = QString::fromUtf8(init.out).trimmed();
    CHECK(file == dir + QLatin1String("/releasedeck.yaml"));

    const ProcessResult scan = releasedeck({QStringLiteral("scan"), QStringLiteral("-w"), file, QStringLiteral("--json")});
    INFO(scan.err.toStdString());
    REQUIRE(scan.exitCode == 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(scan.out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);

    // Contract fields must be there; more may be added.
    CHECK(keysOf(root).contains(set({"workspace", "scannedAt", "repos", "releases", "charts", "imageRefs"})));
    CHECK(root.value(QLatin1String("workspace")).toString() == file);
    CHECK(QDateTime::fromString(root.value(QLatin1String("scannedAt")).toString(), Qt::ISODate).isValid());
    const QJsonArray repos = root.value(QLatin1String("repos")).toArray();
    REQUIRE(repos.size() == 3);
    for (const QJsonValue &r : repos)
        CHECK(keysOf(r.toObject()).contains(set({"id", "path", "head", "tagCount"})));
    // HEAD as git says it.
    const QJsonObject oss = repos.at(0).toObject();
    CHECK(oss.value(QLatin1String("head")).toString()
          == git(oss.value(QLatin1String("path")).toString(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));

    const QJsonArray releases = root.value(QLatin1String("releases")).toArray();
    CHECK(releases.size() >= 12);
    for (const QJsonValue &r : releases)
        CHECK(keysOf(r.toObject()).contains(set({"repo", "tag", "version", "commit", "date", "annotated"})));

    const QJsonArray charts = root.value(QLatin1String("charts")).toArray();
    REQUIRE(charts.size() >= 30);
    bool sawMismatch = false;
    for (const QJsonValue &v : charts) {
        const QJsonObject c = v.toObject();
        CHECK(keysOf(c).contains(set({"repo", "tag", "commit", "date", "chart", "path", "version", "appVersion",
                                      "image", "problems"})));
        CHECK(c.value(QLatin1String("problems")).isArray());
        if (c.value(QLatin1String("tag")).toString() == QLatin1String("image-loader/0.66.0")) {
            sawMismatch = true;
            CHECK(c.value(QLatin1String("version")).toString() == QLatin1String("0.65.0"));
            CHECK(c.value(QLatin1String("problems")).toArray().size() == 1);
        }
        const QJsonValue image = c.value(QLatin1String("image"));
        CHECK((image.isNull() || keysOf(image.toObject()) == set({"repository", "tag"})));
    }
    CHECK(sawMismatch);

    const QJsonArray refs = root.value(QLatin1String("imageRefs")).toArray();
    const QSet<QString> statuses = set({"resolved", "not-found", "ambiguous", "unmapped", "not-a-sha"});
    QSet<QString> seen;
    for (const QJsonValue &v : refs) {
        const QJsonObject r = v.toObject();
        CHECK(keysOf(r).contains(set({"repo", "tag", "file", "path", "line", "repository", "value", "sha",
                                      "resolvedRepo", "commit", "earliestRelease", "status"})));
        const QString status = r.value(QLatin1String("status")).toString();
        CHECK(statuses.contains(status));
        seen.insert(status);
        if (status == QLatin1String("resolved")) {
            CHECK(r.value(QLatin1String("commit")).toString().size() == 40);
        } else {
            CHECK(r.value(QLatin1String("commit")).isNull());
        }
    }
    CHECK(seen.contains(set({"resolved", "not-found", "unmapped", "not-a-sha"})));

    // The readable summary works on the same workspace.
    const ProcessResult summary = releasedeck({QStringLiteral("scan"), QStringLiteral("-w"), file});
    REQUIRE(summary.exitCode == 0);
    CHECK(summary.out.contains("image-loader/0.66.0"));
    CHECK(summary.out.contains("tag says 0.66.0 but Chart.yaml version is 0.65.0"));
}

TEST_CASE("CLI failures exit non-zero with one line", "[cli][badinput]")
{
    QTemporaryDir tmp;
    struct Case
    {
        QStringList args;
        QByteArray expected;
    };
    writeFile(tmp.path() + QLatin1String("/broken.yaml"), "name: x\nrepos: [\n");
    writeFile(tmp.path() + QLatin1String("/full/file"), "x");
    const QList<Case> cases = {
        {{QStringLiteral("scan"), QStringLiteral("-w"), tmp.path() + QLatin1String("/missing.yaml")},
         "releasedeck: " + (tmp.path() + QLatin1String("/missing.yaml")).toUtf8() + ": workspace file does not exist\n"},
        {{QStringLiteral("scan"), QStringLiteral("-w"), tmp.path() + QLatin1String("/broken.yaml")},
         "releasedeck: " + (tmp.path() + QLatin1String("/broken.yaml")).toUtf8() + ":3:1: "},
        {{QStringLiteral("scan")}, "releasedeck: scan: -w FILE is required\n"},
        {{QStringLiteral("scan"), QStringLiteral("--bogus")}, "releasedeck: scan: Unknown option 'bogus'.\n"},
        {{QStringLiteral("demo"), QStringLiteral("init"), tmp.path() + QLatin1String("/full")},
         "releasedeck: demo init: " + (tmp.path() + QLatin1String("/full")).toUtf8() + " exists and is not empty\n"},
        {{QStringLiteral("demo")}, "releasedeck: usage: releasedeck demo init [--legacy] DIR\n"},
        {{QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--legacy"), tmp.path() + QLatin1String("/full")},
         "releasedeck: demo init: " + (tmp.path() + QLatin1String("/full")).toUtf8() + " exists and is not empty\n"},
        {{QStringLiteral("mapping")}, "releasedeck: mapping: -w FILE is required\n"},
        {{QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--legacy")},
         "releasedeck: usage: releasedeck demo init [--legacy] DIR\n"},
        {{QStringLiteral("mapping"), QStringLiteral("-w"), tmp.path() + QLatin1String("/broken.yaml"), QStringLiteral("--format"),
          QStringLiteral("xml")},
         "releasedeck: mapping: --format must be text, json, csv or md, not 'xml'\n"},
        {{QStringLiteral("mapping"), QStringLiteral("-w"), tmp.path() + QLatin1String("/broken.yaml")},
         "releasedeck: " + (tmp.path() + QLatin1String("/broken.yaml")).toUtf8() + ":3:1: "},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const ProcessResult r = releasedeck(c.args);
        CHECK(r.exitCode != 0);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(c.expected));
        CHECK(r.err.count('\n') == 1);
    }
}

TEST_CASE("A mistyped subcommand is refused in one line without opening a window", "[cli][badinput]")
{
    QTemporaryDir tmp;
    const QString workspace = tmp.path() + QLatin1String("/releasedeck.yaml");
    struct Case
    {
        QStringList args;
        QByteArray expected;
    };
    const QList<Case> cases = {
        // Nothing near: the argument may have been meant as a workspace.
        {{QStringLiteral("frobnicate")},
         "releasedeck: unknown command 'frobnicate' (and no workspace file of that name); see releasedeck --help\n"},
        {{QStringLiteral("no-such-workspace.yaml")}, "releasedeck: no workspace file 'no-such-workspace.yaml'; see releasedeck --help\n"},
        // Near one subcommand: it is named, whatever follows.
        {{QStringLiteral("suport"), QStringLiteral("-w"), workspace, QStringLiteral("--json")},
         "releasedeck: unknown command 'suport'; did you mean 'support'? See releasedeck --help\n"},
        {{QStringLiteral("sacn")}, "releasedeck: unknown command 'sacn'; did you mean 'scan'? See releasedeck --help\n"},
        {{QStringLiteral("Publsh"), QStringLiteral("--dry-run")},
         "releasedeck: unknown command 'Publsh'; did you mean 'publish'? See releasedeck --help\n"},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const ProcessResult headless = runWithoutDisplay(c.args, tmp.path());
        REQUIRE(headless.started);
        CHECK_FALSE(headless.timedOut);
        CHECK(headless.signal == 0);
        CHECK(headless.exitCode == 2);
        CHECK(headless.out.isEmpty());
        CHECK(headless.err == c.expected);
        // With the offscreen platform, where a window would open and wait.
        const ProcessResult r = run(QStringLiteral(RELEASEDECK_BINARY), c.args, tmp.path(),
                                    {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}, 60000);
        CHECK_FALSE(r.timedOut);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err == c.expected);
    }
}

TEST_CASE("The nearest subcommand is suggested only when it is near", "[cli][badinput]")
{
    using ReleaseDeck::Cli::nearestCommands;
    CHECK(ReleaseDeck::Cli::editDistance(QStringLiteral("sacn"), QStringLiteral("scan")) == 1);
    CHECK(ReleaseDeck::Cli::editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")) == 3);
    CHECK(ReleaseDeck::Cli::editDistance(QString(), QStringLiteral("fix")) == 3);
    CHECK(nearestCommands(QStringLiteral("suport")) == QStringList{QStringLiteral("support")});
    CHECK(nearestCommands(QStringLiteral("Scan")) == QStringList{QStringLiteral("scan")});
    CHECK(nearestCommands(QStringLiteral("restge")) == QStringList{QStringLiteral("restage")});
    CHECK(nearestCommands(QStringLiteral("statsu")) == QStringList{QStringLiteral("status")});
    CHECK(nearestCommands(QStringLiteral("aprove")) == QStringList{QStringLiteral("approve")});
    CHECK(nearestCommands(QStringLiteral("fx")) == QStringList{QStringLiteral("fix")});
    // The start of a name, and two names equally near.
    CHECK(nearestCommands(QStringLiteral("rep")) == QStringList{QStringLiteral("report")});
    CHECK(nearestCommands(QStringLiteral("sta")) == QStringList{QStringLiteral("status"), QStringLiteral("stage")});
    // Too far from every name, or a path rather than a word.
    for (const char *far : {"frobnicate", "x", "ab", "deploy", "sxyz", "scan.yaml", "./scan", "/tmp/support"}) {
        INFO(far);
        CHECK(nearestCommands(QString::fromLatin1(far)).isEmpty());
    }
    // Every name the program accepts is its own nearest.
    for (const QString &name : ReleaseDeck::Cli::commandNames())
        CHECK(nearestCommands(name) == QStringList{name});
}

TEST_CASE("A first argument that is an existing file opens the window on it, however near a subcommand", "[cli]")
{
    QTemporaryDir tmp;
    writeFile(tmp.path() + QLatin1String("/suport"), "name: x\n");
    // Without a display the window cannot open: one line says so, which
    // shows that the program went for the window (Qt would abort).
    const ProcessResult r = runWithoutDisplay({QStringLiteral("suport")}, tmp.path());
    REQUIRE(r.started);
    CHECK_FALSE(r.timedOut);
    CHECK(r.signal == 0);
    CHECK(r.exitCode == 1);
    CHECK(r.err == "releasedeck: no display for the window (DISPLAY and WAYLAND_DISPLAY are not set); "
                   "the commands need none, see releasedeck --help\n");
    // -platform as the value of another of Qt's options names no platform.
    const ProcessResult titled = runWithoutDisplay({QStringLiteral("-title"), QStringLiteral("-platform"), QStringLiteral("suport")}, tmp.path());
    CHECK(titled.exitCode == 1);
    CHECK(titled.err.startsWith("releasedeck: no display for the window"));

    // A display that is named but not there, a platform that is not
    // installed: Qt's reason in one line, exit code 1, not Qt's abort.
    struct Case
    {
        QMap<QString, QString> env;
        QByteArray reason;
    };
    const QList<Case> cases = {
        {{{QStringLiteral("DISPLAY"), QStringLiteral(":4711")}}, "could not connect to display :4711"},
        {{{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("nosuch")}}, "Could not find the Qt platform plugin \"nosuch\""},
    };
    for (const Case &c : cases) {
        QMap<QString, QString> env{{QStringLiteral("DISPLAY"), QString()},
                                   {QStringLiteral("WAYLAND_DISPLAY"), QString()},
                                   {QStringLiteral("QT_QPA_PLATFORM"), QString()},
                                   {QStringLiteral("HOME"), tmp.path()}};
        env.insert(c.env);
        const ProcessResult gone = run(QStringLiteral(RELEASEDECK_BINARY), {QStringLiteral("suport")}, tmp.path(), env, 60000);
        INFO(gone.err.toStdString());
        CHECK(gone.signal == 0);
        CHECK(gone.exitCode == 1);
        CHECK(gone.err.count('\n') == 1);
        CHECK(gone.err.startsWith("releasedeck: the window cannot open: " + c.reason));
    }
}

TEST_CASE("An argument that is not UTF-8 is refused in one line that shows its bytes", "[cli][badinput]")
{
    QTemporaryDir tmp;
    // A file that is there, under a Latin-1 name: Qt would read the name
    // changed and find no such file.
    const QString maker = QStringLiteral("cp /dev/null \"$(printf 'caf\\351.yaml')\"");
    REQUIRE(run(QStringLiteral("sh"), {QStringLiteral("-c"), maker}, tmp.path()).exitCode == 0);
    struct Case
    {
        QString script; // run by sh, "$0" the program
        QByteArray expected;
    };
    const QList<Case> cases = {
        {QStringLiteral("exec \"$0\" \"$(printf 'caf\\351.yaml')\""),
         "releasedeck: argument 1 ('caf\\xe9.yaml') is not UTF-8 text; ReleaseDeck reads its arguments as UTF-8\n"},
        {QStringLiteral("exec \"$0\" scan -w \"$(printf 'caf\\351.yaml')\" --json"),
         "releasedeck: argument 3 ('caf\\xe9.yaml') is not UTF-8 text; ReleaseDeck reads its arguments as UTF-8\n"},
    };
    for (const Case &c : cases) {
        INFO(c.script.toStdString());
        for (const QString &platform : {QString(), QStringLiteral("offscreen")}) {
            const ProcessResult r = run(QStringLiteral("sh"), {QStringLiteral("-c"), c.script, QStringLiteral(RELEASEDECK_BINARY)}, tmp.path(),
                                        {{QStringLiteral("QT_QPA_PLATFORM"), platform}, {QStringLiteral("DISPLAY"), QString()}}, 60000);
            CHECK_FALSE(r.timedOut);
            CHECK(r.exitCode == 2);
            CHECK(r.out.isEmpty());
            CHECK(r.err == c.expected);
        }
    }
}

TEST_CASE("The window refuses options it does not know, an empty name and a second workspace, in one line", "[cli][badinput]")
{
    QTemporaryDir tmp;
    writeFile(tmp.path() + QLatin1String("/a.yaml"), "name: a\n");
    writeFile(tmp.path() + QLatin1String("/b.yaml"), "name: b\n");
    writeFile(tmp.path() + QLatin1String("/-reverse"), "name: c\n");
    struct Case
    {
        QStringList args;
        QByteArray expected;
    };
    const QList<Case> cases = {
        {{QStringLiteral("--verison")}, "releasedeck: unknown option '--verison'; did you mean '--version'? See releasedeck --help\n"},
        {{QStringLiteral("--workspce"), QStringLiteral("a.yaml")},
         "releasedeck: unknown option '--workspce'; did you mean '--workspace'? See releasedeck --help\n"},
        {{QStringLiteral("-x")}, "releasedeck: unknown option '-x'; see releasedeck --help\n"},
        {{QStringLiteral("-")}, "releasedeck: unknown option '-'; see releasedeck --help\n"},
        {{QString()}, "releasedeck: the workspace file is an empty name; see releasedeck --help\n"},
        {{QStringLiteral("-w")}, "releasedeck: -w needs a workspace file; see releasedeck --help\n"},
        {{QStringLiteral("a.yaml"), QStringLiteral("b.yaml")},
         "releasedeck: one workspace at a time: 'a.yaml' and 'b.yaml'; see releasedeck --help\n"},
        {{QStringLiteral("-w"), QStringLiteral("a.yaml"), QStringLiteral("--workspace=b.yaml")},
         "releasedeck: one workspace at a time: 'a.yaml' and 'b.yaml'; see releasedeck --help\n"},
        {{QStringLiteral("-w"), QStringLiteral("--bogus")},
         "releasedeck: -w needs a workspace file, not the option '--bogus' (write ./--bogus for a file of that name); "
         "see releasedeck --help\n"},
        {{QStringLiteral("-w=a.yaml")}, "releasedeck: unknown option '-w=a.yaml': write -w FILE or --workspace=FILE; see releasedeck --help\n"},
        // Qt's own options are Qt's: what is left after them is judged.
        {{QStringLiteral("-reverse"), QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--verison")},
         "releasedeck: unknown option '--verison'; did you mean '--version'? See releasedeck --help\n"},
        {{QStringLiteral("a.yaml"), QStringLiteral("-style")}, "releasedeck: -style needs a value; see releasedeck --help\n"},
        // Qt takes -reverse before -stylesheet looks for its value.
        {{QStringLiteral("-stylesheet"), QStringLiteral("-reverse")}, "releasedeck: -stylesheet needs a value; see releasedeck --help\n"},
        // Qt takes '=' only after -style and -stylesheet.
        {{QStringLiteral("-geometry=10x10")}, "releasedeck: unknown option '-geometry=10x10'; see releasedeck --help\n"},
        {{QStringLiteral("-reverse"), QStringLiteral("scan"), QStringLiteral("-w"), QStringLiteral("a.yaml")},
         "releasedeck: 'scan' is a command and comes first, as in releasedeck scan …; see releasedeck --help\n"},
        // Past `--` every word is a file, even one that Qt would take.
        {{QStringLiteral("--"), QStringLiteral("-reverse"), QStringLiteral("a.yaml")},
         "releasedeck: one workspace at a time: '-reverse' and 'a.yaml'; see releasedeck --help\n"},
        // A typo after one of Qt's options is still a typo, not a workspace,
        // and a file that is not there is said as in first place.
        {{QStringLiteral("-reverse"), QStringLiteral("sacn")},
         "releasedeck: unknown command 'sacn'; did you mean 'scan'? See releasedeck --help\n"},
        {{QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("nowhere.yaml")},
         "releasedeck: no workspace file 'nowhere.yaml'; see releasedeck --help\n"},
        {{QStringLiteral("-reverse"), QStringLiteral("scan\n")}, "releasedeck: no workspace file 'scan\\x0a'; see releasedeck --help\n"},
        {{QStringLiteral("--"), QStringLiteral("nowhere.yaml")}, "releasedeck: no workspace file 'nowhere.yaml'; see releasedeck --help\n"},
        // One of Qt's options left last, or before `--`, has no value, with
        // a display as without (Qt would take it silently).
        {{QStringLiteral("-qwindowtitle")}, "releasedeck: -qwindowtitle needs a value; see releasedeck --help\n"},
        {{QStringLiteral("-platform"), QStringLiteral("--"), QStringLiteral("a.yaml")},
         "releasedeck: -platform needs a value; see releasedeck --help\n"},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const ProcessResult r = run(QStringLiteral(RELEASEDECK_BINARY), c.args, tmp.path(),
                                    {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}, 60000);
        REQUIRE(r.started);
        CHECK_FALSE(r.timedOut);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.endsWith(c.expected));
        // Only Qt's own notes may come before the line.
        CHECK(r.err.count("releasedeck:") == 1);
        // Without a display the same line, before Qt would give up.
        const ProcessResult headless = runWithoutDisplay(c.args, tmp.path());
        REQUIRE(headless.started);
        CHECK(headless.exitCode == 2);
        CHECK(headless.err == c.expected);
    }
    // A first word with a newline in it is named on one line.
    const ProcessResult newline = runWithoutDisplay({QStringLiteral("sacn\n")}, tmp.path());
    CHECK(newline.exitCode == 2);
    CHECK(newline.err.count('\n') == 1);
    CHECK(newline.err.startsWith("releasedeck: no workspace file 'sacn\\x0a'"));
    // --version after one of Qt's options still prints the version.
    const ProcessResult version = run(QStringLiteral(RELEASEDECK_BINARY), {QStringLiteral("-reverse"), QStringLiteral("--version")},
                                      tmp.path(), {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}, 60000);
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("releasedeck "));
    CHECK(version.out == releasedeck({QStringLiteral("--version")}).out);
}

TEST_CASE("The command line stays English with ISO dates and plain numbers under a German locale", "[cli]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QLatin1String("/demo");
    const ProcessResult init = releasedeck({QStringLiteral("demo"), QStringLiteral("init"), dir});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString file = QString::fromUtf8(init.out).trimmed();

    const QMap<QString, QString> german{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                        {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")},
                                        {QStringLiteral("LANGUAGE"), QStringLiteral("de")}};
    const ProcessResult status = run(QStringLiteral(RELEASEDECK_BINARY), {QStringLiteral("status"), QStringLiteral("-w"), file},
                                     QString(), german);
    INFO(status.err.toStdString());
    REQUIRE(status.exitCode == 0);
    const QString text = QString::fromUtf8(status.out);
    INFO(text.toStdString());
    // "demo — 2026-02-03 14:05 UTC", "Pending    0.75.0, staged, due Mon 9 Feb 14:00 UTC, in 4 days 20 h".
    const QStringList lines = text.split(QLatin1Char('\n'));
    CHECK(QRegularExpression(QStringLiteral(" — \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$")).match(lines.value(0)).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("^Pending    \\S+, staged, due (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d+ "
                                            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d\\d:\\d\\d UTC, "),
                             QRegularExpression::MultilineOption)
              .match(text)
              .hasMatch());
    CHECK(QRegularExpression(QStringLiteral("^Published  \\S+ on \\d{4}-\\d\\d-\\d\\d$"), QRegularExpression::MultilineOption)
              .match(text)
              .hasMatch());
    for (const char *word : {"fällig", "gestagt", "Tage", "Std.", "veröffentlicht"})
        CHECK_FALSE(text.contains(QString::fromUtf8(word)));
}
