#include "gitutil.h"

#include "timedstream.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

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
        // Strict hash verification stays on, although it costs a seventh
        // of a cold scan: a loose object holding another object's intact
        // content passes zlib's checksum, and only its hash tells it apart.
        registerTimedStream();
    });
}

QString lastError(const QString &fallback)
{
    // A timeout, deadline or cap is what went wrong, whatever the layer
    // above the socket (TLS, HTTP) made of it.
    const QString timeout = takeStopError();
    const git_error *e = git_error_last();
    if (!timeout.isEmpty() && e
        && (e->klass == GIT_ERROR_NET || e->klass == GIT_ERROR_SSL || e->klass == GIT_ERROR_HTTP || e->klass == GIT_ERROR_SSH))
        return timeout;
    if (!e || !e->message || !*e->message)
        return fallback;
    // One line: mbedTLS gives one per certificate fault.
    return QString::fromUtf8(e->message).trimmed().replace(QLatin1Char('\n'), QLatin1String("; "));
}

QString oidToString(const git_oid &oid)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &oid);
    return QString::fromLatin1(buf, GIT_OID_HEXSZ);
}

int repositoryHead(git_repository *repo, git_reference **out)
{
    *out = nullptr;
    const int rc = git_repository_head(out, repo);
    if (rc != GIT_EUNBORNBRANCH && rc != GIT_ENOTFOUND)
        return rc;
    git_reference_iterator *raw = nullptr;
    if (git_reference_iterator_glob_new(&raw, repo, "refs/heads/*") != 0)
        return -1;
    const RefIteratorPtr it(raw);
    const char *name = nullptr;
    int next = 0;
    while ((next = git_reference_next_name(&name, it.get())) == 0) {
    }
    return next == GIT_ITEROVER ? GIT_EUNBORNBRANCH : next;
}

namespace {

// No commit, tree or tag comes near this; a blob may, and is streamed.
constexpr qint64 kMaxLooseNonBlobBytes = 16 * 1024 * 1024;
// Alternates folders followed from a repository, all levels together.
constexpr int kMaxObjectFolders = 8;

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
                const QByteArray type = header.left(space);
                if (!ok || declared < 0 || !(type == "blob" || type == "commit" || type == "tree" || type == "tag"))
                    return QStringLiteral("has a bad object header");
                // libgit2 would inflate it whole into memory: refused from the header.
                if (type != "blob" && declared > kMaxLooseNonBlobBytes)
                    return QStringLiteral("is a %1 of %2 MiB; larger than %3 MiB")
                        .arg(QString::fromLatin1(type))
                        .arg((declared + (1 << 20) - 1) >> 20)
                        .arg(kMaxLooseNonBlobBytes >> 20);
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

namespace {

// The objects folder and the alternates folders it names, and theirs in
// turn, each once and at most kMaxObjectFolders: alternates that lead round
// in a circle end.
QStringList objectFolders(const QString &objects)
{
    QStringList out{objects};
    QStringList seen{QFileInfo(objects).canonicalFilePath()};
    for (qsizetype i = 0; i < out.size(); ++i) {
        QFile f(QDir(out[i]).filePath(QStringLiteral("info/alternates")));
        if (!QFileInfo(f.fileName()).isFile() || !f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &raw : f.read(64 * 1024).split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QString path = QDir(out[i]).absoluteFilePath(QFile::decodeName(line));
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (canonical.isEmpty() || seen.contains(canonical) || out.size() >= kMaxObjectFolders)
                continue;
            seen.append(canonical);
            out.append(QDir::cleanPath(path));
        }
    }
    return out;
}

} // namespace

bool checkLooseObjects(git_repository *repo, QString *error)
{
    static std::mutex mutex;
    static QSet<QString> checked; // path, size and time of files found whole
    static const QRegularExpression fanout(QStringLiteral("^[0-9a-f]{2}$"));
    static const QRegularExpression rest(QStringLiteral("^[0-9a-f]{38}$"));
    const QString objects = QDir(QString::fromUtf8(git_repository_path(repo))).filePath(QStringLiteral("objects"));
    for (const QString &folder : objectFolders(objects)) {
        QDirIterator dirs(folder, QDir::Dirs | QDir::NoDotAndDotDot);
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
    }
    return true;
}

bool checkLocalRemote(const QString &url, QString *error)
{
    QString path;
    if (url.startsWith(QLatin1String("file://"), Qt::CaseInsensitive))
        path = QUrl(url).toLocalFile();
    else if (!url.contains(QLatin1String("://")) && QFileInfo::exists(url))
        path = url; // libgit2 takes a path that exists as a local remote
    if (path.isEmpty())
        return true;
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, QFile::encodeName(path).constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0)
        return true; // not a repository: libgit2 says so itself
    const RepositoryPtr repo(raw);
    return checkLooseObjects(repo.get(), error);
}

} // namespace ReleaseDeck::Git
