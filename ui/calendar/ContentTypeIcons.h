#pragma once

#include "models/domain/ContentItem.h"

#include <QHash>
#include <QPixmap>

namespace cf {

// The content-type icons (resources/icons/ctype_<type id>.svg) rendered once
// per size and device pixel ratio: rasterising an SVG for each of thousands
// of painted items would cost more than the rest of the frame. Each view owns
// one, so there is no shared cache to guard.
class ContentTypeIcons
{
public:
    QPixmap pixmap(ContentType type, int size, qreal devicePixelRatio);
    static QString resourcePath(ContentType type);

private:
    QHash<QString, QPixmap> m_cache;
};

} // namespace cf
