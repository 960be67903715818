#pragma once

#include "contentmapping.h"

#include <QByteArray>
#include <QString>

namespace ReleaseDeck::MappingExport {

// The JSON contract of `releasedeck mapping --json` (docs/mapping.md).
QByteArray json(const ContentMapping &mapping);
// One line per chart release and image, for a spreadsheet: RFC 4180
// quoting, and a cell that a spreadsheet would take for a formula is
// prefixed with an apostrophe.
QByteArray csv(const ContentMapping &mapping);
// A table for a wiki page or a release review's notes.
QByteArray markdown(const ContentMapping &mapping, const QString &title);
// The terminal's table: a chart release a line, its images below it.
QString text(const ContentMapping &mapping);

} // namespace ReleaseDeck::MappingExport
