#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>

namespace ReleaseDeck {

// A key written twice in one mapping. yaml-cpp keeps the first and drops
// the second without a word, so a second `repos:` block would be ignored.
struct DuplicateKey
{
    QString key;
    int line = 0;       // 1-based, of the second one
    int column = 0;
    int firstLine = 0;  // where the key was written first

    QString message() const;
};

// The first duplicate key in any mapping of the text, or none. Text that is
// not YAML has none: the parser that reads it says what is wrong.
std::optional<DuplicateKey> findDuplicateKey(const QByteArray &text);

// From one pass over the text: the first duplicate key, the line and
// column (1-based) of the first alias (`*name`) and of the start of a
// second document. The pass is bounded: yaml-cpp 0.7 reports empty
// documents forever on some bad input (a ',' first); where it stalls so is
// `stalled`.
struct YamlKeyScan
{
    std::optional<DuplicateKey> duplicate;
    std::optional<std::pair<int, int>> alias;
    std::optional<std::pair<int, int>> secondDocument;
    std::optional<std::pair<int, int>> stalled; // where the parser stopped reading on
};
YamlKeyScan scanYamlKeys(const QByteArray &text);

} // namespace ReleaseDeck
