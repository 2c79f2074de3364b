#include "app/content/text/ai/AiProvider.h"

#include <QCoreApplication>

namespace cf {

QUrl AiProviderConfig::completionsUrl() const
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QStringLiteral("/chat/completions"), QUrl::StrictMode);
}

namespace ai {

QString keychainKey() { return QStringLiteral("campaignforge/ai/default"); }

QString validateBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("cf::AiProvider", "Enter the provider's base URL, e.g. https://api.openai.com/v1.");
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return QCoreApplication::translate("cf::AiProvider", "\"%1\" is not an http or https address.").arg(text.trimmed());
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return QCoreApplication::translate("cf::AiProvider", "The base URL must not contain a query, a fragment or a user name.");
    return {};
}

QString failureText(const AiResult &r)
{
    switch (r.failure) {
    case AiFailure::None: return {};
    case AiFailure::NotConfigured:
        return QCoreApplication::translate("cf::AiProvider", "The AI provider is not set up (base URL, model and key are needed); template copy was used.");
    case AiFailure::Network:
        return QCoreApplication::translate("cf::AiProvider", "The AI provider could not be reached (%1); template copy was used.").arg(r.detail);
    case AiFailure::Timeout:
        return QCoreApplication::translate("cf::AiProvider", "The AI provider did not answer in time; template copy was used.");
    case AiFailure::Unauthorized:
        return QCoreApplication::translate("cf::AiProvider", "The AI provider refused the key (HTTP %1); template copy was used.").arg(r.httpStatus);
    case AiFailure::RateLimited:
        return QCoreApplication::translate("cf::AiProvider", "The AI provider's rate limit was reached (HTTP 429); template copy was used.");
    case AiFailure::HttpError:
        return QCoreApplication::translate("cf::AiProvider", "The AI provider answered with an error (HTTP %1); template copy was used.").arg(r.httpStatus);
    case AiFailure::Malformed:
        return QCoreApplication::translate("cf::AiProvider", "The AI provider's answer was not the expected JSON (%1); template copy was used.").arg(r.detail);
    case AiFailure::Rejected:
        return QCoreApplication::translate("cf::AiProvider", "The AI copy did not pass the checks (%1); template copy was used.").arg(r.detail);
    }
    return {};
}

bool failureStopsRun(AiFailure failure)
{
    switch (failure) {
    case AiFailure::NotConfigured:
    case AiFailure::Network:
    case AiFailure::Timeout:
    case AiFailure::Unauthorized:
    case AiFailure::RateLimited:
        return true;
    default:
        return false;
    }
}

} // namespace ai
} // namespace cf
