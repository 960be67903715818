#include "fileutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ReleaseDeck {

bool writeFileAtomically(const QString &path, const QByteArray &content, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool replaceFileAtomically(const QString &path, const QByteArray &content, QString *error)
{
    struct stat st = {};
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode) && ::unlink(native.constData()) != 0) {
        *error = QStringLiteral("cannot replace %1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return writeFileAtomically(path, content, error);
}

std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Non-blocking, so that opening a FIFO returns at once; fstat then says
    // what it is before a byte is read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = QStringLiteral("%1: %2").arg(shown, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        *error = QStringLiteral("%1: %2").arg(shown, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    if (S_ISDIR(st.st_mode)) {
        *error = QStringLiteral("%1: a folder, not a file").arg(shown);
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = QStringLiteral("%1: not a regular file (a FIFO, socket or device)").arg(shown);
        return std::nullopt;
    }
    const QString limit = maxBytes >= (1 << 20) ? QStringLiteral("%1 MiB").arg(maxBytes >> 20)
                                                : QStringLiteral("%1 bytes").arg(maxBytes);
    if (st.st_size > maxBytes) {
        *error = QStringLiteral("%1: larger than %2").arg(shown, limit);
        return std::nullopt;
    }
    QByteArray out;
    out.reserve(qsizetype(st.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = QStringLiteral("%1: %2").arg(shown, QString::fromLocal8Bit(std::strerror(errno)));
            return std::nullopt;
        }
        if (n == 0)
            break;
        // The file may grow while it is read: the bound is on what arrives.
        if (out.size() + n > maxBytes) {
            *error = QStringLiteral("%1: larger than %2").arg(shown, limit);
            return std::nullopt;
        }
        out.append(buffer, qsizetype(n));
    }
    return out;
}

QString pathTooLongReason(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.size() >= PATH_MAX)
        return QStringLiteral("the path is too long: %1 bytes, where the system takes fewer than %2").arg(encoded.size()).arg(PATH_MAX);
    for (const QByteArray &part : encoded.split('/')) {
        if (part.size() > NAME_MAX)
            return QStringLiteral("a name in the path is too long: %1 bytes, where the system takes %2").arg(part.size()).arg(NAME_MAX);
    }
    return {};
}

QString unsafePathReason(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("an empty name");
    if (path.startsWith(QLatin1Char('/')))
        return QStringLiteral("an absolute path");
    for (const QChar c : path) {
        if (c == QChar(0))
            return QStringLiteral("a NUL character");
        if (c == QLatin1Char('\\'))
            return QStringLiteral("a backslash");
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("a control character");
    }
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (part.isEmpty())
            return QStringLiteral("an empty part");
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return QStringLiteral("a '%1' part").arg(part);
        // `.git` and what a case-insensitive or NTFS file system reads as it.
        QString bare = part.toLower();
        while (bare.endsWith(QLatin1Char('.')) || bare.endsWith(QLatin1Char(' ')))
            bare.chop(1);
        if (bare == QLatin1String(".git") || bare == QLatin1String("git~1"))
            return QStringLiteral("a '.git' part");
    }
    return {};
}

QString caseCollision(const QStringList &paths)
{
    // Every folder on the way counts too: `Templates/a` and `templates/b`
    // land in one folder there.
    QHash<QString, QString> seen;
    for (const QString &path : paths) {
        qsizetype end = 0;
        while (end != path.size()) {
            end = path.indexOf(QLatin1Char('/'), end + 1);
            if (end < 0)
                end = path.size();
            const QString prefix = path.left(end);
            const QString folded = prefix.toCaseFolded();
            const auto it = seen.constFind(folded);
            if (it == seen.cend())
                seen.insert(folded, prefix);
            else if (*it != prefix)
                return QStringLiteral("%1 and %2").arg(*it, prefix);
        }
    }
    return {};
}

} // namespace ReleaseDeck
