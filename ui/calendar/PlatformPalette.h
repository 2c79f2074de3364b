#pragma once

#include "models/domain/Platform.h"

#include <QColor>

namespace cf {

// The one colour per platform used wherever items of several platforms
// appear together (calendar chips, legends, review lists), so a colour
// means the same platform on every screen. Close to each brand's own colour,
// darkened where the brand colour is too light to carry white text.
QColor platformColor(Platform platform);
// A light tint of platformColor() for backgrounds under dark text.
QColor platformTint(Platform platform);
// Black or white, whichever reads better on platformColor().
QColor platformTextColor(Platform platform);

} // namespace cf
