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
    git_odb *rawOdb = nullptr;
    if (git_repository_odb(&rawOdb, repo) != 0) {
        *error = Git::lastError();
        return false;
    }
    Git::OdbPtr odb(rawOdb);
    // Parents come from the commit-graph where it has them; other commits
    // (newer than the graph, or no graph at all) are read from the odb.
    CommitGraph graph;
    graph.open(QString::fromUtf8(git_repository_path(repo)) + QLatin1String("objects"));
    m_fromGraph = 0;
    std::vector<git_oid> stack;
    std::vector<git_oid> parents;
    size_t visited = 0;
    for (const Release &release : releases) {
        if (m_rank.count(release.commit))
            continue;
        stack.push_back(release.commit);
        while (!stack.empty()) {
            const git_oid id = stack.back();
            stack.pop_back();
            if (!m_rank.emplace(id, release.rank).second)
                continue;
            if (graph.parents(id, &parents))
                ++m_fromGraph;
            else if (!readParents(odb.get(), id, &parents, error))
                return false;
            for (const git_oid &p : parents) {
                if (!m_rank.count(p))
                    stack.push_back(p);
            }
            if ((++visited & 0x3fff) == 0 && control && control->isCancelled())
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
