#include "commitbuilder.h"

namespace ReleaseDeck {

namespace {

Git::SignaturePtr signature(const GitIdentity &who, QString *error)
{
    git_signature *sig = nullptr;
    const QDateTime when = who.when.isValid() ? who.when : QDateTime::currentDateTime();
    const int offsetMinutes = when.offsetFromUtc() / 60;
    if (git_signature_new(&sig, who.name.toUtf8().constData(), who.email.toUtf8().constData(),
                          when.toSecsSinceEpoch(), offsetMinutes)
        != 0) {
        *error = Git::lastError();
        return nullptr;
    }
    return Git::SignaturePtr(sig);
}

} // namespace

std::optional<git_oid> CommitBuilder::commit(const std::vector<git_oid> &parents, const GitIdentity &who,
                                             const QString &message, const QString &updateRef,
                                             QString *error)
{
    std::vector<Git::CommitPtr> parentCommits;
    for (const git_oid &id : parents) {
        git_commit *c = nullptr;
        if (git_commit_lookup(&c, m_repo, &id) != 0) {
            *error = Git::lastError();
            return std::nullopt;
        }
        parentCommits.emplace_back(c);
    }

    Git::TreePtr base;
    git_tree *rawTree = nullptr;
    if (!parentCommits.empty()) {
        if (git_commit_tree(&rawTree, parentCommits.front().get()) != 0) {
            *error = Git::lastError();
            return std::nullopt;
        }
    } else {
        git_treebuilder *tb = nullptr;
        git_oid empty;
        if (git_treebuilder_new(&tb, m_repo, nullptr) != 0 || git_treebuilder_write(&empty, tb) != 0
            || git_tree_lookup(&rawTree, m_repo, &empty) != 0) {
            git_treebuilder_free(tb);
            *error = Git::lastError();
            return std::nullopt;
        }
        git_treebuilder_free(tb);
    }
    base.reset(rawTree);

    std::vector<git_tree_update> updates;
    std::vector<QByteArray> paths; // keeps the C strings alive
    paths.reserve(m_writes.size() + m_removals.size());
    for (auto it = m_writes.cbegin(); it != m_writes.cend(); ++it) {
        git_tree_update u{};
        u.action = GIT_TREE_UPDATE_UPSERT;
        if (git_blob_create_from_buffer(&u.id, m_repo, it.value().constData(), size_t(it.value().size())) != 0) {
            *error = Git::lastError();
            return std::nullopt;
        }
        u.filemode = GIT_FILEMODE_BLOB;
        paths.push_back(it.key().toUtf8());
        u.path = paths.back().constData();
        updates.push_back(u);
    }
    for (const QString &path : m_removals) {
        git_tree_update u{};
        u.action = GIT_TREE_UPDATE_REMOVE;
        paths.push_back(path.toUtf8());
        u.path = paths.back().constData();
        updates.push_back(u);
    }
    git_oid treeId;
    if (git_tree_create_updated(&treeId, m_repo, base.get(), updates.size(), updates.data()) != 0) {
        *error = Git::lastError();
        return std::nullopt;
    }
    git_tree *newTree = nullptr;
    if (git_tree_lookup(&newTree, m_repo, &treeId) != 0) {
        *error = Git::lastError();
        return std::nullopt;
    }
    Git::TreePtr tree(newTree);

    Git::SignaturePtr sig = signature(who, error);
    if (!sig)
        return std::nullopt;
    std::vector<const git_commit *> parentPtrs;
    for (const auto &p : parentCommits)
        parentPtrs.push_back(p.get());
    git_oid id;
    const QByteArray ref = updateRef.toUtf8();
    const QByteArray msg = message.toUtf8();
    if (git_commit_create(&id, m_repo, updateRef.isEmpty() ? nullptr : ref.constData(), sig.get(), sig.get(),
                          nullptr, msg.constData(), tree.get(), parentPtrs.size(), parentPtrs.data())
        != 0) {
        *error = Git::lastError();
        return std::nullopt;
    }
    m_writes.clear();
    m_removals.clear();
    return id;
}

bool CommitBuilder::tagLightweight(git_repository *repo, const QString &name, const git_oid &commit,
                                   QString *error)
{
    git_object *obj = nullptr;
    if (git_object_lookup(&obj, repo, &commit, GIT_OBJECT_COMMIT) != 0) {
        *error = Git::lastError();
        return false;
    }
    Git::ObjectPtr target(obj);
    git_oid out;
    if (git_tag_create_lightweight(&out, repo, name.toUtf8().constData(), target.get(), 0) != 0) {
        *error = Git::lastError();
        return false;
    }
    return true;
}

bool CommitBuilder::tagAnnotated(git_repository *repo, const QString &name, const git_oid &commit,
                                 const GitIdentity &who, const QString &message, QString *error)
{
    git_object *obj = nullptr;
    if (git_object_lookup(&obj, repo, &commit, GIT_OBJECT_COMMIT) != 0) {
        *error = Git::lastError();
        return false;
    }
    Git::ObjectPtr target(obj);
    Git::SignaturePtr sig = signature(who, error);
    if (!sig)
        return false;
    git_oid out;
    if (git_tag_create(&out, repo, name.toUtf8().constData(), target.get(), sig.get(),
                       message.toUtf8().constData(), 0)
        != 0) {
        *error = Git::lastError();
        return false;
    }
    return true;
}

} // namespace ReleaseDeck
