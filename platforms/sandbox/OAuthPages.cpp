#include "platforms/sandbox/OAuthPages.h"

namespace cf::sandbox {

namespace {
QString page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n<body>\n%2\n</body></html>\n")
        .arg(title.toHtmlEscaped(), body);
}
} // namespace

QString consentPageHtml(const QString &platformTitle, const QString &clientId, const QStringList &scopes,
                        const QString &consentId)
{
    QString scopeItems;
    for (const QString &scope : scopes)
        scopeItems += QStringLiteral("<li class=\"scope\">%1</li>").arg(scope.toHtmlEscaped());
    // The form posts back to the authorize URL itself; the consent id names
    // the validated request the sandbox keeps until the decision arrives.
    const QString body = QStringLiteral(
        "<h1>%1 (sandbox)</h1>\n"
        "<p id=\"client\">%2 wants access to your account.</p>\n"
        "<ul id=\"scopes\">%3</ul>\n"
        "<form method=\"post\" id=\"consent\">\n"
        "<input type=\"hidden\" name=\"consent_id\" value=\"%4\">\n"
        "<button type=\"submit\" id=\"allow\" name=\"decision\" value=\"allow\">Allow</button>\n"
        "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">Deny</button>\n"
        "</form>")
                             .arg(platformTitle.toHtmlEscaped(), clientId.toHtmlEscaped(), scopeItems, consentId.toHtmlEscaped());
    return page(platformTitle, body);
}

QString oauthErrorPageHtml(const QString &platformTitle, const QString &message)
{
    return page(platformTitle, QStringLiteral("<h1>%1 (sandbox)</h1>\n<p id=\"error\">%2</p>")
                                   .arg(platformTitle.toHtmlEscaped(), message.toHtmlEscaped()));
}

QString redirectLandingHtml(const QString &title)
{
    return page(title, QStringLiteral("<p id=\"success\">Success</p>"));
}

} // namespace cf::sandbox
