#include "scancache.h"

#include "platform/fileutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <zlib.h>

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <cstring>

namespace ReleaseDeck {

namespace {

constexpr char kMagic[8] = {'R', 'D', 'S', 'C', 'A', 'N', '\r', '\n'};
constexpr int kHeaderBytes = 8 + 4 + 4 + 8; // magic, format, checksum, payload size

quint32 checksum(const char *data, qint64 size)
{
    uLong crc = crc32_z(0L, nullptr, 0);
    return quint32(crc32_z(crc, reinterpret_cast<const Bytef *>(data), size_t(size)));
}

class Writer
{
public:
    QByteArray out;

    void u8(quint8 v) { out.append(char(v)); }
    void u32(quint32 v)
    {
        const char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
        out.append(b, 4);
    }
    void u64(quint64 v)
    {
        u32(quint32(v));
        u32(quint32(v >> 32));
    }
    void raw(const void *p, qsizetype n) { out.append(static_cast<const char *>(p), n); }
    void oid(const git_oid &id) { raw(id.id, GIT_OID_RAWSZ); }
    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        u32(quint32(utf8.size()));
        out.append(utf8);
    }
};

// Strings by index: image references repeat a few thousand texts tens of
// thousands of times, and read back as shared copies of one QString.
class Strings
{
public:
    quint32 index(const QString &s)
    {
        auto it = m_index.constFind(s);
        if (it != m_index.cend())
            return *it;
        const quint32 i = quint32(m_list.size());
        m_index.insert(s, i);
        m_list.append(s);
        return i;
    }
    const QStringList &list() const { return m_list; }

private:
    QHash<QString, quint32> m_index;
    QStringList m_list;
};

class Reader
{
public:
    Reader(const char *data, qsizetype size)
        : m_p(data), m_end(data + size)
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    qsizetype left() const { return m_end - m_p; }

