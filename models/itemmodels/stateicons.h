#pragma once

#include "domain/versionmatrix.h"

#include <QColor>
#include <QIcon>

namespace ReleaseDeck::StateIcons {

// A cell's state never rests on colour alone: each has a shape too
// (a tick, a warning triangle, a crossed circle) and a name in the text.
// Paints the icon: models keep the ones they use rather than ask per call.
QIcon icon(MatrixCell::State state);
QColor background(MatrixCell::State state);
QColor foreground(MatrixCell::State state);

} // namespace ReleaseDeck::StateIcons
