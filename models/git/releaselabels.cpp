#include "releaselabels.h"

#include "commitgraph.h"

#include <cstring>

namespace ReleaseDeck {

namespace {

// Reads the parent ids straight from the raw commit header: cheaper than a
// full git_commit parse, which also decodes signatures and the message.
bool readParents(git_odb *odb, const git_oid &id, std::vector<git_oid> *parents, QString *error)
{
    git_odb_object *raw = nullptr;
    if (git_odb_read(&raw, odb, &id) != 0) {
        *error = Git::lastError(QStringLiteral("cannot read commit %1").arg(Git::oidToString(id)));
        return false;
    }
    Git::OdbObjectPtr obj(raw);
    if (git_odb_object_type(obj.get()) != GIT_OBJECT_COMMIT) {
        *error = QStringLiteral("%1 is not a commit").arg(Git::oidToString(id));
        return false;
    }
    const char *data = static_cast<const char *>(git_odb_object_data(obj.get()));
    const size_t size = git_odb_object_size(obj.get());
    const char *end = data + size;
    const char *line = data;
    parents->clear();
    while (line < end && *line != '\n') {
        const char *eol = static_cast<const char *>(memchr(line, '\n', end - line));
        if (!eol)
            eol = end;
        const bool isParent = eol - line >= 7 && memcmp(line, "parent ", 7) == 0;
        if (isParent) {
            git_oid p;
            if (eol - line != 7 + GIT_OID_HEXSZ || git_oid_fromstrn(&p, line + 7, GIT_OID_HEXSZ) != 0) {
                *error = QStringLiteral("commit %1 has a malformed parent line").arg(Git::oidToString(id));
                return false;
            }
            parents->push_back(p);
        } else if (!parents->empty()) {
            break; // parents come right after the tree line
        }
        line = eol + 1;
    }
    return true;
}

} // namespace

bool ReleaseLabels::build(git_repository *repo, const std::vector<Release> &releases,
                          ScanControl *control, QString *error)
{
    m_rank.clear();
    return walk(repo, releases, control, error);
}

void ReleaseLabels::seed(std::unordered_map<git_oid, int, Git::OidHash, Git::OidEqual> labels)
{
    m_rank = std::move(labels);
}

bool ReleaseLabels::extend(git_repository *repo, const std::vector<Release> &releases, ScanControl *control,
                           QString *error)
{
    return walk(repo, releases, control, error);
}

// One walk serves both: on an empty map every commit is unlabelled, so a
// release stops only where a lower one has been, as build() needs.
bool ReleaseLabels::walk(git_repository *repo, const std::vector<Release> &releases, ScanControl *control,
                         QString *error)
{
    git_odb *rawOdb = nullptr;
    if (git_repository_odb(&rawOdb, repo) != 0) {
        *error = Git::lastError();
        return false;
    }
    Git::OdbPtr odb(rawOdb);
    // Parents come from the commit-graph where it has them; other commits
    // (newer than the graph, or no graph at all) are read from the odb.
    CommitGraph graph;
    m_graphUsed = "none";
    if (graph.open(QString::fromUtf8(git_repository_commondir(repo)) + QLatin1String("objects")))
        m_graphUsed = "own";
    else if (!m_fallbackGraph.isEmpty() && graph.open(m_fallbackGraph))
        m_graphUsed = "cached";
    m_fromGraph = 0;
    m_walked = 0;
    std::vector<git_oid> stack;
    std::vector<git_oid> parents;
    // Whether a walk for `rank` must (re)label the commit.
    auto claims = [this](const git_oid &id, int rank) {
        auto it = m_rank.find(id);
        return it == m_rank.end() || it->second > rank;
    };
    for (const Release &release : releases) {
        if (!claims(release.commit, release.rank))
            continue;
        stack.push_back(release.commit);
        while (!stack.empty()) {
            const git_oid id = stack.back();
            stack.pop_back();
            auto [it, added] = m_rank.emplace(id, release.rank);
            if (!added) {
                if (it->second <= release.rank)
                    continue;
                it->second = release.rank;
            }
            ++m_walked;
            if (graph.parents(id, &parents))
                ++m_fromGraph;
            else if (!readParents(odb.get(), id, &parents, error))
                return false;
            for (const git_oid &p : parents) {
                if (claims(p, release.rank))
                    stack.push_back(p);
            }
            if ((m_walked & 0x3fff) == 0 && control && control->isCancelled())
                return false;
        }
    }
    return true;
}

int ReleaseLabels::rankOf(const git_oid &commit) const
{
    auto it = m_rank.find(commit);
    return it == m_rank.end() ? -1 : it->second;
}

} // namespace ReleaseDeck
