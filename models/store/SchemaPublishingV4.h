#pragma once

#include <QStringList>

namespace cf {

// Schema version 4 (publishing, issue #7): publish_targets holds one row per
// (content item, connection) with its state machine, claim, current attempt,
// request fingerprint, result, error and checkpoints; rate_limits keeps each
// account's and app's limiter so limits survive restarts.
QStringList schemaV4Statements();

} // namespace cf
