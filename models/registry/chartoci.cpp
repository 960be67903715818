#include "chartoci.h"

#include "domain/artifactcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ReleaseDeck::HelmOci {

QString tagFor(const QString &version)
{
    return ociTagFor(version);
}

QByteArray configFor(const ChartPackage &package)
{
    return QJsonDocument(package.metadata).toJson(QJsonDocument::Compact);
}

QByteArray manifestFor(const ChartPackage &package, const OciDescriptor &config, const OciDescriptor &layer)
{
    // No creation time among the annotations: it would make every push of
    // the same chart a different manifest.
    QJsonObject annotations{{QStringLiteral("org.opencontainers.image.title"), package.name},
                            {QStringLiteral("org.opencontainers.image.version"), package.version}};
    const QString description = package.metadata.value(QLatin1String("description")).toString();
    if (!description.isEmpty())
        annotations.insert(QStringLiteral("org.opencontainers.image.description"), description);
    const QJsonObject manifest{{QStringLiteral("schemaVersion"), 2},
                               {QStringLiteral("mediaType"), kManifestMediaType},
                               {QStringLiteral("config"), config.toJson()},
                               {QStringLiteral("layers"), QJsonArray{layer.toJson()}},
                               {QStringLiteral("annotations"), annotations}};
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

PushResult push(RegistryRepository &repository, const ChartPackage &package)
{
    PushResult out;
    out.tag = tagFor(package.version);
    if (!package.ok()) {
        out.error = package.error;
        return out;
    }
    const QByteArray config = configFor(package);
    const OciDescriptor configDesc{kConfigMediaType, OciLayout::digestOf(config), config.size()};
    const OciDescriptor layerDesc{kChartMediaType, OciLayout::digestOf(package.archive), package.archive.size()};
    const QByteArray manifest = manifestFor(package, configDesc, layerDesc);
    out.manifestDigest = OciLayout::digestOf(manifest);

    // A version that is there already: the same manifest is done, another
    // one is refused before anything is sent.
    const auto existing = repository.manifest(out.tag, &out.error);
    if (!out.error.isEmpty())
        return out;
    if (existing) {
        if (existing->digest == out.manifestDigest) {
            out.result = OciLayout::TagResult::Unchanged;
            return out;
        }
        out.result = OciLayout::TagResult::Conflict;
        out.error = QStringLiteral("chart %1 %2 is already in %3 as %4, not %5; nothing was changed")
                        .arg(package.name, package.version, repository.name(), existing->digest, out.manifestDigest);
        return out;
    }
    const std::pair<const QByteArray *, QString> blobs[] = {{&config, configDesc.digest},
                                                            {&package.archive, layerDesc.digest}};
    for (const auto &[bytes, digest] : blobs) {
        const auto has = repository.hasBlob(digest, &out.error);
        if (!has)
            return out;
        if (*has)
            continue;
        if (!repository.putBlob(*bytes, digest, &out.error))
            return out;
        ++out.blobsWritten;
    }
    if (!repository.putManifest(out.tag, manifest, kManifestMediaType, &out.error))
        return out;
    ++out.blobsWritten;
    out.result = OciLayout::TagResult::Created;
    return out;
}

} // namespace ReleaseDeck::HelmOci
