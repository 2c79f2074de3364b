#include "app/core/LanguageController.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLanguage, "campaignforge.language")

namespace cf {

LanguageController::LanguageController(QObject *parent) : QObject(parent) {}

LanguageController::~LanguageController() { removeTranslators(); }

QStringList LanguageController::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ar")};
}

QString LanguageController::languageForLocale(const QLocale &locale)
{
    const QString code = QLocale::languageToCode(locale.language());
    return supportedLanguages().contains(code) ? code : QStringLiteral("en");
}

Qt::LayoutDirection LanguageController::directionOf(const QString &language)
{
    return QLocale(language).textDirection();
}

bool LanguageController::setLanguage(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    if (language == m_current)
        return true;

    auto ours = std::make_unique<QTranslator>();
    // The catalogues are compiled into the binary (see translations/).
    if (!ours->load(QStringLiteral(":/i18n/campaignforge_%1.qm").arg(language))) {
        qCWarning(lcLanguage) << "no compiled catalogue for" << language;
        return false;
    }
    auto qtBase = std::make_unique<QTranslator>();
    // Qt's own catalogue is optional: English has none, and a system may not
    // ship the Arabic one. Our strings still switch without it.
    if (!qtBase->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qtBase.reset();

    removeTranslators();
    m_ours = std::move(ours);
    m_qtBase = std::move(qtBase);
    QCoreApplication::installTranslator(m_ours.get());
    if (m_qtBase)
        QCoreApplication::installTranslator(m_qtBase.get());
    m_current = language;
    QLocale::setDefault(QLocale(language));
    Q_EMIT languageChanged(language, directionOf(language));
    return true;
}

void LanguageController::removeTranslators()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qtBase)
        QCoreApplication::removeTranslator(m_qtBase.get());
    m_ours.reset();
    m_qtBase.reset();
}

} // namespace cf
