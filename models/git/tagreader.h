#pragma once

#include "domain/snapshot.h"
#include "domain/workspace.h"
#include "gitutil.h"
#include "platform/scancontrol.h"

#include <QDateTime>
#include <QStringList>

#include <unordered_map>
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

// What a tag reference's object peels to, kept by the object's id, which
// names content that never changes: the commit and the date TagInfo shows.
struct TagPeel
{
    git_oid commit;
    bool annotated = false;
    qint64 time = 0;
    int offsetMinutes = 0;
};
using TagPeels = std::unordered_map<git_oid, TagPeel, Git::OidHash, Git::OidEqual>;

// Every tag of a repository, peeled to its commit. A tag on a tree or blob is
// a problem line, not an error. Tags whose object `known` holds are not read
// again; every tag peeled to a commit is put in `learnt`.
RepoTags readTags(const RepoConfig &config, ScanControl *control, const TagPeels *known = nullptr,
                  TagPeels *learnt = nullptr);

} // namespace ReleaseDeck
