#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace cf {

// Loads and swaps the application's translators at runtime: our own
// catalogue plus Qt's qtbase catalogue, so standard dialogs and context
// menus follow the same language. Installing a translator makes Qt post a
// LanguageChange event to every widget, which is how screens retranslate.
class LanguageController : public QObject
{
    Q_OBJECT
public:
    explicit LanguageController(QObject *parent = nullptr);
    ~LanguageController() override;

    // The languages the product ships, as BCP-47 codes.
    static QStringList supportedLanguages();
    // The language to use at first start: the system's, if we ship it.
    static QString languageForLocale(const QLocale &locale);
    // Text direction of a language, from Qt's locale data rather than a list.
    static Qt::LayoutDirection directionOf(const QString &language);

    QString currentLanguage() const { return m_current; }

    // Installs the catalogues for the language. Returns false (and keeps the
    // previous language) when the language is not shipped.
    bool setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language, Qt::LayoutDirection direction);

private:
    void removeTranslators();

    QString m_current;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qtBase;
};

} // namespace cf
