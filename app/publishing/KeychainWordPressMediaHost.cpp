#include "app/publishing/KeychainWordPressMediaHost.h"

#include "app/publishing/PublishingLog.h"
#include "models/store/ConnectionRepository.h"
#include "platforms/auth/TokenVault.h"
#include "platforms/publishing/WordPressMediaHost.h"

#include <QCoreApplication>

namespace cf {

KeychainWordPressMediaHost::KeychainWordPressMediaHost(QNetworkAccessManager &network, const EndpointMap &endpoints,
                                                       const ConnectionRepository &connections, TokenVault &vault,
                                                       qint64 connectionId)
    : m_network(network), m_endpoints(endpoints), m_connections(connections), m_vault(vault), m_connectionId(connectionId)
{
}

KeychainWordPressMediaHost::~KeychainWordPressMediaHost() = default;

PublishOutcome KeychainWordPressMediaHost::failure(PublishStatus status, PublishErrorKind kind, const QString &message)
{
    PublishOutcome outcome;
    outcome.status = status;
    outcome.error = kind;
    outcome.platformMessage = message;
    // Never the publishing platform's 401: its token is not the problem.
    outcome.unauthorized = false;
    return outcome;
}

void KeychainWordPressMediaHost::withHost(QObject *context, Ready ready)
{
    if (m_host)
        return ready(m_host, PublishOutcome());
    const StoreResult<Connection> row = m_connections.find(m_connectionId);
    if (!row || row->platform != Platform::WordPress) {
        return ready(nullptr, failure(PublishStatus::FailedPermanent, PublishErrorKind::MediaRejected,
                                      QCoreApplication::translate("cf::KeychainWordPressMediaHost",
                                                                  "The WordPress site chosen as media host is no longer "
                                                                  "connected. Choose a media host again in Settings.")));
    }
    if (row->status != ConnectionStatus::Connected) {
        return ready(nullptr, failure(PublishStatus::FailedPermanent, PublishErrorKind::TokenExpiredOrInvalid,
                                      QCoreApplication::translate("cf::KeychainWordPressMediaHost",
                                                                  "The media host %1 needs attention under Connections "
                                                                  "before files can be put on it.")
                                          .arg(row->accountName)));
    }
    const Connection site = *row;
    std::weak_ptr<KeychainWordPressMediaHost> weak = weak_from_this();
    m_vault.load(Platform::WordPress, site.id, context,
                 [weak, site, ready](const std::optional<TokenSet> &tokens, const AuthError &error) {
                     const auto self = weak.lock();
                     if (!self)
                         return;
                     if (error.isError()) {
                         // A locked keychain: nothing was sent anywhere, try again later.
                         return ready(nullptr, failure(PublishStatus::FailedRetryable, PublishErrorKind::PlatformUnavailable,
                                                       error.message));
                     }
                     const QString user = tokens ? tokens->extra.value(QStringLiteral("user")).toString() : QString();
                     if (!tokens || tokens->accessToken.isEmpty() || user.isEmpty()) {
                         return ready(nullptr,
                                      failure(PublishStatus::FailedPermanent, PublishErrorKind::TokenExpiredOrInvalid,
                                              QCoreApplication::translate("cf::KeychainWordPressMediaHost",
                                                                          "The application password of the media host %1 "
                                                                          "is not in the keychain. Connect the site again.")
                                                  .arg(site.accountName)));
                     }
                     self->m_host = std::make_shared<WordPressMediaHost>(self->m_network, self->m_endpoints, site.apiBase,
                                                                         user, tokens->accessToken);
                     ready(self->m_host, PublishOutcome());
                 });
}

void KeychainWordPressMediaHost::upload(const PublishMedia &media, QObject *context, UploadDone done)
{
    withHost(context, [media, context, done = std::move(done)](const std::shared_ptr<WordPressMediaHost> &host,
                                                              const PublishOutcome &failed) {
        if (!host)
            return done(std::nullopt, failed);
        host->upload(media, context, done);
    });
}

void KeychainWordPressMediaHost::remove(const QString &handle, QObject *context, RemoveDone done)
{
    withHost(context, [handle, context, done = std::move(done)](const std::shared_ptr<WordPressMediaHost> &host,
                                                               const PublishOutcome &) {
        if (!host) {
            qCWarning(lcPublishing) << "the media host is not usable; a hosted file stays on the site";
            return done(false);
        }
        // The inner host stays alive until its answer, even if this object goes first.
        host->remove(handle, context, [host, done](bool removed) { done(removed); });
    });
}

} // namespace cf
