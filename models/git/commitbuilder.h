#pragma once

#include "gitutil.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ReleaseDeck {

struct GitIdentity
{
    QString name;
    QString email;
    QDateTime when;
};

// Builds commits and tags in memory (tree edits on a parent's tree, no
// working tree), so a repository, bare or not, is changed without touching
// any checkout.
class CommitBuilder
{
public:
    explicit CommitBuilder(git_repository *repo)
        : m_repo(repo)
    {}

    void write(const QString &path, const QByteArray &content) { m_writes.insert(path, content); }
    void remove(const QString &path) { m_removals.append(path); }

    // Commits the pending edits on top of parents (the first one's tree is
    // the base) and moves updateRef, when given, to the new commit.
    std::optional<git_oid> commit(const std::vector<git_oid> &parents, const GitIdentity &who,
                                  const QString &message, const QString &updateRef, QString *error);

    static bool tagLightweight(git_repository *repo, const QString &name, const git_oid &commit,
                               QString *error);
    static bool tagAnnotated(git_repository *repo, const QString &name, const git_oid &commit,
                             const GitIdentity &who, const QString &message, QString *error);

private:
    git_repository *m_repo;
    QMap<QString, QByteArray> m_writes;
    QStringList m_removals;
};

} // namespace ReleaseDeck
