#include "cli/commands.h"
#include "cli/windowargs.h"
#include "mainwindow.h"
#include "platform/workers.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>

#include <QIcon>
#include <QLocale>

#include <csignal>
#include <optional>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("ReleaseDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDECK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // Past a file size limit a write fails with EFBIG and is reported as
    // any failed write (the old file kept), instead of the signal ending
    // the process without a word.
    std::signal(SIGXFSZ, SIG_IGN);
    setIdentity();
    if (const auto code = ReleaseDeck::Cli::refuseUndecodable(argc, argv))
        return *code;
    // A mistyped subcommand is no workspace to open: refused before any
    // application object, so that no display is ever asked for.
    if (argc > 1) {
        if (const auto code = ReleaseDeck::Cli::refuseUnknownCommand(QString::fromLocal8Bit(argv[1])))
            return *code;
    }
    // Subcommands run headless: no display needed. What they print is read
    // by scripts: English, with ISO dates and plain numbers, whatever the
    // user's language, so no translation and the C locale.
    if (argc > 1 && ReleaseDeck::Cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QLocale::setDefault(QLocale::c());
        // The report draws its charts with Qt's widgets, offscreen: still
        // no display needed.
        if (qstrcmp(argv[1], "report") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // Qt warns on stderr when it has no runtime folder, which the
            // offscreen platform never uses: a private one keeps it quiet.
            std::optional<QTemporaryDir> runtime;
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                runtime.emplace();
                if (runtime->isValid()) {
                    QFile::setPermissions(runtime->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
                }
            }
            QApplication app(argc, argv);
            return ReleaseDeck::Cli::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        return ReleaseDeck::Cli::run(app.arguments());
    }
    // What Qt would refuse or take silently (one of its options left last
    // without its value) is refused first, in one line, the same with a
    // display or without; then a missing display, before Qt aborts on it.
    QStringList given;
    for (int i = 0; i < argc; ++i)
        given.append(QString::fromLocal8Bit(argv[i]));
    if (const auto code = ReleaseDeck::Cli::refuseWindowArguments(ReleaseDeck::Cli::withoutQtOptions(given)))
        return *code;
    if (const auto code = ReleaseDeck::Cli::refuseWithoutDisplay(given))
        return *code;
    // Qt would take its options from past `--` too: it is given only what
    // comes before, and what follows is added back as it was written.
    const qsizetype end = given.indexOf(QStringLiteral("--"), 1);
    int qtArgc = end < 0 ? argc : int(end);
    const QStringList afterEnd = given.mid(qtArgc);
    std::optional<ReleaseDeck::Cli::WindowStart> starting(std::in_place);
    QApplication app(qtArgc, argv);
    starting.reset();
    QString workspace;
    if (const auto code = ReleaseDeck::Cli::refuseWindowArguments(app.arguments() + afterEnd, &workspace))
        return *code;
    const ReleaseDeck::Translations translations;
    // The installed theme's icon when there is one, the built-in one otherwise.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.releasedeck.ReleaseDeck"),
                                                 QIcon(QStringLiteral(":/icons/releasedeck.svg"))));
    QApplication::setDesktopFileName(QStringLiteral("org.releasedeck.ReleaseDeck"));

    ReleaseDeck::MainWindow window;
    window.show();
    window.openInitialWorkspace(workspace);
    const int code = app.exec();
    // Closing the window cancelled what runs on the workers; what cannot
    // stop half-way (the demo's write) ends here, while the statics it
    // uses are still there.
    ReleaseDeck::workers()->waitForDone();
    return code;
}
