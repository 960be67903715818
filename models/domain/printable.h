#pragma once

#include <QString>

namespace ReleaseDeck {

// A name from someone else (a tree entry, a ref, a tag) as it may appear
// in a message or on a terminal: control characters, line and paragraph
// separators and invisible format characters (zero-width, bidirectional
// overrides) are written as \xNN or \u{NNNN}; at most maxChars kept.
QString printableName(const QString &name, qsizetype maxChars = 200);

// A file's path as a window shows it: native separators, hidden
// characters escaped as printableName() does, at most 1,000 kept.
QString printablePath(const QString &path);

// Whether the text holds a character printableName would escape.
bool hasHiddenCharacters(const QString &text);

} // namespace ReleaseDeck
