#pragma once

#include "models/domain/Connection.h"
#include "platforms/auth/AuthTypes.h"
#include "ui/connections/ConnectionsServices.h"

#include <QObject>

#include <functional>

namespace cf {

// "Test connection": gets a usable token for the account (TokenRefresher,
// which renews it if needed), asks the platform who it belongs to with the
// same identity calls a sign-in makes, and checks that the answer is still
// this account. Nothing is written except what the refresher itself writes.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(const ConnectionsServices &services, QObject *parent = nullptr);

    // done gets a translated, one-line result; ok says whether it passed.
    using Done = std::function<void(bool ok, const QString &result)>;
    void test(const Connection &account, Done done);

private:
    void testWordPress(const Connection &account, const TokenSet &secret, Done done);

    const ConnectionsServices &m_services;
};

} // namespace cf
