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

// Whether Qt may find a display: a platform named in QT_QPA_PLATFORM, or
// an X11 or Wayland display in the environment. (-platform offscreen
// without either is judged by withoutQtOptions() first, then opens.)
bool displayLikely();

} // namespace ReleaseDeck::Cli
