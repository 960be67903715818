#pragma once

#include <git2.h>

#include <QString>

#include <memory>

namespace ReleaseDeck::Git {

// libgit2 is initialised once per process and never shut down: worker
// threads may still hold repositories when the application exits.
void ensureInitialised();

// The message of the last libgit2 error on this thread, or the fallback.
QString lastError(const QString &fallback = QStringLiteral("unknown libgit2 error"));

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};

using RepositoryPtr = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using BlobPtr = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using TagPtr = std::unique_ptr<git_tag, Deleter<git_tag, git_tag_free>>;
using ReferencePtr = std::unique_ptr<git_reference, Deleter<git_reference, git_reference_free>>;
using RefIteratorPtr = std::unique_ptr<git_reference_iterator,
                                       Deleter<git_reference_iterator, git_reference_iterator_free>>;
using OdbPtr = std::unique_ptr<git_odb, Deleter<git_odb, git_odb_free>>;
using OdbObjectPtr = std::unique_ptr<git_odb_object, Deleter<git_odb_object, git_odb_object_free>>;
using SignaturePtr = std::unique_ptr<git_signature, Deleter<git_signature, git_signature_free>>;
using IndexPtr = std::unique_ptr<git_index, Deleter<git_index, git_index_free>>;

QString oidToString(const git_oid &oid);

// HEAD resolved, as git_repository_head(): GIT_EUNBORNBRANCH only for a
// branch that is truly not made yet. libgit2 1.5 looks a branch up in a
// sorted packed-refs without reading the rest, so a damaged one would look
// like a new repository; it is read whole here before saying so.
int repositoryHead(git_repository *repo, git_reference **out);

// libgit2 1.5 loops forever inflating a truncated loose object. Each loose
// object of the repository and of its alternates folders is inflated here
// first, once per file and process, through a fixed buffer, and checked
// against the size its header gives; a commit, tree or tag whose header
// claims more than 16 MiB is refused from the header. The error names the
// first bad one and its path.
bool checkLooseObjects(git_repository *repo, QString *error);

// The same for a remote that is a repository on this machine (file:// or a
// path), which libgit2 reads in this process: true for any other remote.
bool checkLocalRemote(const QString &url, QString *error);

struct OidHash
{
    size_t operator()(const git_oid &oid) const noexcept
    {
        size_t h;
        static_assert(sizeof(h) <= GIT_OID_RAWSZ);
        memcpy(&h, oid.id, sizeof(h));
        return h;
    }
};

struct OidEqual
{
    bool operator()(const git_oid &a, const git_oid &b) const noexcept
    {
        return git_oid_equal(&a, &b);
    }
};

} // namespace ReleaseDeck::Git
