#include "gitutil.h"

#include <mutex>

namespace ReleaseDeck::Git {

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init();
        // Scans read each object once; a smaller object cache keeps peak
        // memory down on large histories without costing lookups.
        git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, ssize_t(64) * 1024 * 1024);
    });
}

QString lastError(const QString &fallback)
{
    const git_error *e = git_error_last();
    if (!e || !e->message || !*e->message)
        return fallback;
    return QString::fromUtf8(e->message).trimmed();
}

QString oidToString(const git_oid &oid)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &oid);
    return QString::fromLatin1(buf, GIT_OID_HEXSZ);
}

} // namespace ReleaseDeck::Git
