#include "ocilayout.h"

#include "platform/fileutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cmath>

#include <sys/stat.h>

namespace ReleaseDeck {

namespace {

const QLatin1String kRefName("org.opencontainers.image.ref.name");
const QLatin1String kIndexType("application/vnd.oci.image.index.v1+json");
constexpr qint64 kMaxIndex = 64 * 1024 * 1024;
constexpr qint64 kMaxBlobBytes = qint64(1024) * 1024 * 1024; // a layer, held whole in memory

} // namespace

QJsonObject OciDescriptor::toJson() const
{
    return {{QStringLiteral("mediaType"), mediaType}, {QStringLiteral("digest"), digest}, {QStringLiteral("size"), size}};
}

std::optional<OciDescriptor> OciDescriptor::fromJson(const QJsonObject &o, QString *error)
{
    OciDescriptor d;
    d.mediaType = o.value(QLatin1String("mediaType")).toString();
    d.digest = o.value(QLatin1String("digest")).toString();
    const QJsonValue size = o.value(QLatin1String("size"));
    if (!OciLayout::isValidDigest(d.digest)) {
        *error = QStringLiteral("descriptor has no valid 'digest'");
        return std::nullopt;
    }
    // A whole number of bytes that a double holds exactly (2^53): larger
    // or fractional sizes do not convert to qint64 without loss.
    const double bytes = size.toDouble(-1);
    if (!size.isDouble() || !(bytes >= 0 && bytes <= 9007199254740992.0) || bytes != std::floor(bytes)) {
        *error = QStringLiteral("descriptor %1 has no valid 'size'").arg(d.digest);
        return std::nullopt;
    }
    d.size = qint64(bytes);
    return d;
}

OciLayout::OciLayout(const QString &dir)
    : m_dir(QDir::cleanPath(QFileInfo(dir).absoluteFilePath()))
{}

OciLayout::OciLayout(const QString &registryRoot, const QString &repository)
    : m_dir(QDir::cleanPath(QFileInfo(QDir(registryRoot).filePath(repository)).absoluteFilePath()))
    , m_root(QDir::cleanPath(QFileInfo(registryRoot).absoluteFilePath()))
{}

QString OciLayout::digestOf(const QByteArray &bytes)
{
    return QLatin1String("sha256:") + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool OciLayout::isValidDigest(const QString &digest)
{
    static const QRegularExpression re(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return re.match(digest).hasMatch();
}

bool OciLayout::isValidTag(const QString &tag)
{
    // The distribution spec's tag grammar.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
    return re.match(tag).hasMatch();
}

QString OciLayout::blobPath(const QString &digest) const
{
    return m_dir + QLatin1String("/blobs/sha256/") + digest.mid(7);
}

bool OciLayout::checkNoLinksFromRoot(QString *error) const
{
    // A registry folder shared with others holds one layout per repository,
    // openhands/charts/openhands: a link at openhands/charts would take
    // every write below it elsewhere. The registry's folder itself may be
    // a link (a registry on another disk); the folders in it may not.
    if (m_root.isEmpty())
        return true;
    const QString prefix = m_root.endsWith(QLatin1Char('/')) ? m_root : m_root + QLatin1Char('/');
    if (!m_dir.startsWith(prefix)) {
        *error = QStringLiteral("%1: not inside the registry folder %2; not written").arg(m_dir, m_root);
        return false;
    }
    QString path = m_root;
    for (const QString &part : m_dir.mid(prefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += (path.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + part;
        struct stat st = {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            if (errno == ENOENT)
                return true; // made by the write, as a folder
            continue;        // the write itself says what is wrong
        }
        if (S_ISLNK(st.st_mode)) {
            *error = QStringLiteral("%1: a symbolic link inside the registry folder; not written through").arg(path);
            return false;
        }
    }
    return true;
}

bool OciLayout::checkNoLinks(const QString &relative, QString *error) const
{
    // QSaveFile writes to a link's target, and mkpath and the temporary file
    // go through a linked folder: a layout from someone else could point
    // blobs/sha256 or index.json anywhere. The layout's own folder may be a
    // link when it stands alone (a registry folder on another disk), not
    // inside a registry's folder; what is inside may not.
    if (!checkNoLinksFromRoot(error))
        return false;
    QString path = m_dir;
    for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += QLatin1Char('/') + part;
        struct stat st = {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            if (errno == ENOENT)
                return true; // made by the write, as a folder or a file
            continue;        // the write itself says what is wrong
        }
        if (S_ISLNK(st.st_mode)) {
            *error = QStringLiteral("%1: a symbolic link inside the image layout; not written through").arg(path);
            return false;
        }
    }
    return true;
}

bool OciLayout::open(QString *error)
{
    const QString layoutFile = m_dir + QLatin1String("/oci-layout");
    if (QFileInfo::exists(layoutFile)) {
        const auto text = readRegularFile(layoutFile, 4096, error);
        if (!text)
            return false;
        const QJsonObject o = QJsonDocument::fromJson(*text).object();
        if (o.value(QLatin1String("imageLayoutVersion")).toString() != QLatin1String("1.0.0")) {
            *error = QStringLiteral("%1: not an OCI image layout 1.0.0").arg(layoutFile);
            return false;
        }
        return readIndex(error).has_value();
    }
    if (!checkNoLinks(QStringLiteral("blobs/sha256"), error) || !checkNoLinks(QStringLiteral("index.json"), error)
        || !checkNoLinks(QStringLiteral("oci-layout"), error))
        return false;
    if (!QDir().mkpath(m_dir + QLatin1String("/blobs/sha256"))) {
        *error = QStringLiteral("%1: cannot create the folder").arg(m_dir);
        return false;
    }
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2}, {QStringLiteral("mediaType"), kIndexType},
                            {QStringLiteral("manifests"), QJsonArray()}};
    // index.json first: a folder with oci-layout is taken for a whole layout.
    return writeFileAtomically(m_dir + QLatin1String("/index.json"), QJsonDocument(index).toJson(QJsonDocument::Compact), error)
           && writeFileAtomically(layoutFile, "{\"imageLayoutVersion\":\"1.0.0\"}", error);
}

bool OciLayout::hasBlob(const QString &digest) const
{
    return isValidDigest(digest) && QFileInfo(blobPath(digest)).isFile();
}

std::optional<QByteArray> OciLayout::readBlob(const QString &digest, QString *error, qint64 maxBytes) const
{
    if (!isValidDigest(digest)) {
        *error = QStringLiteral("'%1' is not a sha256 digest").arg(digest);
        return std::nullopt;
    }
    const auto bytes = readRegularFile(blobPath(digest), maxBytes >= 0 ? std::min(maxBytes, kMaxBlobBytes) : kMaxBlobBytes, error);
    if (!bytes)
        return std::nullopt;
    if (digestOf(*bytes) != digest) {
        *error = QStringLiteral("%1: content does not match its digest").arg(blobPath(digest));
        return std::nullopt;
    }
    return bytes;
}

std::optional<OciDescriptor> OciLayout::writeBlob(const QByteArray &bytes, const QString &mediaType, QString *error)
{
    OciDescriptor d{mediaType, digestOf(bytes), bytes.size()};
    const QString path = blobPath(d.digest);
    if (!checkNoLinks(QStringLiteral("blobs/sha256/") + d.digest.mid(7), error))
        return std::nullopt;
    if (QFileInfo(path).isFile() && QFileInfo(path).size() == bytes.size())
        return d; // content-addressed: the same name is the same bytes
    if (!writeFileAtomically(path, bytes, error))
        return std::nullopt;
    return d;
}

std::optional<QJsonObject> OciLayout::readIndex(QString *error) const
{
    const QString file = m_dir + QLatin1String("/index.json");
    const auto text = readRegularFile(file, kMaxIndex, error);
    if (!text)
        return std::nullopt;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(*text, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: offset %2: %3").arg(file).arg(parse.offset).arg(parse.errorString());
        return std::nullopt;
    }
    if (!doc.isObject() || !doc.object().value(QLatin1String("manifests")).isArray()) {
        *error = QStringLiteral("%1: no 'manifests' list").arg(file);
        return std::nullopt;
    }
    return doc.object();
}

bool OciLayout::exists() const
{
    return QFileInfo::exists(m_dir + QLatin1String("/oci-layout"));
}

std::optional<QStringList> OciLayout::tags(QString *error)
{
    QStringList out;
    if (!exists())
        return out;
    const auto index = readIndex(error);
    if (!index)
        return std::nullopt;
    for (const QJsonValue &m : index->value(QLatin1String("manifests")).toArray()) {
        const QString name = m.toObject().value(QLatin1String("annotations")).toObject().value(kRefName).toString();
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

std::optional<OciDescriptor> OciLayout::resolve(const QString &tag, QString *error) const
{
    error->clear();
    if (!exists())
        return std::nullopt;
    const auto index = readIndex(error);
    if (!index)
        return std::nullopt;
    for (const QJsonValue &m : index->value(QLatin1String("manifests")).toArray()) {
        const QJsonObject o = m.toObject();
        if (o.value(QLatin1String("annotations")).toObject().value(kRefName).toString() != tag)
            continue;
        QString why;
        auto d = OciDescriptor::fromJson(o, &why);
        if (!d)
            *error = QStringLiteral("%1/index.json: tag '%2': %3").arg(m_dir, tag, why);
        return d;
    }
    error->clear();
    return std::nullopt;
}

OciLayout::TagResult OciLayout::tag(const QString &tag, const OciDescriptor &manifest, QString *error)
{
    if (!isValidTag(tag)) {
        *error = QStringLiteral("'%1' is not a valid tag").arg(tag);
        return TagResult::Failed;
    }
    if (!hasBlob(manifest.digest)) {
        *error = QStringLiteral("%1: manifest %2 is not stored").arg(m_dir, manifest.digest);
        return TagResult::Failed;
    }
    auto index = readIndex(error);
    if (!index)
        return TagResult::Failed;
    QJsonArray manifests = index->value(QLatin1String("manifests")).toArray();
    for (const QJsonValue &m : std::as_const(manifests)) {
        const QJsonObject o = m.toObject();
        if (o.value(QLatin1String("annotations")).toObject().value(kRefName).toString() != tag)
            continue;
        const QString existing = o.value(QLatin1String("digest")).toString();
        if (existing == manifest.digest)
            return TagResult::Unchanged;
        *error = QStringLiteral("tag '%1' in %2 already points to %3, not %4; nothing was changed")
                     .arg(tag, m_dir, existing, manifest.digest);
        return TagResult::Conflict;
    }
    QJsonObject entry = manifest.toJson();
    entry.insert(QStringLiteral("annotations"), QJsonObject{{kRefName, tag}});
    manifests.append(entry);
    index->insert(QStringLiteral("manifests"), manifests);
    if (!checkNoLinks(QStringLiteral("index.json"), error))
        return TagResult::Failed;
    if (!writeFileAtomically(m_dir + QLatin1String("/index.json"), QJsonDocument(*index).toJson(QJsonDocument::Compact), error))
        return TagResult::Failed;
    return TagResult::Created;
}

std::optional<OciManifest> OciLayout::manifest(const QString &reference, QString *error)
{
    error->clear();
    QString digest = reference;
    if (!isValidDigest(reference)) {
        const auto d = resolve(reference, error);
        if (!d)
            return std::nullopt;
        digest = d->digest;
    } else if (!hasBlob(digest)) {
        return std::nullopt;
    }
    const auto bytes = readBlob(digest, error);
    if (!bytes)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
    return OciManifest{o.value(QLatin1String("mediaType")).toString(), digest, *bytes};
}

bool OciLayout::putManifest(const QString &tagName, const QByteArray &bytes, const QString &mediaType, QString *error)
{
    if (!open(error))
        return false;
    const auto d = writeBlob(bytes, mediaType, error);
    if (!d)
        return false;
    const TagResult r = tag(tagName, *d, error);
    return r == TagResult::Created || r == TagResult::Unchanged;
}

std::optional<bool> OciLayout::hasBlob(const QString &digest, QString *error)
{
    if (!isValidDigest(digest)) {
        *error = QStringLiteral("'%1' is not a sha256 digest").arg(digest);
        return std::nullopt;
    }
    return hasBlob(digest);
}

bool OciLayout::putBlob(const QByteArray &bytes, const QString &digest, QString *error)
{
    if (digestOf(bytes) != digest) {
        *error = QStringLiteral("%1: blob does not match its digest %2; not stored").arg(m_dir, digest);
        return false;
    }
    return open(error) && writeBlob(bytes, QString(), error).has_value();
}

} // namespace ReleaseDeck
