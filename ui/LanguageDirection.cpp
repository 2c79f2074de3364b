#include "ui/LanguageDirection.h"

#include "app/core/LanguageController.h"

#include <QGuiApplication>

namespace cf {

void followLanguageDirection(LanguageController &language)
{
    QObject::connect(&language, &LanguageController::languageChanged, &language,
        [](const QString &, Qt::LayoutDirection direction) { QGuiApplication::setLayoutDirection(direction); });
}

} // namespace cf
