#pragma once

#include <QDate>
#include <QString>

namespace ReleaseDeck {

// Writes the demo workspace: three git repositories (oss, runtime-api,
// charts) with weekly releases ending near `today`, holding the shapes real
// repositories have (DESIGN §4), a customers file, an OCI image layout
// folder with the images and published charts of those releases, and the
// releasedeck.yaml that ties them together.
class DemoWorkspace
{
public:
    static constexpr int kReleaseCount = 14;
    // Raised when the demo gains what an older copy lacks, so that the app
    // writes a new one instead of opening the old.
    static constexpr int kEdition = 3;

    // Creates dir (which must be missing or empty). Returns the workspace
    // file's path, or an empty string with error set.
    static QString create(const QString &dir, const QDate &today, QString *error);
    // The same for today's repositories before one version: independent
    // chart, SaaS server and runtime-api numbers, SHAs pinned in a deploy
    // repository's workflow file, no release manifest yet.
    static QString createLegacy(const QString &dir, const QDate &today, QString *error);
};

} // namespace ReleaseDeck
