#pragma once

#include <QLoggingCategory>

// The logging category of the media module (creatives, voice-over, video,
// asset store, generation jobs): QT_LOGGING_RULES="cf.media.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
