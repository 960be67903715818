#pragma once

#include <QStringList>

#include <optional>

namespace ReleaseDeck::Cli {

// The arguments the window got, once Qt has taken its own options: at
// most one workspace, as a path, after -w or as --workspace=FILE (after
// `--`, only paths). Anything else prints one line to stderr and returns
// the exit code, 2: an unknown option (naming the nearest, --verison →
// --version), one of Qt's options without its value, an empty name, -w
// without a file, two workspaces, a subcommand after an option or a
// mistyped one there (-reverse sacn → did you mean 'scan'?). --help
// and --version there print as they do first. Otherwise nullopt: the
// window opens, on `*workspace` (empty when none was given).
std::optional<int> refuseWindowArguments(const QStringList &arguments, QString *workspace = nullptr);

// The arguments without Qt's own command-line options (-style fusion,
// -reverse, -platform xcb, …), as QApplication would take them on the xcb
// platform, none taken from `--` on (main() gives Qt only what comes
// before it); for judging the rest before Qt, which ends the process when
// it finds no display.
QStringList withoutQtOptions(const QStringList &arguments);

// An argument that is not UTF-8 (a file name written in Latin-1) would
// reach the program changed, naming no file: one line naming it with its
// bytes, exit code 2.
std::optional<int> refuseUndecodable(int argc, char **argv);

// Where Qt would find no display and end the process with several lines
// and SIGABRT: one line, exit code 1. Nothing (nullopt) when a platform is
// named in QT_QPA_PLATFORM or by -platform, or an X11 or Wayland display
// is in the environment.
std::optional<int> refuseWithoutDisplay(const QStringList &arguments);

// Held while the QApplication is made: Qt's notes are kept back and given
// on afterwards; when no platform plugin starts (a display that is set but
// gone, a plugin that is not installed), instead of Qt's abort one line
// with Qt's reason, exit code 1.
class WindowStart
{
public:
    WindowStart();
    ~WindowStart();
    WindowStart(const WindowStart &) = delete;
    WindowStart &operator=(const WindowStart &) = delete;
};

} // namespace ReleaseDeck::Cli
