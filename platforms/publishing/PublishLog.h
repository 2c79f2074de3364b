#pragma once

#include <QLoggingCategory>

namespace cf {

// "cf.publish": the adapters and their HTTP plumbing. Never logs tokens,
// message bodies or full URLs with their query (tokens travel there).
Q_DECLARE_LOGGING_CATEGORY(lcPublish)

} // namespace cf
