#pragma once

#include <QString>

namespace ReleaseDeck {

// A name from someone else (a tree entry, a ref, a tag) as it may appear
// in a message or on a terminal: control characters, line and paragraph
// separators and invisible format characters (zero-width, bidirectional
// overrides) are written as \xNN or \u{NNNN}; at most maxChars kept.
QString printableName(const QString &name, qsizetype maxChars = 200);

// Whether the text holds a character printableName would escape.
bool hasHiddenCharacters(const QString &text);

// A text shown as a label or one line of a message (a workspace's name, a
// path, a diagnostic): only what breaks the line or reorders the text
// around it is escaped, as printableName() writes it: control characters,
// line and paragraph separators, bidirectional marks and overrides.
// Joiners (emoji sequences, Persian), flags' tag characters and letters
// newer than Qt's tables stay as they are. At most maxChars kept.
QString printableLine(const QString &text, qsizetype maxChars = 2000);

// Whether the text holds a character printableLine would escape.
bool hasControlCharacters(const QString &text);

// A file's path as a window shows it: native separators, escaped as
// printableLine() does, at most 1,000 characters kept.
QString printablePath(const QString &path);

} // namespace ReleaseDeck
