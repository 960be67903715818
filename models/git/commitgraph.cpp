#include "commitgraph.h"

#include <QCryptographicHash>

#include <cstring>

namespace ReleaseDeck {

namespace {

constexpr quint32 kNoParent = 0x70000000;
constexpr quint32 kExtraEdges = 0x80000000;
constexpr size_t kDataWidth = GIT_OID_RAWSZ + 16; // tree, two parents, generation and time

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint64 be64(const uchar *p)
{
    return (quint64(be32(p)) << 32) | be32(p + 4);
}

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

} // namespace

bool CommitGraph::open(const QString &objectsDir, QString *why)
{
    m_count = 0;
    m_file.setFileName(objectsDir + QLatin1String("/info/commit-graph"));
    if (!m_file.exists())
        return fail(why, QStringLiteral("no commit-graph"));
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(why, m_file.errorString());
    const qint64 size = m_file.size();
    if (size < 8 + 12)
        return fail(why, QStringLiteral("commit-graph too short"));
    const uchar *base = m_file.map(0, size);
    if (!base)
        return fail(why, m_file.errorString());
    if (memcmp(base, "CGPH", 4) != 0 || base[4] != 1 || base[5] != 1)
        return fail(why, QStringLiteral("not a SHA-1 commit-graph, version 1"));
    // The file ends with the SHA-1 of everything before it: a damaged graph
    // must not change results, so it is checked once here.
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(base), size - GIT_OID_RAWSZ), QCryptographicHash::Sha1);
    if (memcmp(digest.constData(), base + size - GIT_OID_RAWSZ, GIT_OID_RAWSZ) != 0)
        return fail(why, QStringLiteral("commit-graph checksum mismatch"));
    if (base[7] != 0)
        return fail(why, QStringLiteral("split commit-graph"));
    const int chunks = base[6];
    if (8 + size_t(chunks + 1) * 12 > size_t(size))
        return fail(why, QStringLiteral("commit-graph chunk table truncated"));

    const uchar *fanout = nullptr, *oids = nullptr, *data = nullptr, *edges = nullptr;
    quint64 oidsSize = 0, dataSize = 0, edgesSize = 0;
    for (int i = 0; i < chunks; ++i) {
        const uchar *entry = base + 8 + i * 12;
        const quint64 offset = be64(entry + 4);
        const quint64 next = be64(entry + 16);
        if (offset > quint64(size) || next > quint64(size) || next < offset)
            return fail(why, QStringLiteral("commit-graph chunk out of bounds"));
        const quint32 id = be32(entry);
        const uchar *at = base + offset;
        const quint64 length = next - offset;
        if (id == 0x4f494446) { // OIDF
            if (length != 256 * 4)
                return fail(why, QStringLiteral("bad OID fanout"));
            fanout = at;
        } else if (id == 0x4f49444c) { // OIDL
            oids = at;
            oidsSize = length;
        } else if (id == 0x43444154) { // CDAT
            data = at;
            dataSize = length;
        } else if (id == 0x45444745) { // EDGE
            edges = at;
            edgesSize = length;
        }
    }
    if (!fanout || !oids || !data)
        return fail(why, QStringLiteral("commit-graph lacks a required chunk"));
    const quint32 count = be32(fanout + 255 * 4);
    for (int i = 1; i < 256; ++i) {
        if (be32(fanout + i * 4) < be32(fanout + (i - 1) * 4))
            return fail(why, QStringLiteral("commit-graph fanout not sorted"));
    }
    if (oidsSize != quint64(count) * GIT_OID_RAWSZ || dataSize != quint64(count) * kDataWidth
        || edgesSize % 4 != 0)
        return fail(why, QStringLiteral("commit-graph chunk sizes disagree"));
    m_fanout = fanout;
    m_oids = oids;
    m_data = data;
    m_edges = edges;
    m_edgeCount = quint32(edgesSize / 4);
    m_count = count;
    return true;
}

bool CommitGraph::position(const git_oid &commit, quint32 *pos) const
{
    const int first = commit.id[0];
    quint32 lo = first == 0 ? 0 : be32(m_fanout + (first - 1) * 4);
    quint32 hi = be32(m_fanout + first * 4);
    if (hi > m_count)
        return false;
    while (lo < hi) {
        const quint32 mid = lo + (hi - lo) / 2;
        const int c = memcmp(oidAt(mid), commit.id, GIT_OID_RAWSZ);
        if (c == 0) {
            *pos = mid;
            return true;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

bool CommitGraph::parents(const git_oid &commit, std::vector<git_oid> *out) const
{
    quint32 pos = 0;
    if (!isOpen() || !position(commit, &pos))
        return false;
    out->clear();
    auto add = [&](quint32 parent) {
        if (parent >= m_count)
            return false;
        git_oid id;
        memcpy(id.id, oidAt(parent), GIT_OID_RAWSZ);
        out->push_back(id);
        return true;
    };
    const uchar *row = m_data + size_t(pos) * kDataWidth + GIT_OID_RAWSZ;
    const quint32 first = be32(row);
    const quint32 second = be32(row + 4);
    if (first == kNoParent)
        return true;
    if (!add(first))
        return false;
    if (second == kNoParent)
        return true;
    if (!(second & kExtraEdges))
        return add(second);
    // Octopus merges: the rest of the parents sit in the extra edge list.
    for (quint32 e = second & ~kExtraEdges; e < m_edgeCount; ++e) {
        const quint32 value = be32(m_edges + size_t(e) * 4);
        if (!add(value & ~kExtraEdges))
            return false;
        if (value & kExtraEdges)
            return true;
    }
    return false; // the list ran off its end: damaged
}

} // namespace ReleaseDeck
