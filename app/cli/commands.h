#pragma once

#include <QStringList>

#include <optional>

namespace ReleaseDeck::Cli {

// True when the first argument names a headless subcommand (or --help).
bool isCommand(const QString &firstArgument);

// A first argument that names no subcommand and no existing file or
// folder (a mistyped `sacn`): prints one line to stderr and returns the
// exit code, 2. Otherwise nullopt: a subcommand, an option, or the
// workspace the GUI opens. Needs no QCoreApplication, so that a typo
// never gets as far as opening a window.
std::optional<int> refuseUnknownCommand(const QString &firstArgument);

// Runs a subcommand; returns the process exit code. Failures print one
// line to stderr.
int run(const QStringList &arguments);

// The workspace given to the GUI (`releasedeck FILE` or `-w FILE`), or empty.
QString workspaceArgument(const QStringList &arguments);

} // namespace ReleaseDeck::Cli
