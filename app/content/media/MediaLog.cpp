#include "app/content/media/MediaLog.h"

Q_LOGGING_CATEGORY(lcMedia, "cf.media")
