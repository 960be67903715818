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
    ChartResult read(const ChartTask &task);
    // The image pins of the workflow files matching `globs` in the tree of
    // `commit`; files that cannot be read are named in `problems`.
    QList<ImageRef> readWorkflows(const git_oid &commit, const QStringList &globs, QStringList *problems);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ReleaseDeck
