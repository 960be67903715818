#pragma once

#include <QByteArray>
#include <QString>

namespace ReleaseDeck {

// Writes through a temporary file and renames it into place, so a reader
// sees the old content or the new, never half of it.
bool writeFileAtomically(const QString &path, const QByteArray &content, QString *error);

} // namespace ReleaseDeck
