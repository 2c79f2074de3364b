#include "app/review/ReviewLog.h"

Q_LOGGING_CATEGORY(lcReview, "cf.review", QtWarningMsg)
