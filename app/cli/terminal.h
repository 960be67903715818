#pragma once

#include <QCommandLineParser>
#include <QDateTime>
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

// --at: an ISO 8601 date (midnight UTC) or date and time (UTC unless it
// says otherwise), or now when not given. False once the refusal is printed.
bool atArgument(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command, QDateTime *when);

} // namespace ReleaseDeck::Cli
