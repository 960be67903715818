#include "chartoci.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ReleaseDeck::HelmOci {

QString tagFor(const QString &version)
{
    QString tag = version;
    return tag.replace(QLatin1Char('+'), QLatin1Char('_'));
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

PushResult push(OciLayout &layout, const ChartPackage &package)
{
    PushResult out;
    out.tag = tagFor(package.version);
    if (!package.ok()) {
        out.error = package.error;
        return out;
    }
    if (!layout.open(&out.error))
        return out;
    const QByteArray config = configFor(package);
    const bool hadConfig = layout.hasBlob(OciLayout::digestOf(config));
    const bool hadLayer = layout.hasBlob(OciLayout::digestOf(package.archive));
    const auto configDesc = layout.writeBlob(config, kConfigMediaType, &out.error);
    if (!configDesc)
        return out;
    const auto layerDesc = layout.writeBlob(package.archive, kChartMediaType, &out.error);
    if (!layerDesc)
        return out;
    const QByteArray manifest = manifestFor(package, *configDesc, *layerDesc);
    out.manifestDigest = OciLayout::digestOf(manifest);
    // Refuse before storing anything more when the tag is taken by another manifest.
    if (const auto existing = layout.resolve(out.tag, &out.error); existing && existing->digest != out.manifestDigest) {
        out.result = OciLayout::TagResult::Conflict;
        out.error = QStringLiteral("chart %1 %2 is already in %3 as %4, not %5; nothing was changed")
                        .arg(package.name, package.version, layout.dir(), existing->digest, out.manifestDigest);
        return out;
    }
    const bool hadManifest = layout.hasBlob(out.manifestDigest);
    const auto manifestDesc = layout.writeBlob(manifest, kManifestMediaType, &out.error);
    if (!manifestDesc)
        return out;
    out.blobsWritten = int(!hadConfig) + int(!hadLayer) + int(!hadManifest);
    out.result = layout.tag(out.tag, *manifestDesc, &out.error);
    return out;
}

} // namespace ReleaseDeck::HelmOci
