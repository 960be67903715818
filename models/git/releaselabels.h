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

    // Labels kept from an earlier build, their ranks already those of the
    // present release order. extend() then adds releases to them.
    void seed(std::unordered_map<git_oid, int, Git::OidHash, Git::OidEqual> labels);
    // Adds releases (ascending rank) to the labels there are: a walk from
    // each relabels the commits unlabelled or labelled with a higher rank
    // and stops at those labelled with a lower one, whose ancestors all
    // carry a lower label already. Right however the new ranks fall among
    // the old ones, as long as no labelled release was removed or moved.
    bool extend(git_repository *repo, const std::vector<Release> &releases, ScanControl *control,
                QString *error);

    // The objects folder of a commit-graph to read when the repository
    // has none of its own (one kept in the application's cache).
    void setFallbackGraph(const QString &objectsDir) { m_fallbackGraph = objectsDir; }

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
    // How many commits' parents came from the commit-graph file, and how
    // many commits the last build() or extend() labelled.
    size_t fromGraphCount() const { return m_fromGraph; }
    size_t walkedCount() const { return m_walked; }
    // Which graph the last walk read: "own", "cached" or "none".
    const char *graphUsed() const { return m_graphUsed; }

private:
    bool walk(git_repository *repo, const std::vector<Release> &releases, ScanControl *control, QString *error);

    std::unordered_map<git_oid, int, Git::OidHash, Git::OidEqual> m_rank;
    size_t m_fromGraph = 0;
    size_t m_walked = 0;
    QString m_fallbackGraph;
    const char *m_graphUsed = "none";
};

} // namespace ReleaseDeck
