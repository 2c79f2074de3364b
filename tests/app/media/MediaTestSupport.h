#pragma once

#include "app/content/media/FontRegistry.h"

#include <QImage>
#include <QRectF>
#include <QTest>

#include <optional>

namespace cf::test {

// The bundled fonts, registered once per test process (QFontDatabase needs
// the QGuiApplication that QTEST_MAIN creates).
inline const CreativeFonts &bundledFonts()
{
    static const CreativeFonts fonts = [] {
        QString error;
        const auto registered = FontRegistry::registerBundled(&error);
        if (!registered)
            qFatal("bundled fonts: %s", qPrintable(error));
        return *registered;
    }();
    return fonts;
}

// The horizontal extent of pixels in `box` that are close to `ink` (text
// drawn in that colour); an empty rect when there are none.
inline QRectF inkExtent(const QImage &image, const QRectF &box, const QColor &ink)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const QRect area = box.toAlignedRect().intersected(argb.rect());
    int left = area.right() + 1, right = area.left() - 1, top = area.bottom() + 1, bottom = area.top() - 1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const QRgb *row = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb px = row[x];
            if (qAbs(qRed(px) - ink.red()) < 40 && qAbs(qGreen(px) - ink.green()) < 40 && qAbs(qBlue(px) - ink.blue()) < 40) {
                left = qMin(left, x);
                right = qMax(right, x);
                top = qMin(top, y);
                bottom = qMax(bottom, y);
            }
        }
    }
    if (right < left)
        return {};
    return QRectF(QPointF(left, top), QPointF(right + 1, bottom + 1));
}

} // namespace cf::test
