#pragma once

#include <QByteArray>

namespace cf {

// The JSON object {"<provider id>": {"client_id": ..., "client_secret": ...}}
// this build was configured with (CMake CF_DEFAULT_APP_CREDENTIALS_FILE);
// "{}" when none. Generated at configure time, never committed.
QByteArray defaultAppCredentialsJson();

} // namespace cf
