#pragma once

#include <QLoggingCategory>

namespace cf {

// The one logging category of platforms/auth ("cf.auth"). Messages name the
// provider, the step and HTTP status codes; never a token, code, verifier,
// state, secret or password.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace cf