    const char *take(qsizetype n)
    {
        if (!m_ok || n < 0 || n > left()) {
            m_ok = false;
            return nullptr;
        }
        const char *at = m_p;
        m_p += n;
        return at;
    }
    quint8 u8()
    {
        const char *p = take(1);
        return p ? quint8(*p) : 0;
    }
    quint32 u32()
    {
        const auto *p = reinterpret_cast<const uchar *>(take(4));
        return p ? quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24 : 0;
    }
    quint64 u64()
    {
        const quint64 low = u32();
        return low | quint64(u32()) << 32;
    }
    // A count of items of at least `minBytes` each: no more than could fit.
    quint32 count(qsizetype minBytes)
    {
        const quint32 n = u32();
        if (qsizetype(n) * minBytes > left())
            m_ok = false;
        return m_ok ? n : 0;
    }
    git_oid oid()
    {
        git_oid id{};
        if (const char *p = take(GIT_OID_RAWSZ))
            memcpy(id.id, p, GIT_OID_RAWSZ);
        return id;
    }
    QString text()
    {
        const quint32 n = u32();
        const char *p = take(n);
        return p ? QString::fromUtf8(p, n) : QString();
    }
    const QString &string(const QStringList &table)
    {
        static const QString none;
        const quint32 i = u32();
        if (i >= quint32(table.size())) {
            m_ok = false;
            return none;
        }
        return table[i];
    }
    void fail() { m_ok = false; }

private:
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

void writeChart(Writer &w, Strings &s, const ChartTreeResult &c)
{
    w.u8(quint8((c.found ? 1 : 0) | (c.image ? 2 : 0)));
    w.u32(s.index(c.path));
    w.u32(s.index(c.version));
    w.u32(s.index(c.appVersion));
    w.u32(s.index(c.contentId));
    if (c.image) {
        w.u32(s.index(c.image->repository));
        w.u32(s.index(c.image->tag));
    }
    w.u32(quint32(c.problems.size()));
    for (const QString &p : c.problems)
        w.u32(s.index(p));
    w.u32(quint32(qint32(c.tagProblemsAt)));
    w.u32(quint32(c.refs.size()));
    for (const ChartTreeRef &r : c.refs) {
        w.u32(s.index(r.file));
        w.u32(s.index(r.path));
        w.u32(quint32(r.line));
        w.u32(s.index(r.repository));
        w.u32(s.index(r.value));
    }
}

std::shared_ptr<const ChartTreeResult> readChart(Reader &r, const QStringList &s)
{
    auto c = std::make_shared<ChartTreeResult>();
    c->cacheable = true;
    const quint8 flags = r.u8();
    c->found = flags & 1;
    c->path = r.string(s);
    c->version = r.string(s);
    c->appVersion = r.string(s);
    c->contentId = r.string(s);
    if (flags & 2) {
        const QString &repository = r.string(s);
        c->image = ImageSpec{repository, r.string(s)};
    }
    const quint32 problems = r.count(4);
    for (quint32 i = 0; i < problems && r.ok(); ++i)
        c->problems.append(r.string(s));
    c->tagProblemsAt = qint32(r.u32());
    if (c->tagProblemsAt < -1 || c->tagProblemsAt > c->problems.size())
        r.fail();
    const quint32 refs = r.count(20);
    c->refs.reserve(refs);
    for (quint32 i = 0; i < refs && r.ok(); ++i) {
        ChartTreeRef &ref = c->refs.emplace_back();
        ref.file = r.string(s);
        ref.path = r.string(s);
        ref.line = int(r.u32());
        ref.repository = r.string(s);
        ref.value = r.string(s);
    }
    return c;
}

bool oidLess(const git_oid &a, const git_oid &b)
{
    return memcmp(a.id, b.id, GIT_OID_RAWSZ) < 0;
}

} // namespace

QByteArray objectsFingerprint(git_repository *repo)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const qint64 recent = QDateTime::currentSecsSinceEpoch() - 3;
    bool racy = false;
    auto add = [&](const QByteArray &path) {
        struct stat st = {};
        if (::stat(path.constData(), &st) != 0) {
            hash.addData(QByteArrayView("-", 1));
            return;
        }
        const qint64 fields[] = {qint64(st.st_dev), qint64(st.st_ino), qint64(st.st_size),
                                 qint64(st.st_mtim.tv_sec), qint64(st.st_mtim.tv_nsec),
                                 qint64(st.st_ctim.tv_sec), qint64(st.st_ctim.tv_nsec)};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(fields), sizeof fields));
        racy = racy || st.st_mtim.tv_sec >= recent || st.st_ctim.tv_sec >= recent;
    };
    std::function<void(const QByteArray &, int)> addObjects = [&](const QByteArray &objects, int depth) {
        add(objects);
        add(objects + "/pack");
        add(objects + "/info/alternates");
        static const char hex[] = "0123456789abcdef";
        for (int i = 0; i < 256; ++i) {
            const char sub[] = {'/', hex[i >> 4], hex[i & 15], '\0'};
            add(objects + sub);
        }
        // Objects reached through alternates count as the repository's own.
        QString ignored;
        const auto alternates = readRegularFile(QFile::decodeName(objects + "/info/alternates"), 64 * 1024, &ignored);
        if (!alternates || depth >= 6) // libgit2 follows five levels
            return;
        for (const QByteArray &line : alternates->split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            hash.addData(line);
            addObjects(line.startsWith('/') ? line : objects + '/' + line, depth + 1);
        }
    };
    const QByteArray common = git_repository_commondir(repo);
    addObjects(common + "objects", 0);
    add(common + "shallow");
    return racy ? QByteArray() : hash.result();
}

int LabelTable::find(const git_oid &commit) const
{
    auto it = std::lower_bound(entries.begin(), entries.end(), commit,
                               [](const Entry &e, const git_oid &id) { return oidLess(e.commit, id); });
    if (it == entries.end() || memcmp(it->commit.id, commit.id, GIT_OID_RAWSZ) != 0)
        return -1;
    return int(it->release);
}

QByteArray RepoCache::chartKey(const git_oid &tree, const QByteArray &fingerprint)
{
    QByteArray key(reinterpret_cast<const char *>(tree.id), GIT_OID_RAWSZ);
    key.append(fingerprint);
    return key;
}

QString ScanCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QLatin1String("/releasedeck/scan");
}

QString ScanCache::fileFor(const QString &folder, const QString &identity)
{
    const QByteArray hash = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex();
    return folder + u'/' + QString::fromLatin1(hash.left(24)) + QLatin1String(".cache");
}

ScanCache::ScanCache(const QString &identity)
    : m_workspace(identity)
{}

const RepoCache *ScanCache::repo(const QString &id, const QString &path) const
{
    for (const RepoCache &r : m_repos) {
        if (r.id == id && r.path == path)
            return &r;
    }
    return nullptr;
}

RepoCache &ScanCache::add(const QString &id, const QString &path)
{
    m_repos.emplace_back();
    m_repos.back().id = id;
    m_repos.back().path = path;
    return m_repos.back();
}

