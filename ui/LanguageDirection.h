#pragma once

namespace cf {

class LanguageController;

// Makes the application's layout direction follow the language: from now on
// every languageChanged sets QGuiApplication::layoutDirection, which mirrors
// every widget that has not fixed its own direction. Call it before the
// first setLanguage() so the start-up language is applied too.
void followLanguageDirection(LanguageController &language);

} // namespace cf
