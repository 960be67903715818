#include "labelcache.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace ReleaseDeck {

bool LabelRun::run(git_repository *repo, ScanControl *control, QString *error)
{
    std::vector<ReleaseLabels::Release> order;
    order.reserve(releases.size());
    for (size_t rank = 0; rank < releases.size(); ++rank)
        order.push_back({releases[rank].commit, int(rank)});
    m_labels.setFallbackGraph(fallbackGraph);

    // Where the kept releases stand now: each must still be there, on the
    // same commit, in the same order, for its labels to hold.
    QString why;
    if (!kept || !kept->valid) {
        why = QStringLiteral("no labels kept");
    } else {
        QHash<QString, int> present;
        present.reserve(qsizetype(releases.size()));
        for (size_t rank = 0; rank < releases.size(); ++rank)
            present.insert(releases[rank].tag, int(rank));
        m_keptRank.assign(kept->releases.size(), -1);
        int previous = -1;
        for (size_t i = 0; i < kept->releases.size() && why.isEmpty(); ++i) {
            const LabelTable::Release &k = kept->releases[i];
            const int rank = present.value(k.tag, -1);
            if (rank < 0)
                why = QStringLiteral("release %1 removed").arg(k.tag);
            else if (git_oid_cmp(&releases[rank].commit, &k.commit) != 0)
                why = QStringLiteral("release %1 moved").arg(k.tag);
            else if (rank <= previous)
                why = QStringLiteral("release order changed at %1").arg(k.tag);
            m_keptRank[i] = previous = rank;
        }
    }
    if (!why.isEmpty()) {
        how = QStringLiteral("built (%1)").arg(why);
        return m_labels.build(repo, order, control, error);
    }
    std::vector<ReleaseLabels::Release> added;
    std::vector<bool> isKept(releases.size(), false);
    for (int rank : m_keptRank)
        isKept[size_t(rank)] = true;
    for (const ReleaseLabels::Release &r : order) {
        if (!isKept[size_t(r.rank)])
            added.push_back(r);
    }
    if (added.empty()) {
        m_reused = true;
        how = QStringLiteral("reused");
        return true;
    }
    std::unordered_map<git_oid, int, Git::OidHash, Git::OidEqual> seed;
    seed.reserve(kept->entries.size() + 1024);
    for (const LabelTable::Entry &e : kept->entries)
        seed.emplace(e.commit, m_keptRank[e.release]);
    m_labels.seed(std::move(seed));
    how = QStringLiteral("extended by %1 releases").arg(added.size());
    return m_labels.extend(repo, added, control, error);
}

int LabelRun::rankOf(const git_oid &commit) const
{
    if (!m_reused)
        return m_labels.rankOf(commit);
    const int i = kept->find(commit);
    return i < 0 ? -1 : m_keptRank[size_t(i)];
}

LabelTable LabelRun::table() const
{
    if (m_reused)
        return *kept;
    LabelTable t;
    t.valid = true;
    t.releases = releases;
    t.entries.reserve(m_labels.labelledCount());
    m_labels.forEach([&](const git_oid &commit, int rank) { t.entries.push_back({commit, quint32(rank)}); });
    std::sort(t.entries.begin(), t.entries.end(), [](const LabelTable::Entry &a, const LabelTable::Entry &b) {
        return memcmp(a.commit.id, b.commit.id, GIT_OID_RAWSZ) < 0;
    });
    return t;
}

} // namespace ReleaseDeck
