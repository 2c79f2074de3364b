#pragma once

#include <QByteArray>

namespace cf {

// Proof Key for Code Exchange (RFC 7636). The verifier is 32 bytes from the
// system CSPRNG in base64url (43 characters, the RFC's recommendation).
// Most providers want the S256 challenge, BASE64URL(SHA256(verifier)); the
// TikTok desktop Login Kit wants the lowercase hex of SHA256(verifier).
enum class PkceMethod { None, S256, S256Hex };

struct PkcePair
{
    QByteArray verifier;
    QByteArray challenge; // empty for PkceMethod::None
};

namespace pkce {
QByteArray generateVerifier();
QByteArray challengeS256(const QByteArray &verifier);
QByteArray challengeS256Hex(const QByteArray &verifier);
// A fresh verifier and its challenge for method.
PkcePair generate(PkceMethod method);
// The value of code_challenge_method for the authorize URL ("S256").
QByteArray methodParameter(PkceMethod method);
} // namespace pkce

} // namespace cf
