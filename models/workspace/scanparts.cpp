#include "scanparts.h"

#include "charts/valuesscanner.h"
#include "git/gitutil.h"
#include "git/tagreader.h"
#include "manifestfile.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace ReleaseDeck {

namespace {

constexpr qint64 kMaxManifestBytes = 64 * 1024 * 1024;

// Reads the manifest into the snapshot; false when it is there and
// cannot be read.
bool readManifestFile(const Workspace &workspace, WorkspaceSnapshot &snap)
{
    const RepoConfig *repo = workspace.repo(workspace.manifestRepo);
    if (!repo)
        return true;
    const QString name = QStringLiteral("%1:%2").arg(repo->id, workspace.manifestPath);
    QString error;
    Git::RepositoryPtr r = openRepository(repo->path, &error);
    if (!r) {
        snap.problems.append(QStringLiteral("%1: %2").arg(name, error));
        return false;
    }
    // HEAD's commit through its reference: libgit2 1.5's revparse of
    // "HEAD^{commit}" leaks when HEAD names a commit that is not there.
    git_reference *rawRef = nullptr;
    const int rc = Git::repositoryHead(r.get(), &rawRef);
    const Git::ReferencePtr ref(rawRef);
    git_object *head = nullptr;
    if (rc != 0 || !git_reference_target(ref.get())
        || git_object_lookup(&head, r.get(), git_reference_target(ref.get()), GIT_OBJECT_COMMIT) != 0) {
        // A branch not made yet: nothing recorded yet. Anything else is a problem.
        if (rc != GIT_EUNBORNBRANCH && rc != GIT_ENOTFOUND) {
            snap.problems.append(QStringLiteral("%1: HEAD cannot be read: %2").arg(name, Git::lastError()));
            return false;
        }
        return true;
    }
    Git::ObjectPtr commit(head);
    git_tree *treeRaw = nullptr;
    if (git_commit_tree(&treeRaw, reinterpret_cast<git_commit *>(commit.get())) != 0) {
        snap.problems.append(QStringLiteral("%1: %2").arg(name, Git::lastError()));
        return false;
    }
    Git::TreePtr tree(treeRaw);
    git_tree_entry *entryRaw = nullptr;
    if (git_tree_entry_bypath(&entryRaw, tree.get(), workspace.manifestPath.toUtf8().constData()) != 0)
        return true; // not there yet
    std::unique_ptr<git_tree_entry, Git::Deleter<git_tree_entry, git_tree_entry_free>> entry(entryRaw);
    // The size from the object's header, before it is inflated.
    git_odb *odbRaw = nullptr;
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    const int header = git_repository_odb(&odbRaw, r.get()) == 0
                           ? git_odb_read_header(&size, &type, odbRaw, git_tree_entry_id(entry.get()))
                           : -1;
    git_odb_free(odbRaw);
    if (header != 0) {
        snap.problems.append(QStringLiteral("%1: %2").arg(name, Git::lastError()));
        return false;
    }
    if (size > size_t(kMaxManifestBytes)) {
        snap.problems.append(QStringLiteral("%1: larger than %2 MiB").arg(name).arg(kMaxManifestBytes >> 20));
        return false;
    }
    git_object *blobRaw = nullptr;
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB
        || git_tree_entry_to_object(&blobRaw, r.get(), entry.get()) != 0) {
        snap.problems.append(QStringLiteral("%1: not a file").arg(name));
        return false;
    }
    Git::ObjectPtr blob(blobRaw);
    const auto *b = reinterpret_cast<git_blob *>(blob.get());
    const QByteArray text(static_cast<const char *>(git_blob_rawcontent(b)), qsizetype(git_blob_rawsize(b)));
    const ManifestLoad load = ManifestFile::parse(text, name);
    for (const Problem &p : load.problems)
        snap.problems.append(p.toString());
    for (const ManifestRelease &r : load.manifest.releases) {
        if (const QString forged = r.approvalProblem(workspace.selfApproval); !forged.isEmpty())
            snap.problems.append(QStringLiteral("%1:%2: %3").arg(name).arg(r.line).arg(forged));
    }
    snap.manifest = load.manifest;
    snap.manifestCommit = Git::oidToString(*git_object_id(commit.get()));
    return true;
}

} // namespace

void readManifestAtHead(const Workspace &workspace, WorkspaceSnapshot &snap)
{
    const qsizetype before = snap.problems.size();
    if (!readManifestFile(workspace, snap)) {
        snap.manifest.fatal = true;
        snap.manifest.problems = snap.problems.mid(before);
    }
}

QByteArray inputsKey(const Workspace &workspace, const QByteArray &workspaceText, const std::vector<RepoTags> &repoTags)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto text = [&hash](const QString &s) {
        const QByteArray utf8 = s.toUtf8();
        const qint64 size = utf8.size();
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(utf8);
    };
    auto number = [&hash](qint64 n) { hash.addData(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n)); };
    text(workspace.file);
    number(workspaceText.size());
    hash.addData(workspaceText);
    for (size_t i = 0; i < repoTags.size() && i < workspace.repos.size(); ++i) {
        const RepoTags &r = repoTags[i];
        text(workspace.repos[i].id);
        text(QFileInfo(workspace.repos[i].path).canonicalFilePath());
        number(r.ok);
        text(r.state.head);
        number(r.state.headDate.toMSecsSinceEpoch());
        text(r.state.error);
        number(r.state.tagCount);
        text(r.problems.join(u'\n'));
        number(qint64(r.tags.size()));
        for (const TagInfo &t : r.tags) {
            text(t.name);
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(t.commit.id), GIT_OID_RAWSZ));
            number(t.isCommit | t.annotated << 1);
            number(t.date.toMSecsSinceEpoch());
        }
        if (!r.ok)
            continue;
        QString error;
        const Git::RepositoryPtr repo = openRepository(workspace.repos[i].path, &error);
        const QByteArray objects = repo ? objectsFingerprint(repo.get()) : QByteArray();
        if (objects.isEmpty())
            return QByteArray();
        number(objects.size());
        hash.addData(objects);
    }
    return hash.result();
}

QString pinnedRepository(const Workspace &workspace, const QString &envName)
{
    const QString name = pinnedImageName(envName);
    if (name.isEmpty())
        return QString();
    for (const Component &c : workspace.components) {
        if (c.kind == Component::Kind::Image && c.id == name)
            return c.image;
    }
    for (const Component &c : workspace.components) {
        if (c.kind == Component::Kind::Image && c.image.section(u'/', -1) == name)
            return c.image;
    }
    return QString();
}

} // namespace ReleaseDeck
