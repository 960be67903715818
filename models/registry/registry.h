#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck {

struct OciManifest
{
    QString mediaType;
    QString digest;
    QByteArray bytes;
};

// One repository of a registry, whichever way it is reached: an OCI image
// layout on disk or the OCI distribution API over HTTP. Calls block; make
// them on a worker thread. Errors are one line that names the repository.
class RegistryRepository
{
public:
    virtual ~RegistryRepository() = default;

    virtual QString name() const = 0;
    // nullopt with an empty error: no such tag or digest.
    virtual std::optional<OciManifest> manifest(const QString &reference, QString *error) = 0;
    virtual bool putManifest(const QString &tag, const QByteArray &bytes, const QString &mediaType, QString *error) = 0;
    virtual std::optional<bool> hasBlob(const QString &digest, QString *error) = 0;
    virtual std::optional<QByteArray> blob(const QString &digest, QString *error) = 0;
    // A blob of `size` bytes as its descriptor gives it: no more than that
    // is read, where the repository can stop early (a registry sending
    // more for a small config would otherwise fill memory).
    virtual std::optional<QByteArray> blob(const QString &digest, qint64 /*size*/, QString *error)
    {
        return blob(digest, error);
    }
    virtual bool putBlob(const QByteArray &bytes, const QString &digest, QString *error) = 0;
    virtual std::optional<QStringList> tags(QString *error) = 0;
};

} // namespace ReleaseDeck
