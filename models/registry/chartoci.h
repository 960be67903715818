#pragma once

#include "charts/chartpackage.h"
#include "ocilayout.h"
#include "registry.h"

namespace ReleaseDeck {

// Helm charts as OCI artifacts, in the layout `helm pull oci://…` expects:
// a config blob holding Chart.yaml as JSON and one layer, the packaged chart.
namespace HelmOci {

inline const QString kConfigMediaType = QStringLiteral("application/vnd.cncf.helm.config.v1+json");
inline const QString kChartMediaType = QStringLiteral("application/vnd.cncf.helm.chart.content.v1.tar+gzip");
inline const QString kManifestMediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");

// The tag Helm pushes a version under: OCI tags cannot hold '+'.
QString tagFor(const QString &version);
QByteArray configFor(const ChartPackage &package);
// The manifest, byte for byte the same for the same chart.
QByteArray manifestFor(const ChartPackage &package, const OciDescriptor &config, const OciDescriptor &layer);

struct PushResult
{
    OciLayout::TagResult result = OciLayout::TagResult::Failed;
    QString tag;
    QString manifestDigest;
    int blobsWritten = 0;
    QString error;
};

// Stores the chart's blobs and manifest and tags it with its version. A
// version already there with the same manifest is left alone; with another
// it is refused and the tag keeps what it had. Blobs already there are not
// sent again.
PushResult push(RegistryRepository &repository, const ChartPackage &package);

} // namespace HelmOci

} // namespace ReleaseDeck
