#pragma once

#include "charts/chartreader.h"
#include "domain/snapshot.h"
#include "domain/workspace.h"
#include "git/tagreader.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace ReleaseDeck {

// What a scan makes of one image reference's value and repository: the
// commit id it holds, how its commit was found and the earliest release
// holding it. Tens of thousands of references repeat a few thousand such
// pairs, so each pair is judged and resolved once.
struct JudgedRef
{
    QString sha;
    QString imageVersion;
    QString resolvedRepo;
    QString commit;
    QString earliestRelease;
    ImageRef::Status status = ImageRef::Status::NotASha;
    ImageRef::How how = ImageRef::How::None;
    // Still to resolve in resolvedRepo: -1 nothing, 0 the commit id in sha,
    // 1 the commit a release tag names (in commit).
    int queue = -1;
    qsizetype uses = 0; // references judged so
};

// Judges a reference by its value and image repository, against the
// workspace's image components and the release tags read: the commit id in
// its tag (to resolve in the repository building the image), or the
// release its version names, or why neither.
class RefJudge
{
public:
    RefJudge(const Workspace &workspace, const QList<ReleaseTag> &releases, const QHash<QString, int> &repoIndex,
             const std::vector<RepoTags> &repoTags);
    void operator()(const QString &value, const QString &repository, JudgedRef &out) const;

private:
    const Workspace &m_workspace;
    const QHash<QString, int> &m_repoIndex;
    const std::vector<RepoTags> &m_repoTags;
    QHash<QString, const ReleaseTag *> m_releaseByVersion; // "repo\nversion"
};

// A chart's image reference as read from its tree, with the tag it is at.
struct RefSource
{
    const ChartTreeRef *ref;
    const QString *repoId;
    const QString *tag;
};

// The image references of one scan, from their sources to the snapshot's
// lists: judged on the workers once per distinct pair of value and
// repository (found by their strings' addresses, which the cache and each
// tree's reading share), resolved once per pair, and written whole once.
class RefTable
{
public:
    using Judge = std::function<void(const QString &value, const QString &repository, JudgedRef &)>;

    // The chart tags' references, those of the charts at HEAD, and the
    // workflow pins, in that order.
    RefTable(const std::vector<RefSource> &tags, const std::vector<RefSource> &heads, const QList<ImageRef> &workflow);

    void judge(int threads, const Judge &judge);
    // The judgements of one queue, by the repository they resolve in.
    QHash<QString, std::vector<JudgedRef *>> queue(int q) const;
    // Every reference, with its judgement, into the snapshot's lists.
    void write(QList<ImageRef> &tags, QList<ImageRef> &heads, QList<ImageRef> &workflow, int threads) const;

private:
    using Strings = std::tuple<const QChar *, qsizetype, const QChar *, qsizetype>;
    struct PairHash
    {
        size_t operator()(const Strings &k) const
        {
            return size_t(std::get<0>(k)) * 0x9e3779b97f4a7c15ULL ^ size_t(std::get<2>(k)) ^ size_t(std::get<1>(k)) << 40;
        }
    };
    using Part = std::unordered_map<Strings, JudgedRef, PairHash>;

    const QString &value(size_t i) const;
    const QString &repository(size_t i) const;

    const std::vector<RefSource> &m_tags;
    const std::vector<RefSource> &m_heads;
    const QList<ImageRef> &m_workflow;
    size_t m_count = 0;
    std::vector<Part> m_parts;
    std::vector<JudgedRef *> m_of; // per reference
};

} // namespace ReleaseDeck
