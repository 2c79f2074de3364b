#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace cf {

// Where the optional AI copy provider lives: any OpenAI-compatible
// chat-completions endpoint. Comes from AppSettings (base URL, model); the
// key comes from the keychain (AiKeyStore) and is never stored here longer
// than one generation run.
struct AiProviderConfig
{
    QString baseUrl; // "https://api.openai.com/v1"; requests go to <baseUrl>/chat/completions
    QString model;
    QByteArray apiKey;
    int timeoutMs = 20000;  // per request; drafting never waits longer than this for one answer
    int maxInFlight = 2;    // requests at the same time
    int runBudgetMs = 120000; // a whole campaign; items not asked by then keep template copy
    bool jsonMode = true;   // send response_format json_object (dropped once when the endpoint refuses it)

    bool isComplete() const { return !baseUrl.isEmpty() && !model.isEmpty() && !apiKey.isEmpty(); }
    QUrl completionsUrl() const;
};

// Why an AI answer could not be used. The writer records it (translated)
// in ContentCopy::fallbackReason and keeps the template copy.
enum class AiFailure {
    None,
    NotConfigured, // no base URL, model or key
    Network,       // connection refused, host not found, TLS, no network
    Timeout,
    Unauthorized,  // HTTP 401 / 403: the key is wrong or lacks access
    RateLimited,   // HTTP 429
    HttpError,     // any other non-2xx answer
    Malformed,     // the answer or the copy inside it is not the expected JSON
    Rejected,      // the copy broke a limit or the brand guard
};

struct AiResult
{
    AiFailure failure = AiFailure::None;
    int httpStatus = 0;
    QString detail;      // technical detail (error string, finding message); never contains the key
    QJsonObject content; // the parsed JSON object the model returned
    QString model;       // the model that answered (from the response, else the configured one)

    bool ok() const { return failure == AiFailure::None; }
};

namespace ai {
// The secret's keychain entry. One provider per installation for now.
QString keychainKey();
// Checks a base URL typed by the user: http(s), a host, no query. Returns a
// translated problem or an empty string.
QString validateBaseUrl(const QString &url);
// A translated sentence for the user saying why the template copy was kept.
QString failureText(const AiResult &result);
// True for failures that will repeat for every item of the run (the
// endpoint is down, the key is wrong): the writer stops asking after one.
bool failureStopsRun(AiFailure failure);
} // namespace ai

} // namespace cf
