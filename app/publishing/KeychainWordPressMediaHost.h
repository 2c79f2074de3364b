#pragma once

#include "platforms/publishing/PublicMediaHost.h"

#include <memory>

class QNetworkAccessManager;

namespace cf {
class ConnectionRepository;
class EndpointMap;
class TokenVault;
class WordPressMediaHost;

// The media host chosen in Settings (a connected WordPress site), built
// from that connection's row (site address) and keychain entry (user name
// in extra["user"], application password) when a file is first uploaded,
// so a host that is never needed (text posts, TikTok videos) never touches
// the keychain and a problem with it surfaces as the upload's outcome, in
// words that name the media host rather than the platform being published
// to. The loaded credentials are kept for remove().
class KeychainWordPressMediaHost final : public PublicMediaHost,
                                         public std::enable_shared_from_this<KeychainWordPressMediaHost>
{
public:
    KeychainWordPressMediaHost(QNetworkAccessManager &network, const EndpointMap &endpoints,
                               const ConnectionRepository &connections, TokenVault &vault, qint64 connectionId);
    ~KeychainWordPressMediaHost() override;

    void upload(const PublishMedia &media, QObject *context, UploadDone done) override;
    void remove(const QString &handle, QObject *context, RemoveDone done) override;

private:
    using Ready = std::function<void(const std::shared_ptr<WordPressMediaHost> &host, const PublishOutcome &failure)>;
    void withHost(QObject *context, Ready ready);
    static PublishOutcome failure(PublishStatus status, PublishErrorKind kind, const QString &message);

    QNetworkAccessManager &m_network;
    const EndpointMap &m_endpoints;
    const ConnectionRepository &m_connections;
    TokenVault &m_vault;
    qint64 m_connectionId;
    std::shared_ptr<WordPressMediaHost> m_host; // once the credentials are loaded
};

} // namespace cf
