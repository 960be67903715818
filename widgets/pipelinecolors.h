#pragma once

#include <QColor>

// The timeline's colours in one place. Lanes also differ by shape and by
// their labels, so colour is never the only cue.
namespace ReleaseDeck::PipelineColors {

inline QColor oss() { return QColor(0x15, 0x65, 0xc0); }
inline QColor saas() { return QColor(0x00, 0x89, 0x7b); }
inline QColor enterprise() { return QColor(0x6a, 0x1b, 0x9a); }
inline QColor pending() { return QColor(0xef, 0x6c, 0x00); }
inline QColor pendingGlow() { return QColor(0xef, 0x6c, 0x00, 50); }
inline QColor superseded() { return QColor(0x9e, 0x9e, 0x9e); }
inline QColor connector() { return QColor(0x90, 0xa4, 0xae); }
inline QColor today() { return QColor(0xd3, 0x2f, 0x2f); }
inline QColor text() { return QColor(0x26, 0x32, 0x38); }
inline QColor mutedText() { return QColor(0x60, 0x6b, 0x73); }
inline QColor labelBackground() { return QColor(255, 255, 255, 230); }
inline QColor selection() { return QColor(0x15, 0x65, 0xc0, 60); }
inline QColor hover() { return QColor(0x90, 0xa4, 0xae, 60); }
inline QColor laneBand(int lane) { return lane % 2 ? QColor(0xf5, 0xf7, 0xf9) : QColor(0xff, 0xff, 0xff); }
inline QColor grid() { return QColor(0xe0, 0xe4, 0xe8); }

} // namespace ReleaseDeck::PipelineColors
