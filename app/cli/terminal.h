#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace ReleaseDeck::Cli {

// Standard output and error for people: someone else's text (a tag, a
// manifest note) is written with its control and invisible characters
// shown as escapes. Not for JSON, which is written to stdout as it is.
QTextStream &out();
QTextStream &err();

// Prints the usage line and the parser's options for --help; returns 0.
int printHelp(const QString &usage, const QCommandLineParser &parser);

// Prints "releasedeck: MESSAGE" as one line to stderr; returns `code`.
int fail(const QString &message, int code = 1);

} // namespace ReleaseDeck::Cli
