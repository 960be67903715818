#pragma once

#include <QStringList>

namespace ReleaseDeck::Cli {

// True when the first argument names a headless subcommand (or --help).
bool isCommand(const QString &firstArgument);

// Runs a subcommand; returns the process exit code. Failures print one
// line to stderr.
int run(const QStringList &arguments);

// The workspace given to the GUI (`releasedeck FILE` or `-w FILE`), or empty.
QString workspaceArgument(const QStringList &arguments);

} // namespace ReleaseDeck::Cli
