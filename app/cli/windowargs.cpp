#include "windowargs.h"

#include "commands.h"
#include "terminal.h"

#include "domain/printable.h"

#include <QFileInfo>
#include <QSet>

namespace ReleaseDeck::Cli {

namespace {

// Qt's own options (QGuiApplication, QApplication and the xcb platform),
// each written with one dash; Qt takes two as well.
const QSet<QString> &qtOptionsWithValue()
{
    static const QSet<QString> names{
        QStringLiteral("-platform"),   QStringLiteral("-platformpluginpath"), QStringLiteral("-platformtheme"),
        QStringLiteral("-plugin"),     QStringLiteral("-qwindowgeometry"),    QStringLiteral("-geometry"),
        QStringLiteral("-qwindowtitle"), QStringLiteral("-title"),            QStringLiteral("-qwindowicon"),
        QStringLiteral("-icon"),       QStringLiteral("-session"),            QStringLiteral("-display"),
        QStringLiteral("-name"),       QStringLiteral("-visual"),             QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),
    };
    return names;
}

const QSet<QString> &qtFlags()
{
    static const QSet<QString> names{QStringLiteral("-reverse"), QStringLiteral("-widgetcount"), QStringLiteral("-testability"),
                                     QStringLiteral("-nograb"),  QStringLiteral("-dograb"),      QStringLiteral("-sync")};
    return names;
}

// "--style=fusion" → "-style".
QString qtName(const QString &argument)
{
    QString name = argument.section(QLatin1Char('='), 0, 0);
    if (name.startsWith(QLatin1String("--")))
        name.remove(0, 1);
    return name;
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

std::optional<int> refuseWindowArguments(const QStringList &arguments)
{
    QString workspace;
    bool pathsOnly = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        QString path;
        if (pathsOnly) {
            path = a;
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
        } else if (a.startsWith(QLatin1Char('-')) && qtOptionsWithValue().contains(qtName(a))) {
            // Qt takes these with their value: one left here had none.
            return refuse(QStringLiteral("%1 needs a value").arg(printableName(a)));
        } else if (a.startsWith(QLatin1Char('-'))) {
            return unknownOption(a);
        } else {
            path = a;
            if (isCommand(a) && !QFileInfo::exists(a))
                return refuse(QStringLiteral("'%1' is a command and comes first, as in releasedeck %1 …").arg(a));
        }
        if (path.isEmpty())
            return refuse(QStringLiteral("the workspace file is an empty name"));
        if (!workspace.isNull())
            return refuse(QStringLiteral("one workspace at a time: '%1' and '%2'").arg(printableName(workspace), printableName(path)));
        workspace = path;
    }
    return std::nullopt;
}

QStringList withoutQtOptions(const QStringList &arguments)
{
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (i == 0 || !a.startsWith(QLatin1Char('-')) || a == QLatin1String("--")) {
            rest.append(a);
            if (a == QLatin1String("--"))
                return rest + arguments.mid(i + 1);
            continue;
        }
        const QString name = qtName(a);
        if (qtFlags().contains(name) || name == QLatin1String("-qmljsdebugger"))
            continue;
        if (qtOptionsWithValue().contains(name)) {
            if (a.contains(QLatin1Char('=')))
                continue;
            if (i + 1 < arguments.size()) {
                ++i;
                continue;
            }
        }
        rest.append(a);
    }
    return rest;
}

bool displayLikely(const QStringList &arguments)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (const QString &a : arguments.mid(1)) {
        if (qtName(a) == QLatin1String("-platform"))
            return true;
    }
    return false;
}

QString workspaceArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            return arguments.value(i + 1);
        if ((a == QLatin1String("-w") || a == QLatin1String("--workspace")) && i + 1 < arguments.size())
            return arguments[i + 1];
        if (a.startsWith(QLatin1String("--workspace=")))
            return a.mid(12);
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return QString();
}

} // namespace ReleaseDeck::Cli
