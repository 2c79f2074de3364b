#include "ui/pages/ConnectionsPage.h"

#include "models/store/ConnectionRepository.h"
#include "platforms/auth/ConnectionService.h"
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenVault.h"
#include "platforms/net/EndpointMap.h"
#include "ui/UiLog.h"
#include "ui/connections/ConnectionStateText.h"
#include "ui/connections/ConnectionTester.h"
#include "ui/connections/PlatformCard.h"
#include "ui/connections/SignInLauncher.h"
#include "ui/connections/WordPressConnectDialog.h"
#include "ui/settings/PlatformAppsDialog.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageBanner.h"

#include <QEvent>

#include <algorithm>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cf {
namespace {
constexpr qint64 kMaxPictureBytes = 1024 * 1024;
}

ConnectionsPage::ConnectionsPage(const ConnectionsServices *services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_banner(new MessageBanner(this)),
      m_retry(new QPushButton(this)),
      m_intro(new QLabel(this)),
      m_empty(new EmptyState(QStringLiteral(":/icons/empty-connections.svg"), this)),
      m_scroll(new QScrollArea(this))
{
    m_banner->setObjectName(QStringLiteral("connectionsBanner"));
    m_banner->hide();
    m_retry->setObjectName(QStringLiteral("retryKeychain"));
    m_retry->hide();
    m_intro->setObjectName(QStringLiteral("connectionsIntro"));
    m_intro->setWordWrap(true);
    m_intro->setStyleSheet(QStringLiteral("color: #55606E;"));

    auto *cardsHost = new QWidget(m_scroll);
    auto *cards = new QVBoxLayout(cardsHost);
    cards->setContentsMargins(0, 0, 8, 0);
    cards->setSpacing(10);
    // The explanation scrolls with the cards, so the page never forces the
    // window to grow (long translations wrap into many lines).
    m_intro->setParent(cardsHost);
    m_empty->setParent(cardsHost);
    cards->addWidget(m_empty);
    cards->addWidget(m_intro);
    for (Platform platform : kAllPlatforms) {
        auto *card = new PlatformCard(platform, cardsHost);
        m_cards[platform] = card;
        cards->addWidget(card);
        connect(card, &PlatformCard::connectRequested, this, &ConnectionsPage::connectPlatform);
        connect(card, &PlatformCard::reconnectRequested, this, &ConnectionsPage::reconnect);
        connect(card, &PlatformCard::disconnectRequested, this, &ConnectionsPage::confirmDisconnect);
        connect(card, &PlatformCard::testRequested, this, &ConnectionsPage::testAccount);
        connect(card, &PlatformCard::selectedChanged, this, &ConnectionsPage::setSelected);
        connect(card, &PlatformCard::appCredentialsRequested, this, &ConnectionsPage::showPlatformApps);
    }
    cards->addStretch(1);
    m_scroll->setWidget(cardsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(12);
    layout->addLayout(bannerRow);
    layout->addWidget(m_scroll, 1);

    connect(m_retry, &QPushButton::clicked, this, &ConnectionsPage::reload);
    if (m_services) {
        m_launcher = new SignInLauncher(*m_services, this);
        m_tester = new ConnectionTester(*m_services, this);
        connect(&m_services->service, &ConnectionService::connected, this, [this](const Connection &connection) {
            reload();
            if (PlatformCard *target = card(connection.platform))
                target->setMessage(tr("Connected as %1.").arg(connection.accountName), false);
        });
        connect(&m_services->service, &ConnectionService::connectFailed, this, [this] { reload(); });
        connect(m_launcher, &SignInLauncher::finished, this, [this](const QString &providerId, const AuthError &error) {
            if (!error.isError() || error.code == AuthError::Code::Cancelled)
                return;
            const OAuthProvider *provider = m_services->service.providers().find(providerId);
            if (PlatformCard *target = provider ? card(provider->primaryPlatform()) : nullptr)
                target->setMessage(error.message, true);
        });
    }
    retranslateUi();
    reload();
}

ConnectionsPage::~ConnectionsPage() = default;

PlatformCard *ConnectionsPage::card(Platform platform) const
{
    const auto it = m_cards.find(platform);
    return it == m_cards.end() ? nullptr : it->second;
}

QString ConnectionsPage::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void ConnectionsPage::setUnavailableReason(const QString &reason)
{
    m_unavailableReason = reason;
    showBanner();
}

void ConnectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionsPage::retranslateUi()
{
    QStringList names;
    for (Platform platform : kAllPlatforms)
        names << platformDisplayName(platform);
    m_empty->setTitle(tr("No accounts connected"));
    m_intro->setText(
        tr("Connect the accounts CampaignForge publishes to: %1. You sign in on each platform's own page, and "
           "the access it grants is kept in your system's keychain, never in the campaign database. Until an "
           "account is connected, campaigns can still be planned, generated, reviewed and exported.")
            .arg(QLocale().createSeparatedList(names)));
    m_empty->setExplanation(m_intro->text());
    m_retry->setText(tr("Try again"));
    showBanner();
}

void ConnectionsPage::showBanner()
{
    m_retry->setVisible(m_keychainUnavailable);
    if (!m_services) {
        // No reason given: a window built without connections (tests); the
        // cards then simply offer no actions.
        m_banner->setMessage(MessageBanner::Severity::Warning, m_unavailableReason);
        m_banner->setVisible(!m_unavailableReason.isEmpty());
    } else if (!m_storageError.isEmpty()) {
        m_banner->setMessage(MessageBanner::Severity::Error,
                             tr("The connected accounts could not be read: %1").arg(m_storageError));
        m_banner->show();
    } else if (m_keychainUnavailable) {
        m_banner->setMessage(MessageBanner::Severity::Error,
                             QStringLiteral("%1\n%2").arg(KeychainStore::unavailableMessage(), keychainFixAdvice()));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void ConnectionsPage::reload()
{
    ++m_generation;
    m_rows.clear();
    m_storageError.clear();
    if (m_services) {
        const auto rows = m_services->repository.list();
        if (rows)
            m_rows = *rows;
        else
            m_storageError = rows.error().message;
    }
    // With nothing connected the explanation is the page's empty state;
    // afterwards one line above the cards.
    const bool anyAccount = std::any_of(m_rows.begin(), m_rows.end(),
                                        [](const Connection &row) { return row.kind == ConnectionKind::Account; });
    m_empty->setVisible(!anyAccount);
    m_intro->setVisible(anyAccount);
    refreshCards();
    showBanner();
    // The keychain is asked only once the page is on screen: starting the
    // app must not make the system prompt to unlock a keyring.
    m_probePending = m_services && !isVisible();
    if (m_services && !m_probePending)
        probeKeychain(m_rows);
    else if (!m_services)
        Q_EMIT reloaded();
}

void ConnectionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_probePending)
        reload();
}

void ConnectionsPage::probeKeychain(const std::vector<Connection> &rows)
{
    // One read per account and per provider tells whether the keychain is
    // reachable, whether each sign-in is still in it, and which platforms
    // still need app credentials. KeychainStore retries a failing job once.
    const int generation = m_generation;
    auto unavailable = std::make_shared<bool>(false);
    auto missingTokens = std::make_shared<QSet<qint64>>();
    auto missingApps = std::make_shared<QSet<QString>>();
    const auto finishOne = [this, generation, unavailable, missingTokens, missingApps] {
        if (generation != m_generation || --m_pendingProbes > 0)
            return;
        m_keychainUnavailable = *unavailable;
        m_tokensMissing = *missingTokens;
        m_appsMissing = *missingApps;
        refreshCards();
        showBanner();
        Q_EMIT reloaded();
    };
    m_pendingProbes = 1; // released below, after every probe has been started
    for (const Connection &row : rows) {
        if (row.kind != ConnectionKind::Account)
            continue;
        ++m_pendingProbes;
        m_services->vault.load(row.platform, row.id, this,
                               [id = row.id, unavailable, missingTokens, finishOne](const std::optional<TokenSet> &tokens,
                                                                                    const AuthError &error) {
            if (error.code == AuthError::Code::KeychainUnavailable)
                *unavailable = true;
            else if (!error.isError() && !tokens)
                missingTokens->insert(id);
            finishOne();
        });
    }
    for (const OAuthProvider &provider : m_services->service.providers().providers()) {
        ++m_pendingProbes;
        m_services->apps.get(provider.id, this,
                             [id = provider.id, unavailable, missingApps, finishOne](const std::optional<AppCredentials> &app,
                                                                                     bool, const AuthError &error) {
            if (error.code == AuthError::Code::KeychainUnavailable)
                *unavailable = true;
            else if (!error.isError() && !app)
                missingApps->insert(id);
            finishOne();
        });
    }
    finishOne();
}

void ConnectionsPage::refreshCards()
{
    QHash<qint64, const Connection *> byId;
    for (const Connection &row : m_rows)
        byId.insert(row.id, &row);
    const QDateTime now = m_services ? m_services->now() : QDateTime::currentDateTimeUtc();
    for (auto &[platform, card] : m_cards) {
        PlatformCardData cardData;
        cardData.platform = platform;
        cardData.nowUtc = now;
        cardData.keychainUnavailable = m_keychainUnavailable;
        cardData.testResults = m_testResults;
        cardData.pictures = m_pictures;
        if (m_services && platform != Platform::WordPress) {
            if (const OAuthProvider *provider = m_services->service.providers().forPlatform(platform)) {
                cardData.provider = *provider;
                cardData.appCredentialsMissing = m_appsMissing.contains(provider->id);
            }
        }
        for (const Connection &row : m_rows) {
            if (row.platform != platform)
                continue;
            if (row.kind == ConnectionKind::Account) {
                PlatformCardData::AccountEntry entry{row, {}, m_tokensMissing.contains(row.id)};
                for (const Connection &child : m_rows)
                    if (child.parentId == row.id)
                        entry.children.push_back(child);
                cardData.accounts.push_back(entry);
                if (!row.pictureUrl.isEmpty())
                    fetchPicture(row.pictureUrl);
            } else if (row.parentId) {
                const Connection *parent = byId.value(*row.parentId);
                if (parent && parent->platform != platform)
                    cardData.foundElsewhere.emplace_back(row, parent->accountName);
            }
        }
        card->setData(cardData);
    }
}

void ConnectionsPage::fetchPicture(const QString &url)
{
    if (!m_services || m_picturesRequested.contains(url))
        return;
    const QUrl address(url);
    if (address.scheme() != QLatin1String("https") && address.scheme() != QLatin1String("http"))
        return;
    m_picturesRequested.insert(url);
    QNetworkRequest request(m_services->endpoints.rewrite(address));
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_services->network.get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxPictureBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        QPixmap picture;
        if (reply->error() == QNetworkReply::NoError && picture.loadFromData(reply->readAll())) {
            m_pictures.insert(url, picture);
            refreshCards();
        }
    });
}

