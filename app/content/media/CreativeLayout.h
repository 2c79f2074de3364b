#pragma once

#include <QRectF>
#include <QSize>

namespace cf {

// The grid of one creative: margins, platform safe zones and the boxes of
// the logo, the product photo and the text column. Computed for left-to-right
// and mirrored for right-to-left, so an Arabic creative is the true mirror
// image of the English one (logo and text start at the right).
//
// Proportions are fractions of the short side (`unit`), so every size shares
// one visual rhythm. 9:16 canvases keep text out of the top 12 % and the
// bottom 18 %, where Stories, Reels, TikTok and Snapchat draw their own UI.
struct CreativeLayout
{
    QSizeF canvas;
    qreal unit = 0; // the short side in pixels
    bool landscape = false;
    bool rightToLeft = false;
    QRectF content; // inside margins and safe zones
    QRectF logo;    // the most the logo may take, at the start edge
    QRectF body;    // below the logo row, full content width
    QRectF photo;   // empty without a product photo
    QRectF text;    // kicker, headline, offer and call to action
    QRectF reserved; // kept free under the content for captions; may be empty

    // 9:16 canvases show the photo edge to edge across the top (under the
    // platform's own top bar, where only picture, never text, belongs) and
    // fade it into the background; the logo then sits on the photo.
    bool photoFullBleed = false;

    // Headline sizes and line limits suited to this canvas.
    int headlineMaxPixels = 0;
    int headlineMinPixels = 0;
    int headlineMaxLines = 3;
    // True when the text group is centred in its column (no photo above it).
    bool centreTextGroup = false;

    qreal u(qreal fraction) const { return unit * fraction; }
    // x of the start edge of a box of width w placed at the start of `area`.
    qreal startX(const QRectF &area, qreal width) const { return rightToLeft ? area.right() - width : area.left(); }
};

// reservedBottom: fraction of the height kept free at the bottom of the content area.
CreativeLayout computeCreativeLayout(const QSize &size, bool rightToLeft, bool hasPhoto, double reservedBottom = 0);

} // namespace cf
