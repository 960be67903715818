// The usage text and the manual page against the program: every subcommand it
// accepts and every option its parsers take are named in both, and groff
// and man render the page without a warning.
#include "cli/commands.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>

using namespace TestSupport;

namespace {

// The options a text names: -w, --no-cache; not the '-' inside 2026-W48,
// VERSION-fixN or x-access-token.
QSet<QString> optionsIn(const QString &text)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])(--?[A-Za-z][A-Za-z0-9-]*)"));
    QSet<QString> found;
    for (auto it = option.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

const QString kManPage = QStringLiteral(RELEASEDECK_SOURCE_DIR "/docs/releasedeck.1");

// The page as man shows it, in plain ASCII (no bold by overstriking), no
// word hyphenated at a line's end.
QString renderedManPage()
{
    const ProcessResult r = run(QStringLiteral("groff"),
                                {QStringLiteral("-man"), QStringLiteral("-Tascii"), QStringLiteral("-P-cbou"),
                                 QStringLiteral("-rHY=0"), kManPage});
    INFO(r.err.toStdString());
    REQUIRE(r.started);
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

// The usage text in parts: for each subcommand its lines (the command and
// the description under it), and under "" the notes at the end that hold
// for every command.
QMap<QString, QString> usageParts(const QString &usage)
{
    static const QRegularExpression command(QStringLiteral("^(?:Usage: | {7})releasedeck (\\S+)"));
    QMap<QString, QString> parts;
    QString current;
    for (const QString &line : usage.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = command.match(line);
        if (m.hasMatch())
            current = m.captured(1);
        else if (!line.startsWith(QLatin1String("        ")))
            current.clear();
        parts[current] += line + QLatin1Char('\n');
    }
    return parts;
}

// The rendered manual page in parts: for each subcommand its SYNOPSIS
// block and its COMMANDS entry, and under "" the OPTIONS section.
QMap<QString, QString> manParts(const QString &page)
{
    static const QRegularExpression heading(QStringLiteral("^[A-Z][A-Z ]*$"));
    static const QRegularExpression synopsis(QStringLiteral("^ {7}releasedeck (\\S+)"));
    static const QRegularExpression entry(QStringLiteral("^ {7}([a-z]+)\\b"));
    QMap<QString, QString> parts;
    QString section, current;
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        if (heading.match(line).hasMatch()) {
            section = line;
            current.clear();
            continue;
        }
        if (section == QLatin1String("SYNOPSIS")) {
            const QRegularExpressionMatch m = synopsis.match(line);
            if (m.hasMatch())
                current = m.captured(1);
            else if (line.trimmed().isEmpty())
                current.clear();
            if (!current.isEmpty())
                parts[current] += line + QLatin1Char('\n');
        } else if (section == QLatin1String("COMMANDS")) {
            const QRegularExpressionMatch m = entry.match(line);
            if (m.hasMatch())
                current = m.captured(1);
            else if (line.startsWith(QLatin1String("       ")) && !line.startsWith(QLatin1String("        ")))
                current.clear();
            if (!current.isEmpty())
                parts[current] += line + QLatin1Char('\n');
        } else if (section == QLatin1String("OPTIONS")) {
            parts[QString()] += line + QLatin1Char('\n');
        }
    }
    return parts;
}

// Each subcommand's own --help, from its parser.
QMap<QString, QString> subcommandHelp()
{
    QMap<QString, QString> help;
    for (const QString &name : ReleaseDeck::Cli::commandNames()) {
        if (name == QLatin1String("help"))
            continue;
        const ProcessResult r = releasedeck({name, QStringLiteral("--help")}, 60000);
        INFO(name.toStdString() + ": " + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString text = QString::fromUtf8(r.out);
        CHECK(text.startsWith(QLatin1String("usage: releasedeck ") + name));
        help.insert(name, text);
    }
    return help;
}

} // namespace

TEST_CASE("The usage --help prints names every subcommand and every option the subcommands take", "[cli][help]")
{
    const ProcessResult top = releasedeck({QStringLiteral("--help")}, 60000);
    REQUIRE(top.exitCode == 0);
    const QString usage = QString::fromUtf8(top.out);
    CHECK(releasedeck({QStringLiteral("help")}, 60000).out == top.out);
    CHECK(releasedeck({QStringLiteral("-h")}, 60000).out == top.out);
    const QSet<QString> named = optionsIn(usage);
    CHECK(named.contains(QStringLiteral("--version")));
    CHECK(named.contains(QStringLiteral("--help")));

    // Each subcommand's options where it is described, or in the notes for all.
    const QMap<QString, QString> parts = usageParts(usage);
    for (const QString &name : ReleaseDeck::Cli::commandNames()) {
        INFO(name.toStdString());
        CHECK(parts.contains(name));
    }
    const QMap<QString, QString> help = subcommandHelp();
    for (auto it = help.cbegin(); it != help.cend(); ++it) {
        const QSet<QString> options = optionsIn(it.value());
        CHECK(options.contains(QStringLiteral("--help")));
        const QSet<QString> described = optionsIn(parts.value(it.key()) + parts.value(QString()));
        for (const QString &option : options) {
            INFO(it.key().toStdString() + " " + option.toStdString());
            CHECK(described.contains(option));
        }
    }
    const ProcessResult version = releasedeck({QStringLiteral("--version")}, 60000);
    CHECK(version.exitCode == 0);
    CHECK(QString::fromUtf8(version.out).contains(QRegularExpression(QStringLiteral("^releasedeck \\d+\\.\\d+\\.\\d+\n$"))));
}

TEST_CASE("The manual page names every subcommand and every option", "[cli][help]")
{
    const QString page = renderedManPage();
    const QMap<QString, QString> parts = manParts(page);
    REQUIRE(parts.contains(QString()));
    // Every subcommand in the synopsis and with an entry under COMMANDS;
    // its options there or under OPTIONS.
    const QMap<QString, QString> help = subcommandHelp();
    for (const QString &name : ReleaseDeck::Cli::commandNames()) {
        INFO(name.toStdString());
        CHECK(page.contains(QLatin1String("releasedeck ") + name + QLatin1Char(' ')));
        if (name == QLatin1String("help"))
            continue;
        CHECK(parts.value(name).count(QStringLiteral("releasedeck ") + name) == 1);
        CHECK(parts.value(name).contains(QRegularExpression(QStringLiteral("^ {7}") + name + QStringLiteral("\\b"),
                                                             QRegularExpression::MultilineOption)));
        const QSet<QString> described = optionsIn(parts.value(name) + parts.value(QString()));
        for (const QString &option : optionsIn(help.value(name))) {
            INFO(option.toStdString());
            CHECK(described.contains(option));
        }
    }
    // And whatever the usage text names.
    const QSet<QString> inPage = optionsIn(page);
    const QSet<QString> options = optionsIn(QString::fromUtf8(releasedeck({QStringLiteral("--help")}, 60000).out));
    CHECK(options.size() >= 25);
    for (const QString &option : options) {
        INFO(option.toStdString());
        CHECK(inPage.contains(option));
    }
}

TEST_CASE("groff and man render the manual page without a warning", "[cli][help]")
{
    // -ww: every warning groff knows; -z: format, print nothing.
    const ProcessResult groff = run(QStringLiteral("groff"),
                                    {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"), QStringLiteral("-z"), kManPage});
    REQUIRE(groff.started);
    CHECK(groff.exitCode == 0);
    CHECK(groff.err.toStdString() == "");

    // man as a reader runs it: preprocessors, its own checks, no pager.
    QTemporaryDir home;
    const ProcessResult man = run(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"), kManPage}, home.path(),
                                  {{QStringLiteral("MANWIDTH"), QStringLiteral("80")},
                                   {QStringLiteral("MANPAGER"), QStringLiteral("cat")},
                                   {QStringLiteral("HOME"), home.path()}});
    REQUIRE(man.started);
    CHECK(man.exitCode == 0);
    CHECK(man.err.toStdString() == "");
    CHECK(man.out.contains("releasedeck"));
}
