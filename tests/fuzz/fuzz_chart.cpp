// Charts from archives, packaged and read back.
//
// The input is a chart archive (.tgz or .tar, `NAME/...` entries) or, for
// a mutator's sake, a plain bundle: the text up to the first line
// "== PATH" is Chart.yaml, each "== PATH" line starts another file. The
// files are packaged from memory (ChartPackage::fromFiles). Checked:
// - a refusal says why and leaves no archive;
// - a package has a plain name, a file name with no folder in it, and is
//   the same bytes when packaged again;
// - its archive, read back, holds exactly the files it lists, in order,
//   each with the content it was given, as NAME/PATH, with fixed modes,
//   owners and times; with no .helmignore nothing outside templates/ is
//   left out;
// - its name and version are those the Chart.yaml reader reads, and its
//   OCI config is its metadata;
// - Chart.yaml and values.yaml read the same through the fast reader as
//   through yaml-cpp;
// - packaging the same files from a folder gives the same bytes.
#include "fuzzcommon.h"

#include "charts/chartpackage.h"
#include "charts/chartyaml.h"
#include "charts/valuesscanner.h"
#include "registry/chartoci.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

using namespace ReleaseDeck;

namespace {

constexpr int kMaxEntries = 64;
constexpr la_int64_t kMaxEntrySize = 1 << 20;

std::string show(const QString &s)
{
    return FuzzSupport::printable(s.toStdString(), 300);
}

struct ReadDeleter
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};
using ArchiveReader = std::unique_ptr<struct archive, ReadDeleter>;

ArchiveReader openArchive(const char *data, size_t size)
{
    ArchiveReader a(archive_read_new());
    archive_read_support_filter_gzip(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_memory(a.get(), data, size) != ARCHIVE_OK)
        return nullptr;
    return a;
}

std::optional<QByteArray> entryData(struct archive *a)
{
    QByteArray out;
    char buffer[16384];
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            return out;
        if (out.size() + n > kMaxEntrySize)
            return std::nullopt;
        out.append(buffer, qsizetype(n));
    }
}

// The regular files of an archive, their first path part (the chart's
// folder) dropped. Nullopt when it is no archive at all.
std::optional<QMap<QString, QByteArray>> filesOfArchive(std::string_view bytes)
{
    ArchiveReader a = openArchive(bytes.data(), bytes.size());
    if (!a)
        return std::nullopt;
    QMap<QString, QByteArray> files;
    archive_entry *e = nullptr;
    int entries = 0;
    while (entries++ < kMaxEntries && archive_read_next_header(a.get(), &e) == ARCHIVE_OK) {
        if (archive_entry_filetype(e) != AE_IFREG || archive_entry_size(e) > kMaxEntrySize)
            continue;
        const char *name = archive_entry_pathname(e);
        if (!name)
            continue;
        QString path = QString::fromUtf8(name);
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        if (slash >= 0)
            path = path.mid(slash + 1);
        const auto content = entryData(a.get());
        if (!content)
            break;
        files.insert(path, *content);
    }
    return files;
}

QMap<QString, QByteArray> filesOfBundle(std::string_view text)
{
    QMap<QString, QByteArray> files;
    QString path = QStringLiteral("Chart.yaml");
    size_t start = 0;
    size_t pos = 0;
    auto flush = [&](size_t end) {
        if (files.size() < kMaxEntries)
            files.insert(path, QByteArray(text.data() + start, qsizetype(end - start)));
    };
    while (pos <= text.size()) {
        const size_t eol = std::min(text.find('\n', pos), text.size());
        if (text.substr(pos, 3) == "== ") {
            flush(pos);
            path = QString::fromUtf8(text.data() + pos + 3, qsizetype(eol - pos - 3));
            start = std::min(eol + 1, text.size());
        }
        pos = eol + 1;
    }
    flush(text.size());
    return files;
}