void ConnectionsPage::connectPlatform(Platform platform, std::optional<RedirectKind> kind)
{
    if (!m_services)
        return;
    PlatformCard *target = card(platform);
    target->setMessage({}, false);
    if (platform == Platform::WordPress) {
        auto *dialog = new WordPressConnectDialog(m_services->service, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
        return;
    }
    const OAuthProvider *provider = m_services->service.providers().forPlatform(platform);
    if (!provider)
        return;
    if (!m_launcher->start(provider->id, kind))
        target->setMessage(tr("Finish the sign-in that is already open first."), true);
}

void ConnectionsPage::reconnect(const Connection &account)
{
    if (account.platform == Platform::WordPress || account.provider == QLatin1String("wordpress")) {
        connectPlatform(Platform::WordPress, std::nullopt);
        return;
    }
    if (m_services && !m_launcher->start(account.provider, std::nullopt))
        card(account.platform)->setMessage(tr("Finish the sign-in that is already open first."), true);
}

void ConnectionsPage::confirmDisconnect(const Connection &account)
{
    if (!m_services)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disconnect %1?").arg(account.accountName),
                                tr("CampaignForge will withdraw its access at %1 where the platform allows it, "
                                   "delete the saved sign-in from the keychain and forget the account and what was "
                                   "found through it. Scheduled posts to it will not be published.")
                                    .arg(platformDisplayName(account.platform)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDisconnect"));
    QPushButton *yes = box->addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDisconnectYes"));
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, account](QAbstractButton *button) {
        if (button != yes)
            return;
        QPointer<ConnectionsPage> self = this;
        m_services->service.disconnect(account.id, [self, account](const ConnectionService::DisconnectOutcome &outcome) {
            if (!self)
                return;
            self->reload();
            PlatformCard *target = self->card(account.platform);
            if (!outcome.removed)
                target->setMessage(outcome.error.message, true);
            else if (outcome.error.isError())
                target->setMessage(tr("%1 was removed here, but the platform did not confirm that access was "
                                      "withdrawn: %2").arg(account.accountName, outcome.error.message), true);
            else
                target->setMessage(tr("%1 was disconnected.").arg(account.accountName), false);
        });
    });
    box->open();
}

