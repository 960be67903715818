#pragma once

#include "domain/releasemanifest.h"
#include "domain/workspace.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ReleaseDeck {

struct ManifestLoad
{
    ReleaseManifest manifest;
    QList<Problem> problems; // located; a bad entry is reported and left out
    bool fatal = false;      // the file could not be parsed at all
};

// Reading and changing `releases.yaml`. Changes are made to the text, not
// by writing the document out again: a new release or audit line is
// inserted where it belongs and a state is spliced in place (YamlEdit), so
// comments and layout stay and a commit's diff is what it did.
namespace ManifestFile {

ManifestLoad parse(const QByteArray &text, const QString &fileName);

// The text of a new, empty manifest.
QByteArray empty();

// Appends a release; its version must not be in the manifest yet.
std::optional<QByteArray> appendRelease(const QByteArray &text, const ManifestRelease &release,
                                        const QString &fileName, QString *error);
// Appends a line to a release's audit trail.
std::optional<QByteArray> appendAudit(const QByteArray &text, const Version &version, const AuditEntry &entry,
                                      const QString &fileName, QString *error);
// Sets a release's Enterprise state and due date (invalid: left as it is).
std::optional<QByteArray> setState(const QByteArray &text, const Version &version, ManifestRelease::State state,
                                   const QDateTime &due, const QString &fileName, QString *error);

} // namespace ManifestFile

} // namespace ReleaseDeck
