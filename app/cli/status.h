#pragma once

#include "domain/artifactcheck.h"
#include "domain/overview.h"
#include "workspace/scanner.h"

#include <QCommandLineParser>
#include <QStringList>

namespace ReleaseDeck::Cli {

// A workspace scanned as the window scans it and, when asked, its
// registries checked (logins from the environment): the overview, or null
// with the reason in `error`.
OverviewPtr scanWorkspace(const QString &file, const Scanner::Options &options, bool checkRegistry,
                          RegistryReportPtr *report, QString *error);

// --no-cache, taken by every command that scans: the scan neither reads nor
// writes the scan cache.
QCommandLineOption noCacheOption();
// The scan's options as the command line sets them.
Scanner::Options scanOptions(const QCommandLineParser &parser);

// `releasedeck status -w FILE [--json] [--no-registry]`: the pipeline today.
int status(const QStringList &arguments);

// `releasedeck mapping -w FILE [--json|--format csv|md] [--check-registry]`:
// chart releases and the OSS/SaaS releases they deploy, by content.
int mapping(const QStringList &arguments);

// `releasedeck support -w FILE [--at DATE] [--json]`: each release line's
// support by the workspace's policy (docs/support.md).
int support(const QStringList &arguments);

// `releasedeck notes VERSION [--from VERSION] -w FILE [--format md|html]`:
// what a release brings, per repository, image and chart.
int notes(const QStringList &arguments);

// `releasedeck whatif -w FILE [--weeks N] [--json]`: the last weeks of OSS
// releases replayed under each cadence option (docs/review.md).
int whatif(const QStringList &arguments);

// `releasedeck report -w FILE --week 2026-W48 -o FILE.pdf|.html|.md`: the
// review pack. Renders charts: needs a QApplication (offscreen will do).
int report(const QStringList &arguments);

} // namespace ReleaseDeck::Cli
