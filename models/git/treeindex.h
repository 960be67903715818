#pragma once

#include "gitutil.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace ReleaseDeck {

// The Chart.yaml and values files of a tree, found by one walk that is
// memoised per tree id: a subtree shared by many commits is read once.
class TreeIndex
{
public:
    struct File
    {
        std::string path; // from the root of the tree
        git_oid blob;
        bool isChartYaml = false;
    };
    using Files = std::vector<File>;

    explicit TreeIndex(git_repository *repo)
        : m_repo(repo)
    {}

    // nullptr when the tree cannot be read; lastError() says why.
    std::shared_ptr<const Files> files(const git_oid &treeId);
    const QString &lastError() const { return m_error; }

    static bool isValuesFileName(std::string_view name);

    // Folders in folders below one tree: deeper trees are refused, since
    // each level costs stack here and in libgit2 (git's own limit is 4096).
    static constexpr int kMaxDepth = 256;

private:
    std::shared_ptr<const Files> files(const git_oid &treeId, int depth);

    git_repository *m_repo;
    std::unordered_map<git_oid, std::shared_ptr<const Files>, Git::OidHash, Git::OidEqual> m_memo;
    QString m_error;
};

} // namespace ReleaseDeck
