#include "platforms/auth/Pkce.h"

#include "platforms/auth/RandomToken.h"

#include <QCryptographicHash>

namespace cf::pkce {

QByteArray generateVerifier() { return randomUrlSafeToken(32); }

QByteArray challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray challengeS256Hex(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toHex();
}

PkcePair generate(PkceMethod method)
{
    PkcePair pair;
    if (method == PkceMethod::None)
        return pair;
    pair.verifier = generateVerifier();
    pair.challenge = method == PkceMethod::S256Hex ? challengeS256Hex(pair.verifier) : challengeS256(pair.verifier);
    return pair;
}

QByteArray methodParameter(PkceMethod method)
{
    // TikTok's desktop variant still announces S256; only the encoding differs.
    return method == PkceMethod::None ? QByteArray() : QByteArrayLiteral("S256");
}

} // namespace cf::pkce
