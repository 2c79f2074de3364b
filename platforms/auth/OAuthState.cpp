#include "platforms/auth/OAuthState.h"

#include "platforms/auth/RandomToken.h"

namespace cf {

OAuthState::OAuthState() : m_value(randomUrlSafeToken(32)) {}

bool OAuthState::matches(const QByteArray &candidate) const
{
    return !m_consumed && constantTimeEquals(candidate, m_value);
}

bool OAuthState::consume(const QByteArray &candidate)
{
    if (!matches(candidate))
        return false;
    m_consumed = true;
    return true;
}

} // namespace cf
