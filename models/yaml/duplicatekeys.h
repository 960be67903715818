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

// Both from one pass over the text: the first duplicate key, and the line
// and column (1-based) of the first alias (`*name`).
struct YamlKeyScan
{
    std::optional<DuplicateKey> duplicate;
    std::optional<std::pair<int, int>> alias;
};
YamlKeyScan scanYamlKeys(const QByteArray &text);

} // namespace ReleaseDeck
