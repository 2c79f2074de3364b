#include "app/content/media/MediaLog.h"

// Debug messages only when asked for (QT_LOGGING_RULES), so the CLI stays quiet.
Q_LOGGING_CATEGORY(lcMedia, "cf.media", QtInfoMsg)
