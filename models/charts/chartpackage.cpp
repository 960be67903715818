#include "chartpackage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include "platform/fileutil.h"
#include "yaml/duplicatekeys.h"

#include <archive.h>
#include <archive_entry.h>
#include <yaml-cpp/yaml.h>

#include <memory>

namespace ReleaseDeck {

namespace {

constexpr qint64 kMaxFileSize = 16 * 1024 * 1024; // Helm's own limit is in this order
constexpr int kMaxFiles = 10000;

struct ArchiveDeleter
{
    void operator()(struct archive *a) const { archive_write_free(a); }
};
using ArchiveWriterPtr = std::unique_ptr<struct archive, ArchiveDeleter>;
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t appendToArray(struct archive *, void *data, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(data)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

// Chart.yaml as JSON, scalars kept as the text they are written as.
// Aliases are followed, so a collection that holds itself, or an alias
// bomb, is cut short: none past 64 levels or 100,000 nodes.
std::optional<QJsonValue> toJson(const YAML::Node &node, int depth, int *budget)
{
    if (depth > 64 || --*budget < 0)
        return std::nullopt;
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const auto value = toJson(it->second, depth + 1, budget);
            if (!value)
                return std::nullopt;
            o.insert(QString::fromStdString(it->first.as<std::string>("")), *value);
        }
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const YAML::Node &item : node) {
            const auto value = toJson(item, depth + 1, budget);
            if (!value)
                return std::nullopt;
            a.append(*value);
        }
        return a;
    }
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    default:
        return QJsonValue();
    }
}

} // namespace

HelmIgnore::HelmIgnore(const QString &text)
{
    // Helm hides dot files under templates/ whatever .helmignore says.
    m_rules.append({QRegularExpression::fromWildcard(u"templates/.?*", Qt::CaseSensitive), false, false, true});
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Rule r;
        if (line.startsWith(QLatin1Char('!'))) {
            r.negate = true;
            line = line.mid(1);
        }
        if (line.endsWith(QLatin1Char('/'))) {
            r.dirOnly = true;
            line.chop(1);
        }
        if (line.startsWith(QLatin1Char('/'))) {
            line = line.mid(1);
            r.withSlash = true;
        } else {
            r.withSlash = line.contains(QLatin1Char('/'));
        }
        if (line.isEmpty())
            continue;
        r.pattern = QRegularExpression::fromWildcard(line, Qt::CaseSensitive);
        m_rules.append(r);
    }
}

bool HelmIgnore::ignores(const QString &relativePath, bool isDir) const
{
    // The same order and the same odd negation as Helm's ignore rules: a
    // negated rule ignores whatever it does not match.
    for (const Rule &r : m_rules) {
        const QString subject = r.withSlash ? relativePath : relativePath.section(QLatin1Char('/'), -1);
        const bool matches = r.pattern.match(subject).hasMatch();
        if (r.negate) {
            if (r.dirOnly && !isDir)
                return true;
            if (!matches)
                return true;
            continue;
        }
        if (r.dirOnly && !isDir)
            continue;
        if (matches)
            return true;
    }
    return false;
}

ChartPackage ChartPackage::fromDirectory(const QString &chartDir)
{
    ChartPackage out;
    const QString root = QDir::cleanPath(QFileInfo(chartDir).absoluteFilePath());
    auto fail = [&out](const QString &message) {
        out.error = message;
        return out;
    };
    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir())
        return fail(QStringLiteral("%1: not a chart directory").arg(root));
    if (rootInfo.isSymLink())
        return fail(QStringLiteral("%1: a symbolic link; refusing to package it").arg(root));

    // .helmignore first, so that an ignored folder is never entered.
    QString error;
    const QString ignorePath = root + QLatin1String("/.helmignore");
    const auto ignoreText = QFileInfo::exists(ignorePath) ? readRegularFile(ignorePath, kMaxFileSize, &error) : QByteArray();
    if (!ignoreText)
        return fail(error);
    const HelmIgnore ignore(QString::fromUtf8(*ignoreText));

    QMap<QString, QByteArray> files;
    QStringList pending{QString()};
    while (!pending.isEmpty()) {
        const QString rel = pending.takeFirst();
        const QDir dir(rel.isEmpty() ? root : root + QLatin1Char('/') + rel);
        const QFileInfoList entries =
            dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString path = rel.isEmpty() ? entry.fileName() : rel + QLatin1Char('/') + entry.fileName();
            if (entry.isSymLink())
                return fail(QStringLiteral("%1: a symbolic link; charts are packaged without links").arg(entry.filePath()));
            if (ignore.ignores(path, entry.isDir()))
                continue;
            if (entry.isDir()) {
                pending.append(path);
                continue;
            }
            if (files.size() >= kMaxFiles)
                return fail(QStringLiteral("%1: more than %2 files").arg(root).arg(kMaxFiles));
            const auto content = readRegularFile(entry.filePath(), kMaxFileSize, &error);
            if (!content)
                return fail(error);
            files.insert(path, *content);
        }
    }
    return fromFiles(files, root);
}