bool ScanCache::load(const QString &folder, QString *why)
{
    m_repos.clear();
    const std::optional<QByteArray> file = readRegularFile(fileFor(folder, m_workspace), kMaxBytes, why);
    if (!file)
        return false;
    const QByteArray &data = *file;
    if (data.size() < kHeaderBytes || memcmp(data.constData(), kMagic, sizeof kMagic) != 0) {
        *why = QStringLiteral("not a scan cache file");
        return false;
    }
    Reader header(data.constData() + 8, kHeaderBytes - 8);
    const quint32 format = header.u32();
    const quint32 sum = header.u32();
    const quint64 size = header.u64();
    if (format != kFormat) {
        *why = QStringLiteral("format %1, not %2").arg(format).arg(kFormat);
        return false;
    }
    if (size != quint64(data.size() - kHeaderBytes)) {
        *why = QStringLiteral("truncated or padded");
        return false;
    }
    const char *payload = data.constData() + kHeaderBytes;
    if (checksum(payload, qint64(size)) != sum) {
        *why = QStringLiteral("checksum mismatch");
        return false;
    }
    if (!deserialise(QByteArray::fromRawData(payload, qsizetype(size)), why)) {
        m_repos.clear();
        return false;
    }
    return true;
}

bool ScanCache::save(const QString &folder, QString *error) const
{
    const QByteArray payload = serialise();
    Writer w;
    w.out.reserve(payload.size() + kHeaderBytes);
    w.raw(kMagic, sizeof kMagic);
    w.u32(kFormat);
    w.u32(checksum(payload.constData(), payload.size()));
    w.u64(quint64(payload.size()));
    w.out.append(payload);
    if (!replaceFileAtomically(fileFor(folder, m_workspace), w.out, error))
        return false;
    // Workspaces and repositories not scanned for a month leave no trace:
    // their files go, and a graph still needed is written again.
    const QDateTime monthAgo = QDateTime::currentDateTimeUtc().addDays(-30);
    const QDir dir(folder);
    for (const QFileInfo &old : dir.entryInfoList({QStringLiteral("*.cache")}, QDir::Files | QDir::System)) {
        if (old.lastModified() < monthAgo)
            QFile::remove(old.filePath());
    }
    for (const QFileInfo &graph : QDir(folder + QLatin1String("/graphs")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QFileInfo file(graph.filePath() + QLatin1String("/info/commit-graph"));
        if (file.exists() && file.lastModified() < monthAgo && !graph.isSymLink())
            QDir(graph.filePath()).removeRecursively();
    }
    return true;
}

QByteArray ScanCache::serialise() const
{
    Strings strings;
    Writer body;
    body.u32(quint32(m_repos.size()));
    for (const RepoCache &repo : m_repos) {
        body.u32(strings.index(repo.id));
        body.u32(strings.index(repo.path));
        body.u32(quint32(repo.tags.size()));
        for (const auto &[object, peel] : repo.tags) {
            body.oid(object);
            body.oid(peel.commit);
            body.u8(peel.annotated ? 1 : 0);
            body.u64(quint64(peel.time));
            body.u32(quint32(peel.offsetMinutes));
        }
        body.u32(quint32(repo.trees.size()));
        for (const auto &[commit, tree] : repo.trees) {
            body.oid(commit);
            body.oid(tree);
        }
        body.u32(quint32(repo.charts.size()));
        for (auto it = repo.charts.cbegin(); it != repo.charts.cend(); ++it) {
            body.u32(quint32(it.key().size()));
            body.raw(it.key().constData(), it.key().size());
            Writer chart; // its length first, so that entries are found without reading them
            writeChart(chart, strings, *it.value());
            body.u32(quint32(chart.out.size()));
            body.out.append(chart.out);
        }
        body.u32(quint32(repo.objectsFingerprint.size()));
        body.raw(repo.objectsFingerprint.constData(), repo.objectsFingerprint.size());
        body.u32(quint32(repo.resolved.size()));
        for (auto it = repo.resolved.cbegin(); it != repo.resolved.cend(); ++it) {
            body.u32(strings.index(it.key()));
            body.u8(it->status);
            body.oid(it->commit);
        }
        const LabelTable &labels = repo.labels;
        body.u8(labels.valid ? 1 : 0);
        if (!labels.valid)
            continue;
        body.u32(quint32(labels.releases.size()));
        for (const LabelTable::Release &r : labels.releases) {
            body.u32(strings.index(r.tag));
            body.oid(r.commit);
        }
        body.u32(quint32(labels.entries.size()));
        for (const LabelTable::Entry &e : labels.entries) {
            body.oid(e.commit);
            body.u32(e.release);
        }
    }
    Writer w;
    w.text(m_workspace);
    w.u32(quint32(strings.list().size()));
    for (const QString &s : strings.list())
        w.text(s);
    w.out.append(body.out);
    return w.out;
}

bool ScanCache::deserialise(const QByteArray &payload, QString *why)
{
    Reader r(payload.constData(), payload.size());
    if (r.text() != m_workspace || !r.ok()) {
        *why = QStringLiteral("written for another workspace");
        return false;
    }
    QStringList strings;
    const quint32 stringCount = r.count(4);
    strings.reserve(stringCount);
    for (quint32 i = 0; i < stringCount && r.ok(); ++i)
        strings.append(r.text());
    const quint32 repoCount = r.count(8);
    for (quint32 i = 0; i < repoCount && r.ok(); ++i) {
        const QString &id = r.string(strings);
        RepoCache &repo = add(id, r.string(strings));
        const quint32 tags = r.count(2 * GIT_OID_RAWSZ + 13);
        repo.tags.reserve(tags);
        for (quint32 t = 0; t < tags && r.ok(); ++t) {
            const git_oid object = r.oid();
            TagPeel peel;
            peel.commit = r.oid();
            peel.annotated = r.u8() == 1;
            peel.time = qint64(r.u64());
            peel.offsetMinutes = qint32(r.u32());
            if (peel.offsetMinutes < -24 * 60 || peel.offsetMinutes > 24 * 60)
                r.fail();
            repo.tags.emplace(object, peel);
        }
        const quint32 trees = r.count(2 * GIT_OID_RAWSZ);
        repo.trees.reserve(trees);
        for (quint32 t = 0; t < trees && r.ok(); ++t) {
            const git_oid commit = r.oid();
            repo.trees.emplace(commit, r.oid());
        }
        // Charts are most of the file: read on as many threads as there are cores.
        const quint32 charts = r.count(8);
        struct Stored
        {
            QByteArray key;
            const char *data = nullptr;
            quint32 size = 0;
            std::shared_ptr<const ChartTreeResult> chart;
        };
        std::vector<Stored> stored(charts);
        for (quint32 c = 0; c < charts && r.ok(); ++c) {
            const quint32 keySize = r.u32();
            const char *key = r.take(keySize);
            stored[c].size = r.u32();
            stored[c].data = r.take(stored[c].size);
            if (key)
                stored[c].key = QByteArray(key, keySize);
        }
        std::atomic<bool> malformed{!r.ok()};
        const int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
        const size_t share = (stored.size() + threads - 1) / size_t(threads);
        auto parse = [&](int t) {
            for (size_t c = size_t(t) * share; c < std::min(stored.size(), size_t(t + 1) * share) && !malformed; ++c) {
                Reader one(stored[c].data, stored[c].size);
                stored[c].chart = readChart(one, strings);
                if (!one.ok() || !one.atEnd())
                    malformed = true;
            }
        };
        std::vector<std::thread> pool;
        for (int t = 1; t < threads && !malformed; ++t)
            pool.emplace_back(parse, t);
        if (!malformed)
            parse(0);
        for (std::thread &th : pool)
            th.join();
        if (malformed)
            r.fail();
        repo.charts.reserve(charts);
        for (Stored &e : stored)
            repo.charts.insert(e.key, std::move(e.chart));
        const quint32 fingerprintSize = r.u32();
        if (const char *fingerprint = r.take(fingerprintSize))
            repo.objectsFingerprint = QByteArray(fingerprint, fingerprintSize);
        const quint32 resolved = r.count(4 + 1 + GIT_OID_RAWSZ);
        repo.resolved.reserve(resolved);
        for (quint32 k = 0; k < resolved && r.ok(); ++k) {
            const QString &sha = r.string(strings);
            const quint8 status = r.u8();
            repo.resolved.insert(sha, ResolvedSha{status, r.oid()});
            if (status > quint8(ImageRef::Status::Shallow))
                r.fail();
        }
        LabelTable &labels = repo.labels;
        labels.valid = r.u8() == 1;
        if (!labels.valid)
            continue;
        const quint32 releases = r.count(4 + GIT_OID_RAWSZ);
        labels.releases.reserve(releases);
        for (quint32 k = 0; k < releases && r.ok(); ++k) {
            const QString &tag = r.string(strings);
            labels.releases.push_back({tag, r.oid()});
        }
        const quint32 entries = r.count(GIT_OID_RAWSZ + 4);
        labels.entries.resize(entries);
        for (quint32 k = 0; k < entries && r.ok(); ++k) {
            LabelTable::Entry &e = labels.entries[k];
            e.commit = r.oid();
            e.release = r.u32();
            if (e.release >= releases || (k > 0 && !oidLess(labels.entries[k - 1].commit, e.commit)))
                r.fail();
        }
    }
    if (!r.ok() || !r.atEnd()) {
        *why = QStringLiteral("malformed payload");
        return false;
    }
    return true;
}

} // namespace ReleaseDeck
