#pragma once

#include <QFont>
#include <QString>

#include <optional>

namespace cf {

// The family names of the bundled fonts, handed to renderers running on
// worker threads (they never touch QFontDatabase themselves).
struct CreativeFonts
{
    QString latinFamily;  // "Noto Sans"
    QString arabicFamily; // "Noto Sans Arabic"

    // A font for text in `language` ("ar" or "en"): the language's own family
    // first and the other as fallback for mixed text (a brand name in Latin
    // letters inside an Arabic headline).
    QFont font(const QString &language, int pixelSize, bool bold) const;
};

// Registers the OFL fonts compiled in under :/fonts with QFontDatabase.
// QFontDatabase is not thread-safe for registration: the composition root
// (GUI main, CLI command, test) calls registerBundled() once on the main
// thread after the QGuiApplication exists and passes the result on.
class FontRegistry
{
public:
    // nullopt with a translated reason when a font is missing or unreadable.
    static std::optional<CreativeFonts> registerBundled(QString *error);
};

} // namespace cf
