#pragma once

#include "domain/snapshot.h"
#include "platform/scancontrol.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck {

// One image a chart release deploys, and the release it comes from.
struct MappedImage
{
    QString repository;
    QString tag;
    QString component;   // the image component building it; empty when none does
    QString commit;      // empty when not known
    QString release;     // version of the earliest release containing the commit, or of the tag's release
    QString releaseRepo; // the repository that release is of
    ImageRef::How how = ImageRef::How::None;
    QString file;        // where it is written
    int line = 0;
    QString path;        // YAML path there
    QString envName;     // a workflow env pin's variable
    QString repo;        // the repository holding the file
};

// A chart release and what it corresponds to by content.
struct MappedChart
{
    QString chart;       // Chart.yaml name
    QString component;
    QString version;     // the release's version (its tag's), as text
    QString tag;
    QDateTime date;
    bool independent = false;
    std::optional<QString> deploys; // the release of the chart's own image
    QString deploysRepo;
    QString summary;     // one line: "chart openhands 0.12.0 deploys …"
    QList<MappedImage> images;
};

// The readable mapping between chart releases and OSS/SaaS releases,
// joined by content only: chart → images → commit → first release.
struct ContentMapping
{
    QList<MappedChart> charts;
    QList<MappedImage> workflowPins; // pins in workflow files at HEAD
    QStringList problems;
    int unlabelled = 0; // images with no commit that a registry serves: --check-registry may name one

    static ContentMapping build(const WorkspaceSnapshot &snapshot);

    // Asks the registries for the revision label of each image whose commit
    // the scan could not find, and resolves it like a commit id in a tag.
    // Blocking: call it on a worker. Changes `snapshot`'s references.
    static void applyRegistryLabels(WorkspaceSnapshot &snapshot, ScanControl *control, QStringList *problems);
};

} // namespace ReleaseDeck
