#include "windowargs.h"

#include "commands.h"
#include "terminal.h"

#include "domain/printable.h"

#include <QFileInfo>
#include <QList>
#include <QSet>

#include <cstdlib>

namespace ReleaseDeck::Cli {

namespace {

// Qt's own options, each written with one dash (Qt takes two as well).
// QGuiApplication and the xcb platform take theirs first, each with the
// argument after it whatever that is; QApplication then takes -style and
// -stylesheet, with the value after them or after '='.
const QSet<QString> &guiOptionsWithValue()
{
    static const QSet<QString> names{
        QStringLiteral("-platform"),     QStringLiteral("-platformpluginpath"), QStringLiteral("-platformtheme"),
        QStringLiteral("-plugin"),       QStringLiteral("-qwindowgeometry"),    QStringLiteral("-geometry"),
        QStringLiteral("-qwindowtitle"), QStringLiteral("-title"),              QStringLiteral("-qwindowicon"),
        QStringLiteral("-icon"),         QStringLiteral("-session"),            QStringLiteral("-display"),
        QStringLiteral("-name"),         QStringLiteral("-visual"),
    };
    return names;
}

const QSet<QString> &guiFlags()
{
    static const QSet<QString> names{QStringLiteral("-reverse"), QStringLiteral("-testability"), QStringLiteral("-nograb"),
                                     QStringLiteral("-dograb")};
    return names;
}

bool isWidgetOptionWithValue(const QString &name)
{
    return name == QLatin1String("-style") || name == QLatin1String("-stylesheet");
}

// "--style" → "-style"; anything else as it is.
QString qtName(const QString &argument)
{
    return argument.startsWith(QLatin1String("--")) ? argument.mid(1) : argument;
}

int refuse(const QString &message)
{
    return fail(message + QLatin1String("; see releasedeck --help"), 2);
}

int unknownOption(const QString &argument)
{
    const QString option = argument.section(QLatin1Char('='), 0, 0);
    const QString name = printableName(argument);
    if (option == QLatin1String("-w"))
        return refuse(QStringLiteral("unknown option '%1': write -w FILE or --workspace=FILE").arg(name));
    QString nearest;
    int best = 3;
    for (const char *known : {"--help", "--version", "--workspace"}) {
        const int d = editDistance(option, QLatin1String(known));
        if (d < best) {
            best = d;
            nearest = QLatin1String(known);
        }
    }
    if (nearest.isEmpty() || option.size() < 4)
        return refuse(QStringLiteral("unknown option '%1'").arg(name));
    return fail(QStringLiteral("unknown option '%1'; did you mean '%2'? See releasedeck --help").arg(name, nearest), 2);
}

} // namespace

std::optional<int> refuseWindowArguments(const QStringList &arguments, QString *given)
{
    QString workspace;
    bool pathsOnly = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        QString path;
        if (pathsOnly) {
            path = a;
            if (!path.isEmpty() && !QFileInfo::exists(path))
                return refuse(QStringLiteral("no workspace file '%1'").arg(printableName(path)));
        } else if (a == QLatin1String("--")) {
            pathsOnly = true;
            continue;
        } else if (a == QLatin1String("-w") || a == QLatin1String("--workspace")) {
            if (i + 1 == arguments.size())
                return refuse(QStringLiteral("%1 needs a workspace file").arg(a));
            path = arguments[++i];
            if (path.startsWith(QLatin1Char('-')) && path.size() > 1)
                return refuse(QStringLiteral("%1 needs a workspace file, not the option '%2' (write ./%2 for a file of that name)")
                                  .arg(a, printableName(path)));
        } else if (a.startsWith(QLatin1String("--workspace="))) {
            path = a.mid(12);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version")) {
            return run({arguments.first(), a});
        } else if ((i + 1 == arguments.size() || arguments[i + 1] == QLatin1String("--"))
                   && (guiOptionsWithValue().contains(qtName(a)) || isWidgetOptionWithValue(qtName(a)))) {
            // Qt takes these with their value: one left last had none.
            return refuse(QStringLiteral("%1 needs a value").arg(printableName(a)));
        } else if (a.startsWith(QLatin1Char('-'))) {
            return unknownOption(a);
        } else {
            path = a;
            if (!QFileInfo::exists(a)) {
                if (isCommand(a))
                    return refuse(QStringLiteral("'%1' is a command and comes first, as in releasedeck %1 …").arg(a));
                // After one of Qt's options as in first place: a mistyped
                // command or a file that is not there, not a window.
                if (const auto code = refuseUnknownCommand(a))
                    return code;
            }
        }
        if (path.isEmpty())
            return refuse(QStringLiteral("the workspace file is an empty name"));
        if (!workspace.isNull())
            return refuse(QStringLiteral("one workspace at a time: '%1' and '%2'").arg(printableName(workspace), printableName(path)));
        workspace = path;
    }
    if (given)
        *given = workspace;
    return std::nullopt;
}

