#pragma once

#include "app/content/text/ai/AiProvider.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cf {

// One chat-completions exchange, as the prompt builder writes it.
struct AiPrompt
{
    QString system;
    QString user;
    double temperature = 0.8;
};

// Talks to an OpenAI-compatible chat-completions endpoint: POST
// <base>/chat/completions with "Authorization: Bearer <key>", the model, the
// system and user messages, the temperature and (where the endpoint accepts
// it) response_format json_object. The answer's choices[0].message.content
// must be a JSON object (a ```json fence around it is tolerated); it comes
// back in AiResult::content. Each request is aborted after timeoutMs.
// Asynchronous; the callback runs exactly once, on this object's thread, and
// not at all once the client is destroyed.
class AiCopyClient : public QObject
{
    Q_OBJECT
public:
    AiCopyClient(QNetworkAccessManager &network, AiProviderConfig config, QObject *parent = nullptr);
    ~AiCopyClient() override;

    using Callback = std::function<void(const AiResult &)>;
    void complete(const AiPrompt &prompt, Callback done);

    const AiProviderConfig &config() const { return m_config; }
    int inFlight() const { return m_inFlight; }

    // A tiny request that asks for {"ok": true}: the settings page's and the
    // CLI's "test" make one real round trip with it.
    static AiPrompt connectionTestPrompt();
    // A translated sentence on a test's outcome.
    static QString describeTest(const AiResult &result);

    // Parses a chat-completions response body; public for tests.
    static AiResult parseResponse(const QByteArray &body, const QString &configuredModel);

private:
    void send(const AiPrompt &prompt, bool jsonMode, Callback done);

    QNetworkAccessManager &m_network;
    AiProviderConfig m_config;
    int m_inFlight = 0;
};

} // namespace cf