void ConnectionsPage::testAccount(const Connection &account)
{
    if (!m_tester)
        return;
    m_testResults.insert(account.id, tr("Testing…"));
    refreshCards();
    QPointer<ConnectionsPage> self = this;
    m_tester->test(account, [self, id = account.id](bool ok, const QString &result) {
        if (!self)
            return;
        Q_UNUSED(ok)
        self->m_testResults.insert(id, result);
        // The refresher may have marked the row "needs re-login".
        self->reload();
    });
}

void ConnectionsPage::setSelected(qint64 id, bool selected)
{
    if (!m_services)
        return;
    const StoreStatus status = m_services->repository.setSelected(id, selected, m_services->now());
    if (status.isError()) {
        m_storageError = status.message;
        showBanner();
        return;
    }
    for (Connection &row : m_rows)
        if (row.id == id)
            row.selected = selected;
    // An Instagram account shows on two cards: keep both boxes in step.
    refreshCards();
}

void ConnectionsPage::showPlatformApps(const QString &providerId)
{
    if (!m_services)
        return;
    auto *dialog = new PlatformAppsDialog(m_services->apps, m_services->service.providers(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (!providerId.isEmpty())
        dialog->selectProvider(providerId);
    connect(dialog, &QDialog::finished, this, &ConnectionsPage::reload);
    dialog->open();
}

} // namespace cf
