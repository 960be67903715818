#pragma once

#include "git/gitutil.h"

#include <QDir>
#include <QFile>
#include <QString>

// What both demo workspaces are made of: a folder of their own and bare
// repositories with `main` as their first branch.
namespace ReleaseDeck::DemoParts {

// The absolute path of `dir`, made when missing; empty with `error` set
// when it holds anything already.
inline QString prepareFolder(const QString &dir, QString *error)
{
    Git::ensureInitialised();
    if (QDir d(dir); d.exists() && !d.isEmpty()) {
        *error = QStringLiteral("%1 exists and is not empty").arg(QDir::toNativeSeparators(dir));
        return QString();
    }
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(dir));
        return QString();
    }
    return QDir(dir).absolutePath();
}

inline Git::RepositoryPtr initBare(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_NO_REINIT;
    opts.initial_head = "main";
    git_repository *repo = nullptr;
    if (git_repository_init_ext(&repo, native.constData(), &opts) != 0) {
        *error = Git::lastError();
        return nullptr;
    }
    return Git::RepositoryPtr(repo);
}

} // namespace ReleaseDeck::DemoParts
