#pragma once

#include "charts/valuesscanner.h"

#include <QStringList>

// One line per image found ("path@line repository : tag"), and "error" when
// the file did not parse: what two scans must agree on.
inline QStringList describe(const ReleaseDeck::ValuesScan &scan)
{
    QStringList out;
    for (const ReleaseDeck::FoundImage &i : scan.images)
        out.append(QStringLiteral("%1@%2 %3 : %4").arg(i.path).arg(i.line).arg(i.repository, i.tag));
    if (!scan.error.isEmpty())
        out.append(QStringLiteral("error"));
    return out;
}
