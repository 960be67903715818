// OCI manifests, indexes and image layouts as a registry or a layout folder
// hands them over.
//
// The input is up to eight parts separated by a line "--": the first is a
// layout's index.json, the others are blobs (manifests, indexes, configs).
// "sha256:@N" in a part stands for the digest of part N (a later part),
// so that a mutated input still names its blobs. Checked:
// - descriptors: a valid one has a sha256 digest and a size of 0 or more
//   and reads back from its JSON the same;
// - image labels, read from each blob as a manifest: an error says why,
//   labels agree with their map;
// - the layout on disk: open, tags and manifest report rather than crash;
//   a manifest read is the blob its digest names; tagging a stored
//   manifest keeps the tags there were and resolves to it;
// - the registry check over the layout, for images and charts alike.
#include "fuzzcommon.h"

#include "registry/ociimage.h"
#include "registry/ocilayout.h"
#include "registry/registrycheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

#include <filesystem>
#include <map>

using namespace ReleaseDeck;

namespace {

std::string show(const QString &s)
{
    return FuzzSupport::printable(s.toStdString(), 300);
}

// Blobs in memory, looked up by digest; manifests by digest only.
class MemoryRepository : public RegistryRepository
{
public:
    std::map<QString, QByteArray> blobs;

    QString name() const override { return QStringLiteral("memory"); }
    std::optional<OciManifest> manifest(const QString &reference, QString *error) override
    {
        error->clear();
        const auto it = blobs.find(reference);
        if (it == blobs.end())
            return std::nullopt;
        const QJsonObject o = QJsonDocument::fromJson(it->second).object();
        return OciManifest{o.value(QLatin1String("mediaType")).toString(), reference, it->second};
    }
    bool putManifest(const QString &, const QByteArray &, const QString &, QString *error) override
    {
        *error = QStringLiteral("read-only");
        return false;
    }
    std::optional<bool> hasBlob(const QString &digest, QString *) override { return blobs.count(digest) > 0; }
    std::optional<QByteArray> blob(const QString &digest, QString *error) override
    {
        const auto it = blobs.find(digest);
        if (it == blobs.end()) {
            *error = QStringLiteral("memory: no blob %1").arg(digest);
            return std::nullopt;
        }
        return it->second;
    }
    bool putBlob(const QByteArray &, const QString &, QString *error) override
    {
        *error = QStringLiteral("read-only");
        return false;
    }
    std::optional<QStringList> tags(QString *) override { return QStringList(); }
};

void checkLabels(const std::optional<ImageLabels> &labels, const QString &error, const FuzzSupport::Detail &where)
{
    if (!labels) {
        FUZZ_CHECK(!error.isEmpty(), "labels refused without a reason\n" + where());
        return;
    }
    FUZZ_CHECK(labels->revision == labels->all.value(QStringLiteral("org.opencontainers.image.revision"))
                   && labels->version == labels->all.value(QStringLiteral("org.opencontainers.image.version"))
                   && labels->source == labels->all.value(QStringLiteral("org.opencontainers.image.source")),
               where());
}

void checkDescriptor(const QJsonObject &o, const FuzzSupport::Detail &where)
{
    QString error;
    const auto d = OciDescriptor::fromJson(o, &error);
    if (!d) {
        FUZZ_CHECK(!error.isEmpty(), where());
        return;
    }
    FUZZ_CHECK(OciLayout::isValidDigest(d->digest) && d->size >= 0, where());
    const auto again = OciDescriptor::fromJson(d->toJson(), &error);
    FUZZ_CHECK(again && again->digest == d->digest && again->size == d->size && again->mediaType == d->mediaType,
               "a descriptor does not read back from its JSON\n" + where());
}

bool writeFile(const std::filesystem::path &path, const QByteArray &bytes)
{
    QFile f(QString::fromStdString(path.string()));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto raw = FuzzSupport::split(FuzzSupport::view(data, size), "\n--\n", 8);
    std::vector<QByteArray> parts;
    for (const auto &p : raw)
        parts.emplace_back(p.data(), qsizetype(p.size()));
    std::vector<QString> digests(parts.size());
    for (size_t i = parts.size(); i-- > 0;) {
        for (size_t n = i + 1; n < parts.size(); ++n)
            parts[i].replace("sha256:@" + QByteArray::number(qulonglong(n)), digests[n].toLatin1());
        digests[i] = OciLayout::digestOf(parts[i]);
    }
    const auto where = [&] { return std::string("input:\n" + FuzzSupport::printable(FuzzSupport::view(data, size))); };

    // Every part as a descriptor, as a manifest in memory.
    MemoryRepository memory;
    for (size_t i = 1; i < parts.size(); ++i)
        memory.blobs[digests[i]] = parts[i];
    for (size_t i = 0; i < parts.size(); ++i) {
        const QJsonDocument doc = QJsonDocument::fromJson(parts[i]);
        if (!doc.isObject())
            continue;
        checkDescriptor(doc.object(), [&] { return "part " + std::to_string(i) + "\n" + where(); });
        for (const QJsonValue &m : doc.object().value(QLatin1String("manifests")).toArray())
            checkDescriptor(m.toObject(), [&] { return "an entry of part " + std::to_string(i) + "\n" + where(); });
        if (i == 0)
            continue;
        QString error;
        const auto labels = OciImage::readLabels(
            memory, OciManifest{doc.object().value(QLatin1String("mediaType")).toString(), digests[i], parts[i]},
            digests[i], &error);
        checkLabels(labels, error, [&] { return "labels of part " + std::to_string(i) + "\n" + where(); });
    }

    // The same as an image layout folder: part 0 its index.json.
    const std::filesystem::path registry = FuzzSupport::scratch("oci") / "registry";
    const std::filesystem::path dir = registry / "r";
    std::error_code ec;
    std::filesystem::remove_all(registry, ec);
    std::filesystem::create_directories(dir / "blobs" / "sha256", ec);
    FUZZ_CHECK(!ec, "cannot create " + dir.string());
    FUZZ_CHECK(writeFile(dir / "oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}") && writeFile(dir / "index.json", parts[0]),
               "cannot write into " + dir.string());
    for (size_t i = 1; i < parts.size(); ++i)
        FUZZ_CHECK(writeFile(dir / "blobs" / "sha256" / digests[i].mid(7).toStdString(), parts[i]), "cannot write a blob");

    OciLayout layout(QString::fromStdString(dir.string()));
    QString error;
    const bool opened = layout.open(&error);
    FUZZ_CHECK(opened || !error.isEmpty(), "open refused without a reason\n" + where());
    error.clear();
    const auto tags = layout.tags(&error);
    if (!tags) {
        FUZZ_CHECK(!error.isEmpty(), "tags refused without a reason\n" + where());
        FUZZ_CHECK(!opened, "open accepts an index that tags refuses\n" + where());
        return 0;
    }
    for (qsizetype i = 0; i < tags->size() && i < 3; ++i) {
        const QString &tag = tags->at(i);
        const auto shown = [&] { return std::string("tag '" + show(tag) + "'\n" + where()); };
        error.clear();
        const auto manifest = layout.manifest(tag, &error);
        if (!manifest)
            continue;
        FUZZ_CHECK(OciLayout::isValidDigest(manifest->digest) && OciLayout::digestOf(manifest->bytes) == manifest->digest,
                   "a manifest that is not the blob its digest names\n" + shown());
        error.clear();
        const auto labels = OciImage::readLabels(layout, *manifest, tag, &error);
        checkLabels(labels, error, shown);
    }

    // The registry check: every tag as an image and as a chart, and a tag
    // that is not there.
    Workspace workspace;
    RegistryConfig config;
    config.id = QStringLiteral("fuzz");
    config.layout = QString::fromStdString(registry.string());
    config.host = QStringLiteral("fuzz.test");
    workspace.registries.append(config);
    ArtifactPlan plan;
    plan.components = {QStringLiteral("image"), QStringLiteral("chart")};
    QStringList wanted = tags->mid(0, 1);
    wanted.append(QStringLiteral("not-there"));
    for (const QString &tag : std::as_const(wanted)) {
        for (const auto kind : {Component::Kind::Image, Component::Kind::Chart}) {
            ExpectedArtifact a;
            a.release = 0;
            a.column = kind == Component::Kind::Image ? 0 : 1;
            a.component = plan.components[a.column];
            a.kind = kind;
            a.registry = config.id;
            a.repositoryName = QStringLiteral("fuzz.test/r");
            a.repository = QStringLiteral("r");
            a.version = QStringLiteral("1.0.0");
            a.tag = tag;
            a.required = true;
            a.expectedCommit = QStringLiteral("4ea3e4b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7");
            a.chartVersion = QStringLiteral("1.0.0");
            plan.artifacts.append(a);
        }
    }
    const qsizetype expected = plan.artifacts.size();
    const RegistryReport report = RegistryCheck::run(workspace, std::move(plan), 1, nullptr);
    FUZZ_CHECK(report.status.size() == expected, where());
    FUZZ_CHECK(report.status.last().state == ArtifactStatus::State::Missing, where());

    // Tagging a stored blob: the tags there were stay, the new one resolves.
    if (parts.size() > 1) {
        const size_t k = 1 + FuzzSupport::hashOf(FuzzSupport::view(data, size)) % (parts.size() - 1);
        const OciDescriptor d{OciImage::kManifestMediaType, digests[k], parts[k].size()};
        error.clear();
        const auto result = layout.tag(QStringLiteral("fuzz-new"), d, &error);
        const auto shown = [&] { return std::string("tagging part " + std::to_string(k) + "\n" + where()); };
        if (result == OciLayout::TagResult::Failed || result == OciLayout::TagResult::Conflict) {
            FUZZ_CHECK(!error.isEmpty(), "tagging refused without a reason\n" + shown());
        } else {
            error.clear();
            const auto after = layout.tags(&error);
            FUZZ_CHECK(after, "tags unreadable after tagging: " + show(error) + "\n" + shown());
            if (result == OciLayout::TagResult::Created) {
                FUZZ_CHECK(*after == *tags + QStringList{QStringLiteral("fuzz-new")},
                           "tags before: " + show(tags->join(',')) + "; after: " + show(after->join(',')) + "\n" + shown());
            } else {
                FUZZ_CHECK(*after == *tags, shown());
            }
            error.clear();
            const auto resolved = layout.resolve(QStringLiteral("fuzz-new"), &error);
            FUZZ_CHECK(resolved && resolved->digest == d.digest,
                       "the new tag resolves to " + (resolved ? show(resolved->digest) : show(error)) + "\n" + shown());
        }
    }
    return 0;
}
