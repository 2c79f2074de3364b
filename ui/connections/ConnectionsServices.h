#pragma once

#include "platforms/auth/AuthTypes.h"

#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace cf {

class ConnectionRepository;
class ConnectionService;
class EndpointMap;
class PlatformAppCredentials;
class TokenRefresher;
class TokenVault;

// What the Connections screen works with, built by the composition root
// (app/gui/main.cpp or a test) and owned there; everything must outlive the
// widgets that are given it.
struct ConnectionsServices
{
    ConnectionService &service;
    ConnectionRepository &repository;
    PlatformAppCredentials &apps;
    TokenVault &vault;
    TokenRefresher &refresher;
    const EndpointMap &endpoints;
    QNetworkAccessManager &network;
    UtcNow now;
    // Opens a URL in the system browser (QDesktopServices::openUrl in the app).
    std::function<bool(const QUrl &)> openBrowser;
    // How long an embedded sign-in window waits for the user.
    std::chrono::milliseconds signInTimeout = std::chrono::minutes(5);
};

} // namespace cf
