#pragma once

#include "gitutil.h"

#include <QFile>

#include <vector>

namespace ReleaseDeck {

// Reads parent ids from git's commit-graph file (objects/info/commit-graph,
// format in git's gitformat-commit-graph(5)), which git and ReleaseDeck
// write so that history walks need not inflate every commit object.
//
// Only a single-file graph is read; a split graph, a damaged file or a
// commit the graph does not hold makes callers read the commit object.
class CommitGraph
{
public:
    // False when there is no usable graph; the reason is in *why.
    bool open(const QString &objectsDir, QString *why = nullptr);
    bool isOpen() const { return m_count > 0; }
    quint32 commitCount() const { return m_count; }

    // The commit's parents, when the graph holds the commit.
    bool parents(const git_oid &commit, std::vector<git_oid> *out) const;

private:
    bool position(const git_oid &commit, quint32 *pos) const;
    const uchar *oidAt(quint32 pos) const { return m_oids + size_t(pos) * GIT_OID_RAWSZ; }

    QFile m_file;
    const uchar *m_fanout = nullptr;
    const uchar *m_oids = nullptr;
    const uchar *m_data = nullptr;
    const uchar *m_edges = nullptr;
    quint32 m_edgeCount = 0;
    quint32 m_count = 0;
};

} // namespace ReleaseDeck
