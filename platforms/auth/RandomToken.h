#pragma once

#include <QByteArray>

namespace cf {

// byteCount bytes from QRandomGenerator::system() (the OS CSPRNG), in
// base64url without padding: for PKCE verifiers and OAuth state values.
QByteArray randomUrlSafeToken(int byteCount);

// Compares two secrets in time that does not depend on where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace cf
