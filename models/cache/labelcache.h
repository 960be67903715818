#pragma once

#include "scancache.h"

#include "git/releaselabels.h"

namespace ReleaseDeck {

// Labels commits with the lowest release containing them (ReleaseLabels),
// starting from the table an earlier scan kept: reused as it is when the
// releases are the same, extended by a walk from each added release when
// releases were only added, built again when one was removed or moved.
class LabelRun
{
public:
    // The releases in ascending order, as tag name and commit.
    std::vector<LabelTable::Release> releases;
    const LabelTable *kept = nullptr; // may be null or invalid
    QString fallbackGraph;            // a commit-graph's objects folder in the cache

    bool run(git_repository *repo, ScanControl *control, QString *error);

    // The rank (index into releases) of the lowest release containing the
    // commit, or -1.
    int rankOf(const git_oid &commit) const;
    // The table to keep for the next scan.
    LabelTable table() const;

    // What the run did: "reused", "extended by N releases" or "built (why)".
    QString how;
    bool reused() const { return m_reused; }
    size_t walked() const { return m_labels.walkedCount(); }
    size_t fromGraph() const { return m_labels.fromGraphCount(); }
    const char *graphUsed() const { return m_labels.graphUsed(); }

private:
    ReleaseLabels m_labels;
    bool m_reused = false;
    std::vector<int> m_keptRank; // kept release index → present rank
};

} // namespace ReleaseDeck
