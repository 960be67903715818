#pragma once

#include <QStringList>

#include <optional>

namespace ReleaseDeck::Cli {

// Every subcommand the program accepts, `help` included.
QStringList commandNames();

// True when the first argument names a headless subcommand (or --help).
bool isCommand(const QString &firstArgument);

// Steps from one word to another: insertions, deletions, substitutions
// and swaps of neighbours.
int editDistance(const QString &a, const QString &b);

// The subcommands a mistyped first argument is nearest to (one, or those
// equally near), or none when it is near none of them.
QStringList nearestCommands(const QString &word);

// A first argument that names no subcommand and no existing file or
// folder (a mistyped `sacn`): prints one line to stderr, naming the
// nearest subcommand when there is one, and returns the exit code, 2.
// Otherwise nullopt: a subcommand, an option, or the workspace the GUI
// opens. Needs no QCoreApplication, so that a typo never gets as far as
// opening a window.
std::optional<int> refuseUnknownCommand(const QString &firstArgument);

// Runs a subcommand; returns the process exit code. Failures print one
// line to stderr.
int run(const QStringList &arguments);

} // namespace ReleaseDeck::Cli
