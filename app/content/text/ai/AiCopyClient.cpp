#include "app/content/text/ai/AiCopyClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAiCopy, "cf.content.ai", QtWarningMsg)

namespace cf {

namespace {

// Models often wrap JSON in a Markdown fence despite being told not to.
QByteArray withoutFence(QByteArray text)
{
    text = text.trimmed();
    if (text.startsWith("```")) {
        const qsizetype lineEnd = text.indexOf('\n');
        text = lineEnd < 0 ? QByteArray() : text.mid(lineEnd + 1);
        if (text.endsWith("```"))
            text.chop(3);
    }
    return text.trimmed();
}

AiFailure failureForStatus(int status)
{
    if (status == 401 || status == 403)
        return AiFailure::Unauthorized;
    if (status == 429)
        return AiFailure::RateLimited;
    return AiFailure::HttpError;
}

} // namespace

AiCopyClient::AiCopyClient(QNetworkAccessManager &network, AiProviderConfig config, QObject *parent)
    : QObject(parent), m_network(network), m_config(std::move(config))
{
}

AiCopyClient::~AiCopyClient() = default;

AiResult AiCopyClient::parseResponse(const QByteArray &body, const QString &configuredModel)
{
    AiResult r;
    r.model = configuredModel;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject()) {
        r.failure = AiFailure::Malformed;
        r.detail = error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not an object");
        return r;
    }
    const QJsonObject root = doc.object();
    if (const QString model = root.value(QLatin1String("model")).toString(); !model.isEmpty())
        r.model = model;
    const QJsonValue content = root.value(QLatin1String("choices")).toArray().at(0).toObject().value(QLatin1String("message")).toObject().value(
        QLatin1String("content"));
    if (!content.isString()) {
        r.failure = AiFailure::Malformed;
        r.detail = QStringLiteral("no choices[0].message.content");
        return r;
    }
    const QJsonDocument inner = QJsonDocument::fromJson(withoutFence(content.toString().toUtf8()), &error);
    if (!inner.isObject()) {
        r.failure = AiFailure::Malformed;
        r.detail = QStringLiteral("message content is not a JSON object");
        return r;
    }
    r.content = inner.object();
    return r;
}

AiPrompt AiCopyClient::connectionTestPrompt()
{
    AiPrompt p;
    p.system = QStringLiteral("You answer with one JSON object and nothing else.");
    p.user = QStringLiteral("Reply with {\"ok\": true, \"ar\": \"<a three-word Arabic greeting>\"}.");
    p.temperature = 0;
    return p;
}

QString AiCopyClient::describeTest(const AiResult &r)
{
    if (r.ok())
        return QCoreApplication::translate("cf::AiCopyClient", "The provider answered correctly (model %1).").arg(r.model);
    // failureText speaks of template copy; a test made no copy.
    switch (r.failure) {
    case AiFailure::Network: return QCoreApplication::translate("cf::AiCopyClient", "The provider could not be reached: %1").arg(r.detail);
    case AiFailure::Timeout: return QCoreApplication::translate("cf::AiCopyClient", "The provider did not answer in time.");
    case AiFailure::Unauthorized: return QCoreApplication::translate("cf::AiCopyClient", "The provider refused the key (HTTP %1).").arg(r.httpStatus);
    case AiFailure::RateLimited: return QCoreApplication::translate("cf::AiCopyClient", "The provider's rate limit was reached (HTTP 429).");
    case AiFailure::HttpError: return QCoreApplication::translate("cf::AiCopyClient", "The provider answered with an error (HTTP %1).").arg(r.httpStatus);
    case AiFailure::Malformed: return QCoreApplication::translate("cf::AiCopyClient", "The provider's answer was not the expected JSON (%1).").arg(r.detail);
    case AiFailure::NotConfigured: return QCoreApplication::translate("cf::AiCopyClient", "Enter the base URL, the model and the key first.");
    default: return ai::failureText(r);
    }
}

void AiCopyClient::complete(const AiPrompt &prompt, Callback done)
{
    if (!m_config.isComplete()) {
        AiResult r;
        r.failure = AiFailure::NotConfigured;
        // Asynchronous even here, as promised.
        QTimer::singleShot(0, this, [done = std::move(done), r] { done(r); });
        return;
    }
    send(prompt, m_config.jsonMode, std::move(done));
}

void AiCopyClient::send(const AiPrompt &prompt, bool jsonMode, Callback done)
{
    QNetworkRequest request(m_config.completionsUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_config.apiKey);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QJsonObject body{{QStringLiteral("model"), m_config.model},
                     {QStringLiteral("temperature"), prompt.temperature},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), prompt.system}},
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), prompt.user}}}}};
    if (jsonMode)
        body.insert(QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});

    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    ++m_inFlight;
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_config.timeoutMs);

    connect(reply, &QNetworkReply::finished, this, [this, reply, timedOut, prompt, jsonMode, done = std::move(done)]() mutable {
        reply->deleteLater();
        --m_inFlight;
        AiResult r;
        r.model = m_config.model;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.httpStatus = status;
        const QByteArray payload = reply->readAll();
        if (*timedOut) {
            r.failure = AiFailure::Timeout;
        } else if (status == 0) {
            r.failure = AiFailure::Network;
            r.detail = reply->errorString();
        } else if (status < 200 || status >= 300) {
            // Some compatible servers (older local ones) refuse response_format:
            // ask once more without it.
            if (status == 400 && jsonMode && payload.contains("response_format")) {
                qCInfo(lcAiCopy) << "endpoint refused response_format; retrying without it";
                m_config.jsonMode = false;
                send(prompt, false, std::move(done));
                return;
            }
            r.failure = failureForStatus(status);
            r.detail = QString::fromUtf8(payload.left(200));
        } else {
            r = parseResponse(payload, m_config.model);
            r.httpStatus = status;
        }
        if (!r.ok())
            qCWarning(lcAiCopy) << "AI request failed:" << int(r.failure) << status;
        done(r);
    });
}

} // namespace cf
