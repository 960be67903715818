#include "gitutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <mutex>
#include <zlib.h>

namespace ReleaseDeck::Git {

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init();
        // Scans read each object once; a smaller object cache keeps peak
        // memory down on large histories without costing lookups.
        git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, ssize_t(64) * 1024 * 1024);
    });
}

QString lastError(const QString &fallback)
{
    const git_error *e = git_error_last();
    if (!e || !e->message || !*e->message)
        return fallback;
    return QString::fromUtf8(e->message).trimmed();
}

QString oidToString(const git_oid &oid)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &oid);
    return QString::fromLatin1(buf, GIT_OID_HEXSZ);
}

namespace {

// Empty when the file holds one whole zlib stream of "TYPE SIZE\0" and
// SIZE bytes; else what is wrong with it.
QString looseObjectProblem(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read");
    z_stream z = {};
    if (inflateInit(&z) != Z_OK)
        return QStringLiteral("cannot be inflated");
    struct End
    {
        z_stream *z;
        ~End() { inflateEnd(z); }
    } end{&z};
    QByteArray header;
    qint64 declared = -1, body = 0;
    char in[65536];
    char out[65536];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        const qint64 n = f.read(in, sizeof in);
        if (n < 0)
            return QStringLiteral("cannot be read");
        if (n == 0)
            return QStringLiteral("is truncated");
        z.next_in = reinterpret_cast<Bytef *>(in);
        z.avail_in = uInt(n);
        while (z.avail_in > 0 && rc != Z_STREAM_END) {
            z.next_out = reinterpret_cast<Bytef *>(out);
            z.avail_out = sizeof out;
            rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return QStringLiteral("is corrupt (%1)").arg(QString::fromLatin1(z.msg ? z.msg : "bad zlib data"));
            qsizetype got = qsizetype(sizeof out - z.avail_out);
            const char *p = out;
            if (declared < 0) {
                const qsizetype nul = QByteArrayView(p, got).indexOf('\0');
                header.append(p, nul < 0 ? got : nul);
                if (header.size() > 64)
                    return QStringLiteral("has no object header");
                if (nul < 0)
                    continue;
                bool ok = false;
                const qsizetype space = header.indexOf(' ');
                declared = space < 0 ? -1 : header.mid(space + 1).toLongLong(&ok);
                if (!ok || declared < 0)
                    return QStringLiteral("has a bad object header");
                p += nul + 1;
                got -= nul + 1;
            }
            body += got;
            if (body > declared)
                return QStringLiteral("is longer than its header says");
            if (rc == Z_BUF_ERROR && z.avail_in > 0 && got == 0)
                return QStringLiteral("is corrupt");
        }
    }
    if (declared < 0 || body != declared)
        return QStringLiteral("is truncated");
    return {};
}

} // namespace

bool checkLooseObjects(git_repository *repo, QString *error)
{
    static std::mutex mutex;
    static QSet<QString> checked; // path, size and time of files found whole
    const QString objects = QDir(QString::fromUtf8(git_repository_path(repo))).filePath(QStringLiteral("objects"));
    static const QRegularExpression fanout(QStringLiteral("^[0-9a-f]{2}$"));
    static const QRegularExpression rest(QStringLiteral("^[0-9a-f]{38}$"));
    QDirIterator dirs(objects, QDir::Dirs | QDir::NoDotAndDotDot);
    while (dirs.hasNext()) {
        const QString dir = dirs.next();
        if (!fanout.match(dirs.fileName()).hasMatch())
            continue;
        QDirIterator files(dir, QDir::Files | QDir::Hidden | QDir::System);
        while (files.hasNext()) {
            const QString path = files.next();
            if (!rest.match(files.fileName()).hasMatch())
                continue;
            const QFileInfo info = files.fileInfo();
            const QString key = QStringLiteral("%1\n%2\n%3").arg(path).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
            {
                const std::lock_guard lock(mutex);
                if (checked.contains(key))
                    continue;
            }
            if (const QString why = looseObjectProblem(path); !why.isEmpty()) {
                *error = QStringLiteral("the loose object %1%2 (%3) %4; `git fsck` names it too")
                             .arg(dirs.fileName(), files.fileName(), QDir::toNativeSeparators(path), why);
                return false;
            }
            const std::lock_guard lock(mutex);
            checked.insert(key);
        }
    }
    return true;
}

} // namespace ReleaseDeck::Git
