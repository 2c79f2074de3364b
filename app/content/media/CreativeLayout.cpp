#include "app/content/media/CreativeLayout.h"

namespace cf {

namespace {

QRectF mirrored(const QRectF &rect, qreal canvasWidth)
{
    if (rect.isNull())
        return rect;
    return QRectF(canvasWidth - rect.x() - rect.width(), rect.y(), rect.width(), rect.height());
}

} // namespace

CreativeLayout computeCreativeLayout(const QSize &size, bool rightToLeft, bool hasPhoto, double reservedBottom)
{
    CreativeLayout l;
    const qreal w = size.width();
    const qreal h = size.height();
    l.canvas = QSizeF(w, h);
    l.unit = qMin(w, h);
    l.rightToLeft = rightToLeft;
    const qreal aspect = h / w;
    l.landscape = aspect < 0.9;
    const bool tall = aspect >= 1.7;

    const qreal margin = l.u(0.075);
    const qreal safeTop = tall ? h * 0.12 : 0;
    const qreal safeBottom = tall ? h * 0.18 : 0;
    l.content = QRectF(margin, margin + safeTop, w - 2 * margin, h - 2 * margin - safeTop - safeBottom);
    if (reservedBottom > 0) {
        const qreal reserve = h * reservedBottom;
        l.reserved = QRectF(l.content.left(), l.content.bottom() - reserve, l.content.width(), reserve);
        l.content.setBottom(l.reserved.top() - l.u(0.03));
    }

    const qreal logoHeight = l.u(0.085);
    l.logo = QRectF(l.content.left(), l.content.top(), logoHeight * 3.2, logoHeight);
    const qreal bodyTop = l.logo.bottom() + l.u(0.05);
    l.body = QRectF(l.content.left(), bodyTop, l.content.width(), l.content.bottom() - bodyTop);
    l.headlineMinPixels = int(l.u(0.04));
    l.headlineMaxLines = 3;

    if (hasPhoto && tall) {
        l.photoFullBleed = true;
        l.photo = QRectF(0, 0, w, h * 0.45);
        const qreal textTop = l.photo.bottom() + l.u(0.06);
        l.text = QRectF(l.content.left(), textTop, l.content.width(), l.content.bottom() - textTop);
        l.headlineMaxPixels = int(l.u(0.095));
    } else if (hasPhoto) {
        // Square, 4:5 and landscape: the photo is a tall panel on the end
        // side, the text a column on the start side under the logo.
        const qreal photoLeft = w * (l.landscape ? 0.54 : 0.5);
        const qreal photoBottom = l.reserved.isEmpty() ? h - margin : l.content.bottom();
        l.photo = QRectF(photoLeft, margin, w - photoLeft - margin, photoBottom - margin);
        const qreal textRight = photoLeft - l.u(0.07);
        l.text = QRectF(l.content.left(), bodyTop, textRight - l.content.left(), l.content.bottom() - bodyTop);
        l.headlineMaxPixels = int(l.u(l.landscape ? 0.1 : 0.085));
        l.headlineMaxLines = l.landscape ? 3 : 4;
    } else {
        l.text = QRectF(l.content.left(), bodyTop, l.content.width() * (l.landscape ? 0.7 : 0.94), l.body.height());
        l.headlineMaxPixels = int(l.u(l.landscape ? 0.125 : 0.135));
        l.headlineMaxLines = l.landscape ? 3 : 4;
        l.centreTextGroup = true;
    }

    if (rightToLeft) {
        l.logo = mirrored(l.logo, w);
        l.body = mirrored(l.body, w);
        l.photo = mirrored(l.photo, w);
        l.text = mirrored(l.text, w);
    }
    return l;
}

} // namespace cf