// Paths plain enough to write into a folder as they are.
bool writable(const QMap<QString, QByteArray> &files)
{
    static const QRegularExpression part(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,40}$"));
    QSet<QString> folded;
    QSet<QString> folders;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('/'));
        if (parts.size() > 4)
            return false;
        QString prefix;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString &p = parts[i];
            if (!part.match(p).hasMatch() || p.compare(QLatin1String(".git"), Qt::CaseInsensitive) == 0)
                return false;
            prefix += (i ? QStringLiteral("/") : QString()) + p;
            if (i + 1 < parts.size())
                folders.insert(prefix);
        }
        if (folded.contains(it.key().toLower()))
            return false;
        folded.insert(it.key().toLower());
    }
    for (const QString &f : std::as_const(folders)) {
        if (files.contains(f))
            return false; // a file where a folder must be
        for (const QString &other : std::as_const(folders)) {
            if (f != other && f.toLower() == other.toLower())
                return false;
        }
    }
    return true;
}

void checkReadBack(const ChartPackage &p, const QMap<QString, QByteArray> &files, const FuzzSupport::Detail &where)
{
    ArchiveReader a = openArchive(p.archive.constData(), size_t(p.archive.size()));
    FUZZ_CHECK(a, "the archive does not open\n" + where());
    archive_entry *e = nullptr;
    qsizetype i = 0;
    const QString prefix = p.name + QLatin1Char('/');
    int r;
    while ((r = archive_read_next_header(a.get(), &e)) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname(e));
        const auto shown = [&] { return "entry " + std::to_string(i) + " '" + show(name) + "'\n" + where(); };
        FUZZ_CHECK(i < p.files.size() && p.files[i] == name, "an entry the package does not list\n" + shown());
        FUZZ_CHECK(name.startsWith(prefix), shown());
        const QString rel = name.mid(prefix.size());
        FUZZ_CHECK(files.contains(rel), "an entry that is no file of the chart\n" + shown());
        FUZZ_CHECK(archive_entry_filetype(e) == AE_IFREG && (archive_entry_perm(e) & 07777) == 0644
                       && archive_entry_mtime(e) == 0 && archive_entry_uid(e) == 0 && archive_entry_gid(e) == 0,
                   shown());
        const auto content = entryData(a.get());
        FUZZ_CHECK(content && *content == files.value(rel), "the content differs\n" + shown());
        if (i > 0)
            FUZZ_CHECK(p.files[i - 1] < name, "entries out of order\n" + shown());
        ++i;
    }
    FUZZ_CHECK(r == ARCHIVE_EOF, std::string("the archive does not read to its end: ") + archive_error_string(a.get()) + "\n" + where());
    FUZZ_CHECK(i == p.files.size(), "the package lists entries the archive does not hold\n" + where());
    if (!files.contains(QStringLiteral(".helmignore"))) {
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("templates/")))
                FUZZ_CHECK(p.files.contains(prefix + it.key()), "'" + show(it.key()) + "' is left out\n" + where());
        }
    }
}

