#pragma once

#include "gitutil.h"
#include "platform/scancontrol.h"

#include <QString>

#include <unordered_map>
#include <vector>

namespace ReleaseDeck {

// Labels every commit with the lowest release whose history contains it, in
// one pass over the commit graph: releases are visited in ascending order and
// each walk stops at commits an earlier (lower) release already labelled, so
// every commit is read once however many releases or lookups there are.
class ReleaseLabels
{
public:
    struct Release
    {
        git_oid commit;
        int rank; // position in ascending release order
    };

    // releases must be sorted by ascending rank. Returns false on error or cancel.
    bool build(git_repository *repo, const std::vector<Release> &releases, ScanControl *control,
               QString *error);

    // The rank of the lowest release containing the commit, or -1.
    int rankOf(const git_oid &commit) const;
    size_t labelledCount() const { return m_rank.size(); }
    // Calls f(commit, rank) for every labelled commit, in no order.
    template<typename F>
    void forEach(F f) const
    {
        for (const auto &entry : m_rank)
            f(entry.first, entry.second);
    }
    // How many commits' parents came from the commit-graph file.
    size_t fromGraphCount() const { return m_fromGraph; }

private:
    std::unordered_map<git_oid, int, Git::OidHash, Git::OidEqual> m_rank;
    size_t m_fromGraph = 0;
};

} // namespace ReleaseDeck
