#pragma once

#include <QByteArray>

namespace cf {

// The OAuth `state` of one authorization attempt: 256 bits from the system
// CSPRNG, accepted exactly once. A redirect whose state does not match, or a
// second redirect after the first was accepted, is rejected (RFC 6749 §10.12
// CSRF protection; also stops a replayed callback from being exchanged).
class OAuthState
{
public:
    OAuthState();

    // The value to put in the authorize URL.
    QByteArray value() const { return m_value; }
    // True when candidate equals the value and has not been consumed yet;
    // does not consume it (the loopback listener filters with this).
    bool matches(const QByteArray &candidate) const;
    // Like matches(), then marks the state used: a second call returns false.
    bool consume(const QByteArray &candidate);
    bool isConsumed() const { return m_consumed; }

private:
    QByteArray m_value;
    bool m_consumed = false;
};

} // namespace cf
