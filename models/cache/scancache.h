#pragma once

#include "charts/chartreader.h"
#include "git/gitutil.h"
#include "git/tagreader.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace ReleaseDeck {

// The labels of one repository's commits (ReleaseLabels), kept by release
// tag name and commit rather than by rank, since ranks shift when a release
// is inserted. Sorted by commit, so that it is searched as read.
struct LabelTable
{
    struct Release
    {
        QString tag;
        git_oid commit;
    };
    struct Entry
    {
        git_oid commit;
        quint32 release; // index into releases
    };
    bool valid = false;
    std::vector<Release> releases; // in ascending release order when written
    std::vector<Entry> entries;    // sorted by commit

    // The index of the release labelling the commit, or -1.
    int find(const git_oid &commit) const;
};

// What an image tag's commit id names in a repository: a commit, nothing,
// or several objects (an ImageRef::Status).
struct ResolvedSha
{
    quint8 status;
    git_oid commit;
};

// The state of a repository's objects as a few stat() calls see it: the
// folders of loose objects and packs, alternates (and theirs) and the
// shallow file. Equal fingerprints, the same objects, so the same answer to
// "which object has this prefix". Empty when a folder changed in the last
// seconds, too recently for its time stamp to tell a later change apart.
QByteArray objectsFingerprint(git_repository *repo);

// What the cache holds for one repository, valid only for the same id at
// the same place.
struct RepoCache
{
    QString id;
    QString path; // canonical
    // What each tag object peels to, by its id.
    TagPeels tags;
    // The root tree of each chart tag's commit: commits never change.
    std::unordered_map<git_oid, git_oid, Git::OidHash, Git::OidEqual> trees;
    // Chart results by root tree id and the component's fingerprint.
    QHash<QByteArray, std::shared_ptr<const ChartTreeResult>> charts;
    LabelTable labels;
    // Image tags' commit ids as resolved, while the objects are the same.
    QByteArray objectsFingerprint;
    QHash<QString, ResolvedSha> resolved;

    static QByteArray chartKey(const git_oid &tree, const QByteArray &fingerprint);
};

// The persistent scan cache: one file per workspace in the application's
// cache folder ($XDG_CACHE_HOME/releasedeck/scan/<hash>.cache), never in a
// repository. The hash is of the workspace's identity: its file's canonical
// path and its repositories' ids and canonical paths, so that a release
// operation's scan of ReleaseDeck's own clones keeps a file of its own. Everything in it is
// keyed by object ids, which name unchanging content. The file carries a
// format version, the workspace it belongs to and a checksum of its
// payload; any fault makes load() fail, and the scan starts cold. It is
// written whole through a rename, so two scans of one workspace at once
// leave one or the other's file, never a mix.
class ScanCache
{
public:
    static constexpr quint32 kFormat = 4;
    static constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;

    // $XDG_CACHE_HOME/releasedeck/scan (~/.cache/releasedeck/scan).
    static QString defaultFolder();
    static QString fileFor(const QString &folder, const QString &identity);

    explicit ScanCache(const QString &identity = QString());

    // False, with the reason, when there is no usable cache file.
    bool load(const QString &folder, QString *why);
    bool save(const QString &folder, QString *error) const;

    // The part for a repository, when the cache has it for this one.
    const RepoCache *repo(const QString &id, const QString &path) const;
    RepoCache &add(const QString &id, const QString &path);
    RepoCache &at(size_t i) { return m_repos[i]; }
    const std::vector<RepoCache> &repos() const { return m_repos; }
    const QString &identity() const { return m_workspace; }

private:
    QByteArray serialise() const;
    bool deserialise(const QByteArray &payload, QString *why);

    QString m_workspace;
    std::vector<RepoCache> m_repos;
};

} // namespace ReleaseDeck
