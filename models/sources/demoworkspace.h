#pragma once

#include <QDate>
#include <QString>

namespace ReleaseDeck {

// Writes the demo workspace: three git repositories (oss, runtime-api,
// charts) with weekly releases ending near `today`, holding the shapes real
// repositories have (DESIGN §4), a customers file, an empty OCI image layout
// and the releasedeck.yaml that ties them together.
class DemoWorkspace
{
public:
    static constexpr int kReleaseCount = 14;

    // Creates dir (which must be missing or empty). Returns the workspace
    // file's path, or an empty string with error set.
    static QString create(const QString &dir, const QDate &today, QString *error);
};

} // namespace ReleaseDeck
