#pragma once

#include "registry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck {

struct OciDescriptor
{
    QString mediaType;
    QString digest; // "sha256:<64 hex>"
    qint64 size = 0;

    QJsonObject toJson() const;
    static std::optional<OciDescriptor> fromJson(const QJsonObject &o, QString *error);
};

// One repository as an OCI image layout directory (the OCI image spec's
// image-layout: `oci-layout`, `index.json`, `blobs/sha256/…`), tags being
// the `org.opencontainers.image.ref.name` annotation, so that
// `skopeo inspect oci:DIR:TAG` reads it. Every write is atomic; a blob is
// written once; a tag that exists is never pointed elsewhere.
class OciLayout : public RegistryRepository
{
public:
    explicit OciLayout(const QString &dir);
    // Repository `repository` (openhands/charts/openhands) of the layout
    // registry in folder `registryRoot`: the folders from below the root
    // down to the layout's own are never written through a symbolic link
    // either. The root itself may be one.
    OciLayout(const QString &registryRoot, const QString &repository);

    // RegistryRepository. Writing creates the layout when it is missing.
    QString name() const override { return m_dir; }
    std::optional<OciManifest> manifest(const QString &reference, QString *error) override;
    bool putManifest(const QString &tag, const QByteArray &bytes, const QString &mediaType, QString *error) override;
    std::optional<bool> hasBlob(const QString &digest, QString *error) override;
    std::optional<QByteArray> blob(const QString &digest, QString *error) override { return readBlob(digest, error); }
    std::optional<QByteArray> blob(const QString &digest, qint64 size, QString *error) override
    {
        return readBlob(digest, error, size);
    }
    bool putBlob(const QByteArray &bytes, const QString &digest, QString *error) override;
    std::optional<QStringList> tags(QString *error) override;

    QString dir() const { return m_dir; }
    // Creates the layout's files when they are missing; checks them when not.
    bool open(QString *error);

    static QString digestOf(const QByteArray &bytes);
    static bool isValidDigest(const QString &digest);

    bool hasBlob(const QString &digest) const;
    // The blob, checked against its digest; at most maxBytes read when
    // that is not negative.
    std::optional<QByteArray> readBlob(const QString &digest, QString *error, qint64 maxBytes = -1) const;
    // Stores a blob under its digest; returns the descriptor. A blob that is
    // already there is left as it is.
    std::optional<OciDescriptor> writeBlob(const QByteArray &bytes, const QString &mediaType, QString *error);

    std::optional<OciDescriptor> resolve(const QString &tag, QString *error) const;

    enum class TagResult { Created, Unchanged, Conflict, Failed };
    // Points a new tag at a manifest already stored as a blob. The same
    // manifest again is Unchanged; another one is a Conflict and nothing
    // is written.
    TagResult tag(const QString &tag, const OciDescriptor &manifest, QString *error);

    static bool isValidTag(const QString &tag);

private:
    QString blobPath(const QString &digest) const;
    // Refuses a write through a symbolic link under the layout's folder:
    // each part of `relative` (blobs/sha256/…, index.json) is looked at
    // itself, not at what it points to.
    bool checkNoLinks(const QString &relative, QString *error) const;
    // The same for the folders between the registry's root (when there is
    // one) and the layout, the layout's folder included.
    bool checkNoLinksFromRoot(QString *error) const;
    std::optional<QJsonObject> readIndex(QString *error) const;
    bool exists() const;

    QString m_dir;
    QString m_root; // the registry's folder; empty for a layout on its own
};

} // namespace ReleaseDeck
