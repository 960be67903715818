#pragma once

#include "domain/snapshot.h"
#include "domain/workspace.h"
#include "gitutil.h"
#include "platform/scancontrol.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace ReleaseDeck {

struct TagInfo
{
    QString name;
    git_oid commit{};
    bool isCommit = false;
    bool annotated = false;
    QDateTime date; // tagger date of an annotated tag, else the commit date
};

struct RepoTags
{
    RepoState state;
    std::vector<TagInfo> tags; // sorted by name
    QStringList problems;
    bool ok = false;
};

// Opens a clone or a bare repository at exactly this path.
Git::RepositoryPtr openRepository(const QString &path, QString *error);

// Every tag of a repository, peeled to its commit. A tag on a tree or blob is
// a problem line, not an error.
RepoTags readTags(const RepoConfig &config, ScanControl *control);

} // namespace ReleaseDeck
