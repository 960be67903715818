#pragma once

#include "registry.h"

#include <QMap>
#include <QString>

#include <optional>

namespace ReleaseDeck {

// What an image says about where it came from: the OCI annotations'
// standard labels in its config.
struct ImageLabels
{
    QString revision; // org.opencontainers.image.revision: the commit it was built from
    QString version;  // org.opencontainers.image.version
    QString source;   // org.opencontainers.image.source
    QMap<QString, QString> all;
};

namespace OciImage {

inline const QString kManifestMediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
inline const QString kIndexMediaType = QStringLiteral("application/vnd.oci.image.index.v1+json");
inline const QString kConfigMediaType = QStringLiteral("application/vnd.oci.image.config.v1+json");
inline const QString kLayerMediaType = QStringLiteral("application/vnd.oci.image.layer.v1.tar");

// The labels of the image a tag or digest names. An index (several
// platforms) is followed to linux/amd64, else to its first image; Docker's
// v2 manifests are read as well as OCI ones.
std::optional<ImageLabels> readLabels(RegistryRepository &repository, const QString &reference, QString *error);
// The same, from a manifest already read; `reference` names it in errors.
std::optional<ImageLabels> readLabels(RegistryRepository &repository, OciManifest manifest, const QString &reference,
                                      QString *error);

// Writes a small, reproducible linux/amd64 image: one layer holding the
// given files, the given labels, tagged `tag`. For the demo workspace and tests.
bool writeImage(RegistryRepository &repository, const QString &tag, const QMap<QString, QByteArray> &files,
                const QMap<QString, QString> &labels, QString *digest, QString *error);

} // namespace OciImage

} // namespace ReleaseDeck
