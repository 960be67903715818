#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck::YamlEdit {

// One scalar to change: its path of mapping keys (and sequence indices as
// decimal text) from the document's root, and its new text.
struct Edit
{
    QStringList path; // {"image", "tag"}, {"dependencies", "1", "version"}
    QString value;
};

// Changes scalars in hand-written YAML and nothing else: comments, key
// order, layout and every other byte stay as they were, so the diff of an
// edit is exactly the lines whose values changed. Each scalar is found by
// yaml-cpp's position marks and its text spliced in place. The new value
// keeps the old quoting (plain, 'single' or "double"), except that a plain
// value YAML would read as something other than text (1.10, true, null,
// 010) is double-quoted, since Helm reads `appVersion: 1.10` as 1.1.
//
// Refused, with `file:line:column: reason` naming the place: a path that is
// not there, a node that is not a scalar, an alias, a block scalar (| or >)
// and a scalar that spans lines. The result is parsed again and checked to
// hold the new values.
std::optional<QByteArray> apply(const QByteArray &text, const QList<Edit> &edits, const QString &fileName,
                                QString *error);

// The YAML text of a value in the given style: `plain` unless the value
// needs quotes, then double quotes with YAML's escapes.
QString formatScalar(const QString &value, char style);

} // namespace ReleaseDeck::YamlEdit
