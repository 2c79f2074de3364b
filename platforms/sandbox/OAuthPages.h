#pragma once

#include <QString>
#include <QStringList>

namespace cf::sandbox {

// The HTML the emulated authorize endpoints show. Plain pages without
// scripts; the consent page has buttons with ids "allow" and "deny" that a
// WebEngine test can click through runJavaScript.
QString consentPageHtml(const QString &platformTitle, const QString &clientId, const QStringList &scopes,
                        const QString &consentId);
QString oauthErrorPageHtml(const QString &platformTitle, const QString &message);
QString redirectLandingHtml(const QString &title);

} // namespace cf::sandbox