QStringList withoutQtOptions(const QStringList &arguments)
{
    // In Qt's two passes; main() gives Qt nothing from `--` on.
    const qsizetype end = arguments.indexOf(QStringLiteral("--"), 1);
    const QStringList afterEnd = end < 0 ? QStringList() : arguments.mid(end);
    QStringList first{arguments.value(0)};
    const qsizetype qtEnd = end < 0 ? arguments.size() : end;
    for (int i = 1; i < qtEnd; ++i) {
        const QString name = qtName(arguments[i]);
        if (guiFlags().contains(name) || name.startsWith(QLatin1String("-qmljsdebugger=")))
            continue;
        if (guiOptionsWithValue().contains(name) && i + 1 < qtEnd) {
            ++i;
            continue;
        }
        first.append(arguments[i]);
    }
    QStringList rest{first.value(0)};
    for (int i = 1; i < first.size(); ++i) {
        const QString name = qtName(first[i]);
        if (name == QLatin1String("-widgetcount"))
            continue;
        if (isWidgetOptionWithValue(name.section(QLatin1Char('='), 0, 0)) && name.contains(QLatin1Char('=')))
            continue;
        if (isWidgetOptionWithValue(name) && i + 1 < first.size()) {
            ++i;
            continue;
        }
        rest.append(first[i]);
    }
    return rest + afterEnd;
}

std::optional<int> refuseUndecodable(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (QString::fromLocal8Bit(raw).toLocal8Bit() == raw)
            continue;
        QString shown;
        for (const char c : raw.left(200)) {
            const auto byte = uchar(c);
            shown += byte >= 0x20 && byte < 0x7f ? QString(QLatin1Char(c)) : QStringLiteral("\\x%1").arg(uint(byte), 2, 16, QLatin1Char('0'));
        }
        return fail(QStringLiteral("argument %1 ('%2') is not UTF-8 text; ReleaseDeck reads its arguments as UTF-8").arg(i).arg(shown), 2);
    }
    return std::nullopt;
}

std::optional<int> refuseWithoutDisplay(const QStringList &arguments)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return std::nullopt;
    for (int i = 1; i < arguments.size() && arguments[i] != QLatin1String("--"); ++i) {
        const QString name = qtName(arguments[i]);
        if (name == QLatin1String("-platform"))
            return std::nullopt; // Qt is told where to draw
        if (guiOptionsWithValue().contains(name) || isWidgetOptionWithValue(name))
            ++i; // its value, whatever it says
    }
    return fail(QStringLiteral("no display for the window (DISPLAY and WAYLAND_DISPLAY are not set); "
                               "the commands need none, see releasedeck --help"),
                1);
}

namespace {

struct HeldNote
{
    QtMsgType type;
    QByteArray category;
    QString message;
};

QList<HeldNote> &heldNotes()
{
    static QList<HeldNote> notes;
    return notes;
}

QtMessageHandler &qtHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void holdOrEnd(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        heldNotes().append({type, QByteArray(context.category), message});
        return;
    }
    // Qt's first note says why (could not connect to display :1); its
    // last words are a paragraph about reinstalling.
    QString why = message.section(QLatin1Char('.'), 0, 0);
    for (const HeldNote &note : std::as_const(heldNotes())) {
        if (note.category.startsWith("qt.qpa")) {
            why = note.message;
            break;
        }
    }
    fail(QStringLiteral("the window cannot open: %1; the commands need no display, see releasedeck --help").arg(why.trimmed()), 1);
    std::_Exit(1);
}

} // namespace

WindowStart::WindowStart()
{
    qtHandler() = qInstallMessageHandler(holdOrEnd);
}

WindowStart::~WindowStart()
{
    qInstallMessageHandler(qtHandler());
    for (const HeldNote &note : std::as_const(heldNotes())) {
        const QMessageLogContext context(nullptr, 0, nullptr, note.category.isEmpty() ? nullptr : note.category.constData());
        qt_message_output(note.type, context, note.message);
    }
    heldNotes().clear();
}

} // namespace ReleaseDeck::Cli
