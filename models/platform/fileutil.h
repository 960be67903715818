#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck {

// Writes through a temporary file and renames it into place, so a reader
// sees the old content or the new, never half of it.
bool writeFileAtomically(const QString &path, const QByteArray &content, QString *error);

// The same for a file of ReleaseDeck's own (a cache): whatever else sits at
// the path, a symbolic link, a FIFO or a device, is removed first and never
// written through. A folder there is left alone and the write fails.
bool replaceFileAtomically(const QString &path, const QByteArray &content, QString *error);

// Reads a regular file of at most maxBytes. A FIFO, a device or a folder
// is refused without blocking, and the bound counts the bytes read, not
// the size the file claims. The error is one line naming the file.
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error);

// Whether a relative path from someone else's tree may name a file here:
// no absolute path, no empty, `.` or `..` part, no `.git` part (in any
// case), no NUL, backslash or control character. Empty when it may; else
// why not.
QString unsafePathReason(const QString &path);

// Why the system would refuse a path for its length (ENAMETOOLONG): the
// whole path, or one name in it; empty when it would not.
QString pathTooLongReason(const QString &path);

// The first two paths that name the same file on a case-insensitive file
// system, as "a and b"; empty when there are none.
QString caseCollision(const QStringList &paths);

} // namespace ReleaseDeck
