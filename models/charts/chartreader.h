#pragma once

#include "domain/snapshot.h"
#include "git/tagreader.h"

#include <memory>
#include <optional>

namespace ReleaseDeck {

struct ChartTask
{
    const Component *component = nullptr;
    const TagInfo *tag = nullptr;
    std::optional<Version> tagVersion;
};

struct ChartResult
{
    ChartRelease chart;
    QList<ImageRef> refs;
};

// An image reference as the values files say it, before the tag it is
// read at is known.
struct ChartTreeRef
{
    QString file;
    QString path;
    QString repository;
    QString value;
    int line = 0;

    // Its fields, with the chart's repository and tag, into an image reference.
    void fill(ImageRef &ref, const QString &repoId, const QString &tag) const
    {
        ref.repo = repoId;
        ref.tag = tag;
        ref.file = file;
        ref.path = path;
        ref.line = line;
        ref.repository = repository;
        ref.value = value;
    }
};

// What a chart's files in one tree say, whichever tag points at the tree:
// the part of a ChartResult that can be kept by tree id. The tag's own
// fields and problems are added by ChartReader::forTag.
struct ChartTreeResult
{
    bool cacheable = false; // false: the tree could not be read
    bool found = false;
    QString path;
    QString version;
    QString appVersion;
    std::optional<ImageSpec> image;
    QString contentId;
    QStringList problems;
    int tagProblemsAt = -1; // where the tag's problems go; -1: none
    QList<ChartTreeRef> refs;
};

// Reads charts at their release tags: finds each chart by name in the tree,
// reads Chart.yaml and lists the image references of its values files.
// Trees and blobs are read once per object id. One instance per worker
// thread: it owns its repository handle.
class ChartReader
{
public:
    ChartReader();
    ~ChartReader();

    bool open(const RepoConfig &config, QString *error);
    // read() is treeOf(), readTree() and forTag() in a row.
    ChartResult read(const ChartTask &task);
    // The root tree of a commit; false (and why) when it cannot be read.
    bool treeOf(const git_oid &commit, git_oid *tree, QString *error);
    ChartTreeResult readTree(const Component &component, const git_oid &tree);
    // The chart release a tag makes of its tree's result.
    static ChartResult forTag(const ChartTreeResult &tree, const ChartTask &task, const QString &repoId, bool withRefs = true);
    // What readTree() depends on besides the tree: equal fingerprints, equal
    // results for one tree.
    static QByteArray fingerprint(const Component &component);
    // The image pins of the workflow files matching `globs` in the tree of
    // `commit`; files that cannot be read are named in `problems`.
    QList<ImageRef> readWorkflows(const git_oid &commit, const QStringList &globs, QStringList *problems);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ReleaseDeck
