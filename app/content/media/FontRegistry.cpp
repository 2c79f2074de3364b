#include "app/content/media/FontRegistry.h"

#include "app/content/media/MediaLog.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QStringList>

namespace cf {

QFont CreativeFonts::font(const QString &language, int pixelSize, bool bold) const
{
    QFont f;
    if (language == QLatin1String("ar"))
        f.setFamilies({arabicFamily, latinFamily});
    else
        f.setFamilies({latinFamily, arabicFamily});
    f.setPixelSize(qMax(1, pixelSize));
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    // Unhinted outlines keep glyph widths proportional to the size, so text
    // fitted at one size looks the same when the canvas is scaled.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

std::optional<CreativeFonts> FontRegistry::registerBundled(QString *error)
{
    struct Entry
    {
        const char *file;
        QString *family;
    };
    CreativeFonts fonts;
    const Entry entries[] = {
        {"NotoSans-Regular.ttf", &fonts.latinFamily},
        {"NotoSans-Bold.ttf", nullptr},
        {"NotoSansArabic-Regular.ttf", &fonts.arabicFamily},
        {"NotoSansArabic-Bold.ttf", nullptr},
    };
    for (const Entry &entry : entries) {
        const QString path = QStringLiteral(":/fonts/") + QLatin1String(entry.file);
        const int id = QFontDatabase::addApplicationFont(path);
        const QStringList families = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
        if (families.isEmpty()) {
            *error = QCoreApplication::translate("cf::FontRegistry", "The bundled font %1 could not be loaded.")
                         .arg(QLatin1String(entry.file));
            return std::nullopt;
        }
        if (entry.family)
            *entry.family = families.constFirst();
        qCDebug(lcMedia) << "registered font" << entry.file << families;
    }
    return fonts;
}

} // namespace cf
