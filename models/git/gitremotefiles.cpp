// Files read from the clone at a commit: one file, or a chart's folder.
// Everything here comes from someone else's commit, so names are checked
// and sizes read from the object headers before anything is inflated.
#include "gitremote.h"

#include "domain/printable.h"
#include "platform/fileutil.h"

namespace ReleaseDeck {

namespace {

// Bounds on a folder read from a commit: a chart is far smaller.
constexpr int kMaxTreeFiles = 10000;
constexpr qint64 kMaxTreeFileBytes = 16 * 1024 * 1024;
constexpr qint64 kMaxTreeBytes = 64 * 1024 * 1024;
// Folders in folders: a chart needs a handful; git's own limit is 4096.
constexpr int kMaxTreeDepth = 64;
// A file read on its own, such as releases.yaml: the scan's bound.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

} // namespace

std::optional<QByteArray> GitRemote::readFile(const QString &commit, const QString &path, QString *error) const
{
    git_object *obj = nullptr;
    const QByteArray spec = (commit + QLatin1Char(':') + path).toUtf8();
    if (git_revparse_single(&obj, m_repo.get(), spec.constData()) != 0) {
        *error = QStringLiteral("%1: no %2 at %3").arg(m_url, path, commit.left(12));
        return std::nullopt;
    }
    Git::ObjectPtr owned(obj);
    if (git_object_type(obj) != GIT_OBJECT_BLOB) {
        *error = QStringLiteral("%1: %2 at %3 is not a file").arg(m_url, path, commit.left(12));
        return std::nullopt;
    }
    // The size from the header first, so a huge blob is never inflated.
    git_odb *odb = nullptr;
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    const int header = git_repository_odb(&odb, m_repo.get()) == 0 ? git_odb_read_header(&size, &type, odb, git_object_id(obj)) : -1;
    git_odb_free(odb);
    if (header != 0 || qint64(size) > kMaxFileBytes) {
        *error = header != 0 ? QStringLiteral("%1: %2 at %3: %4").arg(m_url, path, commit.left(12), Git::lastError())
                             : QStringLiteral("%1: %2 at %3 is larger than %4 MiB").arg(m_url, path, commit.left(12)).arg(kMaxFileBytes >> 20);
        return std::nullopt;
    }
    const auto *blob = reinterpret_cast<git_blob *>(obj);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

std::optional<QMap<QString, QByteArray>> GitRemote::readTree(const QString &commit, const QString &dir,
                                                             QString *error) const
{
    git_object *obj = nullptr;
    const QByteArray spec = (commit + QLatin1Char(':') + dir).toUtf8();
    if (git_revparse_single(&obj, m_repo.get(), spec.constData()) != 0 || git_object_type(obj) != GIT_OBJECT_TREE) {
        if (obj)
            git_object_free(obj);
        *error = QStringLiteral("%1: no folder %2 at %3").arg(m_url, printableName(dir), commit.left(12));
        return std::nullopt;
    }
    Git::ObjectPtr owned(obj);
    git_odb *odb = nullptr;
    if (git_repository_odb(&odb, m_repo.get()) != 0) {
        *error = QStringLiteral("%1: %2").arg(m_path, Git::lastError());
        return std::nullopt;
    }
    struct Walk
    {
        git_repository *repo;
        git_odb *odb;
        QMap<QString, QByteArray> files;
        qint64 bytes = 0;
        QString error;
        ~Walk() { git_odb_free(odb); }
    } walk{m_repo.get(), odb, {}, 0, {}};
    const int rc = git_tree_walk(
        reinterpret_cast<const git_tree *>(obj), GIT_TREEWALK_PRE,
        [](const char *root, const git_tree_entry *entry, void *payload) -> int {
            auto *w = static_cast<Walk *>(payload);
            // The names are someone else's: checked before anything uses them.
            // One entry names one file or folder: a '/' inside it would
            // stand for a file of another folder.
            const QString name = QString::fromUtf8(git_tree_entry_name(entry));
            const QString path = QString::fromUtf8(root) + name;
            if (const QString why = unsafePathReason(path); !why.isEmpty()) {
                w->error = QStringLiteral("the tree entry '%1' has %2; refusing it").arg(printableName(path), why);
                return -1;
            }
            if (name.contains(QLatin1Char('/'))) {
                w->error = QStringLiteral("the tree entry '%1' has a '/' in its name; refusing it").arg(printableName(path));
                return -1;
            }
            if (git_tree_entry_type(entry) == GIT_OBJECT_TREE && path.count(QLatin1Char('/')) >= kMaxTreeDepth) {
                w->error = QStringLiteral("folders nested more than %1 deep at '%2...'").arg(kMaxTreeDepth).arg(printableName(path.left(200)));
                return -1;
            }
            if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
                return git_tree_entry_type(entry) == GIT_OBJECT_TREE ? 0 : 1;
            if (w->files.contains(path)) {
                w->error = QStringLiteral("the tree has two entries named '%1'; refusing them").arg(printableName(path));
                return -1;
            }
            if (git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK) {
                w->error = QStringLiteral("%1 is a symbolic link").arg(printableName(path));
                return -1;
            }
            if (w->files.size() >= kMaxTreeFiles) {
                w->error = QStringLiteral("more than %1 files").arg(kMaxTreeFiles);
                return -1;
            }
            // The size from the header first, so a huge blob is never inflated.
            size_t size = 0;
            git_object_t type = GIT_OBJECT_INVALID;
            if (git_odb_read_header(&size, &type, w->odb, git_tree_entry_id(entry)) != 0) {
                w->error = QStringLiteral("%1: %2").arg(path, Git::lastError());
                return -1;
            }
            if (qint64(size) > kMaxTreeFileBytes || w->bytes + qint64(size) > kMaxTreeBytes) {
                w->error = QStringLiteral("%1: larger than %2 MiB").arg(path).arg((qint64(size) > kMaxTreeFileBytes ? kMaxTreeFileBytes : kMaxTreeBytes) >> 20);
                return -1;
            }
            git_blob *blob = nullptr;
            if (git_blob_lookup(&blob, w->repo, git_tree_entry_id(entry)) != 0) {
                w->error = QStringLiteral("%1: %2").arg(path, Git::lastError());
                return -1;
            }
            w->bytes += qint64(git_blob_rawsize(blob));
            w->files.insert(path, QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)),
                                             qsizetype(git_blob_rawsize(blob))));
            git_blob_free(blob);
            return 0;
        },
        &walk);
    if (rc == 0) {
        // A file and a folder of one name (only a hand-made tree has both).
        for (auto it = walk.files.cbegin(); it != walk.files.cend() && walk.error.isEmpty(); ++it) {
            const auto below = walk.files.lowerBound(it.key() + QLatin1Char('/'));
            if (below != walk.files.cend() && below.key().startsWith(it.key() + QLatin1Char('/')))
                walk.error = QStringLiteral("'%1' is both a file and a folder; refusing it").arg(printableName(it.key()));
        }
        if (const QString clash = caseCollision(walk.files.keys()); walk.error.isEmpty() && !clash.isEmpty())
            walk.error = QStringLiteral("%1 name the same file on a case-insensitive file system; refusing them").arg(clash);
    }
    if (rc != 0 || !walk.error.isEmpty()) {
        *error = QStringLiteral("%1: reading %2 at %3: %4").arg(m_url, dir, commit.left(12), walk.error);
        return std::nullopt;
    }
    return walk.files;
}

} // namespace ReleaseDeck
