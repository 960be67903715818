#pragma once

#include "domain/workspace.h"

#include <QList>
#include <QString>

namespace ReleaseDeck {

struct WorkspaceLoad
{
    Workspace workspace;
    QList<Problem> problems; // each names file, line and column
    bool fatal = false;      // the file could not be read or parsed at all
};

// Reads releasedeck.yaml. A bad entry is reported and skipped; the rest loads.
class WorkspaceLoader
{
public:
    // text, when given, receives the file's bytes as read.
    static WorkspaceLoad load(const QString &file, QByteArray *text = nullptr);
    static WorkspaceLoad loadFromText(const QString &file, const QByteArray &text);
};

} // namespace ReleaseDeck