void checkFolder(const ChartPackage &fromMemory, const QMap<QString, QByteArray> &files, const FuzzSupport::Detail &where)
{
    const std::filesystem::path dir = FuzzSupport::scratch("chart") / "chart";
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    std::filesystem::create_directories(dir, ec);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const std::filesystem::path path = dir / it.key().toStdString();
        std::filesystem::create_directories(path.parent_path(), ec);
        QFile f(QString::fromStdString(path.string()));
        FUZZ_CHECK(f.open(QIODevice::WriteOnly) && f.write(it.value()) == it.value().size(), "cannot write " + path.string());
    }
    const ChartPackage fromFolder = ChartPackage::fromDirectory(QString::fromStdString(dir.string()));
    FUZZ_CHECK(fromFolder.ok() == fromMemory.ok(),
               "from a folder: '" + show(fromFolder.error) + "'; from memory: '" + show(fromMemory.error) + "'\n" + where());
    if (fromFolder.ok()) {
        FUZZ_CHECK(fromFolder.files == fromMemory.files && fromFolder.archive == fromMemory.archive,
                   "from a folder: " + show(fromFolder.files.join(',')) + "; from memory: "
                       + show(fromMemory.files.join(',')) + "\n" + where());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view bytes = FuzzSupport::view(data, size);
    const bool isArchive = bytes.starts_with("\x1f\x8b") || (size > 262 && bytes.substr(257, 5) == "ustar");
    std::optional<QMap<QString, QByteArray>> read = isArchive ? filesOfArchive(bytes) : filesOfBundle(bytes);
    if (!read)
        return 0;
    const QMap<QString, QByteArray> &files = *read;
    const auto listing = [&] {
        std::string out = "files:\n";
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            out += "== " + show(it.key()) + "\n" + FuzzSupport::printable(it.value().toStdString(), 1500) + "\n";
        return out;
    };
    FuzzSupport::Detail where = listing;

    // The readers of Chart.yaml and values.yaml, fast and slow.
    const QByteArray chartText = files.value(QStringLiteral("Chart.yaml"));
    const ChartYaml fast = readChartYaml(chartText.toStdString(), ValuesParser::Auto);
    const ChartYaml slow = readChartYaml(chartText.toStdString(), ValuesParser::YamlCpp);
    FUZZ_CHECK(fast.name == slow.name && fast.version == slow.version && fast.appVersion == slow.appVersion
                   && fast.error.isEmpty() == slow.error.isEmpty(),
               "Chart.yaml reads otherwise through the fast reader\n" + where());
    if (files.contains(QStringLiteral("values.yaml"))) {
        const std::string values = files.value(QStringLiteral("values.yaml")).toStdString();
        const ValuesScan a = scanValues(values, ValuesParser::Auto);
        const ValuesScan b = scanValues(values, ValuesParser::YamlCpp);
        bool same = a.images.size() == b.images.size() && a.error.isEmpty() == b.error.isEmpty();
        for (qsizetype i = 0; same && i < a.images.size(); ++i) {
            same = a.images[i].path == b.images[i].path && a.images[i].line == b.images[i].line
                   && a.images[i].repository == b.images[i].repository && a.images[i].tag == b.images[i].tag;
        }
        FUZZ_CHECK(same, "values.yaml reads otherwise through the fast reader\n" + where());
    }

    const ChartPackage p = ChartPackage::fromFiles(files, QStringLiteral("fuzz"));
    if (!p.ok()) {
        FUZZ_CHECK(p.archive.isEmpty(), "a refused chart with an archive\n" + where());
    } else {
        where = [&] { return "package " + show(p.name) + " " + show(p.version) + "\n" + listing(); };
        static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        FUZZ_CHECK(plainName.match(p.name).hasMatch() && !p.name.contains(QLatin1String("..")), where());
        FUZZ_CHECK(!p.version.isEmpty() && !p.fileName().contains(QLatin1Char('/')) && !p.fileName().contains(QLatin1Char('\\')),
                   "the package's file name '" + show(p.fileName()) + "' holds a folder\n" + where());
        const ChartPackage again = ChartPackage::fromFiles(files, QStringLiteral("fuzz"));
        FUZZ_CHECK(again.ok() && again.archive == p.archive, "packaged twice, the bytes differ\n" + where());
        checkReadBack(p, files, where);
        FUZZ_CHECK(QJsonDocument::fromJson(HelmOci::configFor(p)).object() == p.metadata, "the OCI config\n" + where());
        if (slow.error.isEmpty()) {
            FUZZ_CHECK(slow.name == p.name && slow.version == p.version,
                       "Chart.yaml reads as " + show(slow.name) + " " + show(slow.version) + "\n" + where());
        }
    }
    if (files.size() <= 16 && writable(files))
        checkFolder(p, files, where);
    return 0;
}
