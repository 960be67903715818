#include "stateicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ReleaseDeck::StateIcons {

namespace {

QPixmap paint(MatrixCell::State state, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPen pen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case MatrixCell::State::Consistent: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        p.setPen(pen);
        QPainterPath tick;
        tick.moveTo(s * 0.27, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.69);
        tick.lineTo(s * 0.74, s * 0.34);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case MatrixCell::State::Drift: {
        QPainterPath tri;
        tri.moveTo(s / 2, s * 0.06);
        tri.lineTo(s * 0.97, s * 0.92);
        tri.lineTo(s * 0.03, s * 0.92);
        tri.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc7, 0x7c, 0x02));
        p.drawPath(tri);
        p.setPen(pen);
        p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.6));
        p.drawPoint(QPointF(s / 2, s * 0.77));
        break;
    }
    case MatrixCell::State::Missing: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    }
    case MatrixCell::State::None:
        break;
    }
    return pm;
}

} // namespace

QIcon icon(MatrixCell::State state)
{
    if (state == MatrixCell::State::None)
        return QIcon();
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(paint(state, size));
    return icon;
}

QColor background(MatrixCell::State state)
{
    switch (state) {
    case MatrixCell::State::Consistent:
        return QColor(0xe8, 0xf5, 0xe9);
    case MatrixCell::State::Drift:
        return QColor(0xff, 0xf3, 0xd6);
    case MatrixCell::State::Missing:
        return QColor(0xfd, 0xe4, 0xe4);
    case MatrixCell::State::None:
        break;
    }
    return QColor();
}

QColor foreground(MatrixCell::State state)
{
    switch (state) {
    case MatrixCell::State::Consistent:
        return QColor(0x1b, 0x3d, 0x1d);
    case MatrixCell::State::Drift:
        return QColor(0x5c, 0x3b, 0x00);
    case MatrixCell::State::Missing:
        return QColor(0x7a, 0x12, 0x12);
    case MatrixCell::State::None:
        break;
    }
    return QColor();
}

} // namespace ReleaseDeck::StateIcons
