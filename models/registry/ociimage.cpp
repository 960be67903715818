#include "ociimage.h"

#include "ocilayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace ReleaseDeck::OciImage {

namespace {

const QLatin1String kDockerManifest("application/vnd.docker.distribution.manifest.v2+json");
const QLatin1String kDockerList("application/vnd.docker.distribution.manifest.list.v2+json");

la_ssize_t appendToArray(struct archive *, void *data, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(data)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

std::optional<QByteArray> tarOf(const QMap<QString, QByteArray> &files, QString *error)
{
    // Declared first: the writer, freed first, may still flush into it.
    QByteArray out;
    std::unique_ptr<struct archive, decltype(&archive_write_free)> a(archive_write_new(), archive_write_free);
    archive_write_set_format_pax_restricted(a.get());
    archive_write_set_bytes_in_last_block(a.get(), 1);
    if (archive_write_open(a.get(), &out, nullptr, appendToArray, nullptr) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(a.get()));
        return std::nullopt;
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> e(archive_entry_new(), archive_entry_free);
        const QByteArray path = it.key().toUtf8();
        archive_entry_set_pathname(e.get(), path.constData());
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), 0644);
        archive_entry_set_size(e.get(), it.value().size());
        archive_entry_set_mtime(e.get(), 0, 0);
        if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK
            || archive_write_data(a.get(), it.value().constData(), size_t(it.value().size())) != it.value().size()) {
            *error = QString::fromUtf8(archive_error_string(a.get()));
            return std::nullopt;
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(a.get()));
        return std::nullopt;
    }
    return out;
}

} // namespace

std::optional<ImageLabels> readLabels(RegistryRepository &repository, const QString &reference, QString *error)
{
    const auto manifest = repository.manifest(reference, error);
    if (!manifest) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: no image '%2'").arg(repository.name(), reference);
        return std::nullopt;
    }
    return readLabels(repository, *manifest, reference, error);
}

std::optional<ImageLabels> readLabels(RegistryRepository &repository, OciManifest top, const QString &reference,
                                      QString *error)
{
    std::optional<OciManifest> manifest = std::move(top);
    QJsonObject m = QJsonDocument::fromJson(manifest->bytes).object();
    QString type = m.value(QLatin1String("mediaType")).toString(manifest->mediaType);
    if (type == kIndexMediaType || type == kDockerList) {
        const QJsonArray entries = m.value(QLatin1String("manifests")).toArray();
        if (entries.isEmpty()) {
            *error = QStringLiteral("%1: image index '%2' is empty").arg(repository.name(), reference);
            return std::nullopt;
        }
        QString chosen = entries.first().toObject().value(QLatin1String("digest")).toString();
        for (const QJsonValue &v : entries) {
            const QJsonObject p = v.toObject().value(QLatin1String("platform")).toObject();
            if (p.value(QLatin1String("os")).toString() == QLatin1String("linux")
                && p.value(QLatin1String("architecture")).toString() == QLatin1String("amd64")) {
                chosen = v.toObject().value(QLatin1String("digest")).toString();
                break;
            }
        }
        manifest = repository.manifest(chosen, error);
        if (!manifest) {
            if (error->isEmpty())
                *error = QStringLiteral("%1: index '%2' names %3, which is missing").arg(repository.name(), reference, chosen);
            return std::nullopt;
        }
        m = QJsonDocument::fromJson(manifest->bytes).object();
    }
    const QString configDigest = m.value(QLatin1String("config")).toObject().value(QLatin1String("digest")).toString();
    if (!OciLayout::isValidDigest(configDigest)) {
        *error = QStringLiteral("%1: manifest of '%2' has no config").arg(repository.name(), reference);
        return std::nullopt;
    }
    // No more than the manifest says the config holds (a size a double
    // holds exactly; anything else leaves the registry's own bound).
    const double size = m.value(QLatin1String("config")).toObject().value(QLatin1String("size")).toDouble(-1);
    const auto config = repository.blob(configDigest, size >= 0 && size <= 9007199254740992.0 ? qint64(size) : -1, error);
    if (!config)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*config);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: config %2 of '%3' is not JSON").arg(repository.name(), configDigest, reference);
        return std::nullopt;
    }
    ImageLabels out;
    const QJsonObject labels = doc.object().value(QLatin1String("config")).toObject().value(QLatin1String("Labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        out.all.insert(it.key(), it.value().toString());
    out.revision = out.all.value(QStringLiteral("org.opencontainers.image.revision"));
    out.version = out.all.value(QStringLiteral("org.opencontainers.image.version"));
    out.source = out.all.value(QStringLiteral("org.opencontainers.image.source"));
    return out;
}

bool writeImage(RegistryRepository &repository, const QString &tag, const QMap<QString, QByteArray> &files,
                const QMap<QString, QString> &labels, QString *digest, QString *error)
{
    const auto layer = tarOf(files, error);
    if (!layer)
        return false;
    const QString layerDigest = OciLayout::digestOf(*layer);
    QJsonObject labelObject;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelObject.insert(it.key(), it.value());
    const QJsonObject config{{QStringLiteral("architecture"), QStringLiteral("amd64")},
                             {QStringLiteral("os"), QStringLiteral("linux")},
                             {QStringLiteral("config"), QJsonObject{{QStringLiteral("Labels"), labelObject}}},
                             {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                                                    {QStringLiteral("diff_ids"), QJsonArray{layerDigest}}}}};
    const QByteArray configBytes = QJsonDocument(config).toJson(QJsonDocument::Compact);
    const OciDescriptor configDesc{kConfigMediaType, OciLayout::digestOf(configBytes), configBytes.size()};
    const OciDescriptor layerDesc{kLayerMediaType, layerDigest, layer->size()};
    const QJsonObject manifest{{QStringLiteral("schemaVersion"), 2},
                               {QStringLiteral("mediaType"), kManifestMediaType},
                               {QStringLiteral("config"), configDesc.toJson()},
                               {QStringLiteral("layers"), QJsonArray{layerDesc.toJson()}}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    for (const auto &[bytes, d] : {std::pair{&configBytes, configDesc.digest}, std::pair{&*layer, layerDesc.digest}}) {
        const auto has = repository.hasBlob(d, error);
        if (!has || (!*has && !repository.putBlob(*bytes, d, error)))
            return false;
    }
    if (!repository.putManifest(tag, manifestBytes, kManifestMediaType, error))
        return false;
    if (digest)
        *digest = OciLayout::digestOf(manifestBytes);
    return true;
}

} // namespace ReleaseDeck::OciImage
