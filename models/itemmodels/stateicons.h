#pragma once

#include "domain/versionmatrix.h"

#include <QColor>
#include <QIcon>

namespace ReleaseDeck::StateIcons {

// A cell's state never rests on colour alone: each has a shape too
// (a tick, a warning triangle, a crossed circle) and a name in the text.
QIcon icon(MatrixCell::State state);
QColor background(MatrixCell::State state);
QColor foreground(MatrixCell::State state);

} // namespace ReleaseDeck::StateIcons