ChartPackage ChartPackage::fromFiles(const QMap<QString, QByteArray> &tree, const QString &where)
{
    ChartPackage out;
    auto fail = [&out](const QString &message) {
        out.error = message;
        out.archive.clear();
        return out;
    };
    auto shown = [&where](const QString &rel) { return where + QLatin1Char('/') + rel; };
    if (tree.size() > kMaxFiles)
        return fail(QStringLiteral("%1: more than %2 files").arg(where).arg(kMaxFiles));
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        if (const QString why = unsafePathReason(it.key()); !why.isEmpty())
            return fail(QStringLiteral("%1: the name has %2; refusing it").arg(shown(it.key()), why));
        // A name outside ASCII is packaged differently in each locale: the
        // same chart would not give the same bytes.
        if (std::any_of(it.key().cbegin(), it.key().cend(), [](QChar c) { return c.unicode() > 0x7e; }))
            return fail(QStringLiteral("%1: the name is not plain ASCII; charts are packaged with ASCII names only").arg(shown(it.key())));
        if (it.value().size() > kMaxFileSize)
            return fail(QStringLiteral("%1: larger than %2 MiB").arg(shown(it.key())).arg(kMaxFileSize >> 20));
    }
    if (const QString clash = caseCollision(tree.keys()); !clash.isEmpty())
        return fail(QStringLiteral("%1: %2 name the same file on a case-insensitive file system").arg(where, clash));

    const auto chartIt = tree.constFind(QStringLiteral("Chart.yaml"));
    if (chartIt == tree.cend())
        return fail(QStringLiteral("%1: no such file").arg(shown(QStringLiteral("Chart.yaml"))));
    const QString chartFile = shown(QStringLiteral("Chart.yaml"));
    YAML::Node chart;
    try {
        chart = YAML::Load(chartIt->toStdString());
    } catch (const YAML::Exception &e) {
        return fail(QStringLiteral("%1:%2:%3: %4")
                        .arg(chartFile)
                        .arg(e.mark.line + 1)
                        .arg(e.mark.column + 1)
                        .arg(QString::fromStdString(e.msg)));
    }
    if (!chart.IsMap())
        return fail(QStringLiteral("%1: not a mapping").arg(chartFile));
    // Helm refuses a key written twice; readers differ on which one counts.
    if (const auto twice = findDuplicateKey(*chartIt))
        return fail(QStringLiteral("%1:%2:%3: %4").arg(chartFile).arg(twice->line).arg(twice->column).arg(twice->message()));
    int budget = 100000;
    const auto metadata = toJson(chart, 0, &budget);
    if (!metadata)
        return fail(QStringLiteral("%1: nested too deeply, or aliases that expand without end").arg(chartFile));
    out.metadata = metadata->toObject();
    out.name = out.metadata.value(QLatin1String("name")).toString();
    out.version = out.metadata.value(QLatin1String("version")).toString();
    if (out.name.isEmpty())
        return fail(QStringLiteral("%1: no 'name'").arg(chartFile));
    if (out.version.isEmpty())
        return fail(QStringLiteral("%1: no 'version'").arg(chartFile));
    // The name becomes the archive's top folder: it must stay one plain name.
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!plainName.match(out.name).hasMatch() || out.name.contains(QLatin1String("..")))
        return fail(QStringLiteral("%1: name '%2' is not a plain chart name").arg(chartFile, out.name));
    // SemVer build metadata brings '+'; nothing else outside the plain set.
    if (!plainName.match(QString(out.version).replace(QLatin1Char('+'), QLatin1Char('_'))).hasMatch())
        return fail(QStringLiteral("%1: version '%2' cannot name a file").arg(chartFile, out.version));

    // Helm's walk: a file is packaged unless it, or a folder on its way, is
    // ignored (a folder ignored is never entered).
    const HelmIgnore ignore(QString::fromUtf8(tree.value(QStringLiteral(".helmignore"))));
    QStringList files;
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        const QString &path = it.key();
        bool skipped = false;
        for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash >= 0 && !skipped;
             slash = path.indexOf(QLatin1Char('/'), slash + 1))
            skipped = ignore.ignores(path.left(slash), true);
        if (!skipped && !ignore.ignores(path, false))
            files.append(path);
    }
    std::sort(files.begin(), files.end());

    // Declared first: the writer, freed first, may still flush into it.
    QByteArray bytes;
    ArchiveWriterPtr a(archive_write_new());
    archive_write_set_format_pax_restricted(a.get());
    archive_write_add_filter_gzip(a.get());
    // No time or name in the gzip header: the same chart, the same bytes.
    archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr);
    archive_write_set_bytes_in_last_block(a.get(), 1);
    if (archive_write_open(a.get(), &bytes, nullptr, appendToArray, nullptr) != ARCHIVE_OK)
        return fail(QStringLiteral("%1: %2").arg(where, QString::fromUtf8(archive_error_string(a.get()))));
    for (const QString &rel : files) {
        const QByteArray &content = tree[rel];
        const QString name = out.name + QLatin1Char('/') + rel;
        std::unique_ptr<archive_entry, EntryDeleter> e(archive_entry_new());
        const QByteArray encoded = name.toUtf8();
        archive_entry_set_pathname(e.get(), encoded.constData());
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), 0644);
        archive_entry_set_size(e.get(), content.size());
        archive_entry_set_mtime(e.get(), 0, 0);
        archive_entry_set_uid(e.get(), 0);
        archive_entry_set_gid(e.get(), 0);
        if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK
            || archive_write_data(a.get(), content.constData(), size_t(content.size())) != content.size())
            return fail(QStringLiteral("%1: %2").arg(shown(rel), QString::fromUtf8(archive_error_string(a.get()))));
        out.files.append(name);
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return fail(QStringLiteral("%1: %2").arg(where, QString::fromUtf8(archive_error_string(a.get()))));
    out.archive = bytes;
    return out;
}

} // namespace ReleaseDeck
