#pragma once

#include "domain/snapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ReleaseDeck {

// One file a plan changes: its text before and after.
struct FileEdit
{
    QString path; // from the repository's root
    QByteArray before;
    QByteArray after;
};

// What staging a version changes in the charts repository, computed from
// the charts at the tip: every chart component's Chart.yaml `version` and
// `appVersion`, and in its values files every image tag of an image the
// workspace builds, set to that image's tag for the version. Only those
// scalars change (YamlEdit).
struct StageEdits
{
    QList<FileEdit> files;  // sorted by path; files with nothing to change are left out
    // Lines that still name the version being replaced after the edits,
    // as "file:line: text": references the scan does not read as image
    // tags (a list of images to preload, a comment). Shown in the plan, so
    // that nothing is left behind unseen.
    QStringList leftBehind;
};

namespace StageEdit {

using ReadFile = std::function<std::optional<QByteArray>(const QString &path, QString *error)>;

// `charts` and `refs` are the chart components and their image references
// at the tip (WorkspaceSnapshot::headCharts, headImageRefs); `readFile`
// reads a file at that tip; `previous` is the version the charts are at
// now, for the left-behind report. `chartVersionOnly`: a chart-only fix,
// which sets Chart.yaml `version` and leaves appVersion and images alone.
std::optional<StageEdits> build(const Workspace &workspace, const QList<ChartRelease> &charts,
                                const QList<ImageRef> &refs, const ReadFile &readFile, const Version &version,
                                const QString &previous, QString *error, bool chartVersionOnly = false);

} // namespace StageEdit

} // namespace ReleaseDeck
