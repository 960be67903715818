#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ReleaseDeck::DemoRegistry {

// The demo's OCI layout folder, one repository per sub-folder
// (`registry/openhands/runtime`), written as a release pipeline would, and
// the workspace file that names it with the repositories.

// The demo's releasedeck.yaml.
QString workspaceText();

// Packages the named charts from the charts repository's files (path →
// content, under charts/) and pushes them to `openhands/charts/<name>`.
// A version already there with other content keeps what it had.
bool publishCharts(const QString &registry, const QMap<QString, QByteArray> &chartFiles, const QStringList &names,
                   QString *error);

// A small image labelled with the commit it was built from.
bool pushImage(const QString &registry, const QString &repository, const QString &tag, const QString &version,
               const QString &revision, QString *error);

// Gives an image a further tag, as a patch release reusing it does.
bool retag(const QString &registry, const QString &repository, const QString &from, const QString &to, QString *error);

} // namespace ReleaseDeck::DemoRegistry
