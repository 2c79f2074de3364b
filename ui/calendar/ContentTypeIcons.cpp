#include "ui/calendar/ContentTypeIcons.h"

#include <QIcon>

namespace cf {

QString ContentTypeIcons::resourcePath(ContentType type)
{
    return QStringLiteral(":/icons/ctype_%1.svg").arg(enumId(type));
}

QPixmap ContentTypeIcons::pixmap(ContentType type, int size, qreal devicePixelRatio)
{
    const QString key = QStringLiteral("%1/%2/%3").arg(enumId(type)).arg(size).arg(devicePixelRatio);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return it.value();
    const QPixmap pm = QIcon(resourcePath(type)).pixmap(QSize(size, size), devicePixelRatio);
    m_cache.insert(key, pm);
    return pm;
}

} // namespace cf
