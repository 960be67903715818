#include "treeindex.h"

namespace ReleaseDeck {

namespace {
constexpr size_t kMaxFiles = 100000;
}

bool TreeIndex::isValuesFileName(std::string_view name)
{
    if (!name.starts_with("values"))
        return false;
    return name.ends_with(".yaml") || name.ends_with(".yml");
}

std::shared_ptr<const TreeIndex::Files> TreeIndex::files(const git_oid &treeId)
{
    return files(treeId, 0);
}

std::shared_ptr<const TreeIndex::Files> TreeIndex::files(const git_oid &treeId, int depth)
{
    if (depth > kMaxDepth) {
        m_error = QStringLiteral("the tree has folders nested more than %1 deep").arg(kMaxDepth);
        return nullptr;
    }
    if (auto it = m_memo.find(treeId); it != m_memo.end())
        return it->second;

    git_tree *raw = nullptr;
    if (git_tree_lookup(&raw, m_repo, &treeId) != 0) {
        m_error = Git::lastError(QStringLiteral("cannot read tree"));
        return nullptr;
    }
    Git::TreePtr tree(raw);
    auto out = std::make_shared<Files>();
    const size_t count = git_tree_entrycount(tree.get());
    for (size_t i = 0; i < count; ++i) {
        const git_tree_entry *entry = git_tree_entry_byindex(tree.get(), i);
        const std::string_view name = git_tree_entry_name(entry);
        switch (git_tree_entry_type(entry)) {
        case GIT_OBJECT_BLOB:
            if (git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK)
                break;
            if (name == "Chart.yaml")
                out->push_back({std::string(name), *git_tree_entry_id(entry), true});
            else if (isValuesFileName(name))
                out->push_back({std::string(name), *git_tree_entry_id(entry), false});
            break;
        case GIT_OBJECT_TREE: {
            auto sub = files(*git_tree_entry_id(entry), depth + 1);
            if (!sub)
                return nullptr;
            // One subtree named many times over (a "tree bomb") would list
            // exponentially many paths: refuse past a generous bound.
            if (out->size() + sub->size() > kMaxFiles) {
                m_error = QStringLiteral("the tree lists more than %1 chart and values files").arg(kMaxFiles);
                return nullptr;
            }
            for (const File &f : *sub)
                out->push_back({std::string(name) + "/" + f.path, f.blob, f.isChartYaml});
            break;
        }
        default:
            break; // submodules
        }
    }
    m_memo.emplace(treeId, out);
    return out;
}

} // namespace ReleaseDeck
