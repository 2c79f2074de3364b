#pragma once

#include "models/domain/Connection.h"
#include "platforms/auth/AuthTypes.h"
#include "ui/connections/ConnectionsServices.h"

#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QWidget>

#include <map>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace cf {

class ConnectionTester;
class EmptyState;
class MessageBanner;
class PlatformCard;
class SignInLauncher;
enum class RedirectKind;

// The accounts CampaignForge publishes to: one card per platform with its
// connected accounts and their state (connected as X, expires in N days,
// expired, needs re-login, keychain unavailable), granted permissions, the
// Pages / Instagram accounts / ad accounts chosen for publishing, and
// Connect, Reconnect, Disconnect and Test connection. All network and
// keychain work is asynchronous. Without services (no database) it explains
// why nothing can be connected.
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    // services may be null; otherwise it must outlive the page.
    explicit ConnectionsPage(const ConnectionsServices *services, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    // Reads the rows again and re-checks the keychain and app credentials.
    void reload();
    PlatformCard *card(Platform platform) const;
    SignInLauncher *launcher() const { return m_launcher; }
    bool keychainUnavailable() const { return m_keychainUnavailable; }
    QString bannerText() const;
    // Why nothing can be connected (no database, no provider table);
    // shown instead of the generic sentence when services are null.
    void setUnavailableReason(const QString &reason);
    // Opens Settings → Platform apps, on providerId's entry when given.
    void showPlatformApps(const QString &providerId = {});

Q_SIGNALS:
    // The keychain and app-credential checks of the last reload() are done.
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void refreshCards();
    void probeKeychain(const std::vector<Connection> &rows);
    void probeDone(int generation);
    void fetchPicture(const QString &url);
    void connectPlatform(Platform platform, std::optional<RedirectKind> kind);
    void reconnect(const Connection &account);
    void confirmDisconnect(const Connection &account);
    void testAccount(const Connection &account);
    void setSelected(qint64 id, bool selected);
    void showBanner();

    const ConnectionsServices *m_services;
    SignInLauncher *m_launcher = nullptr;
    ConnectionTester *m_tester = nullptr;
    MessageBanner *m_banner;
    QPushButton *m_retry;
    QLabel *m_intro;
    EmptyState *m_empty;
    QScrollArea *m_scroll;
    std::map<Platform, PlatformCard *> m_cards;

    std::vector<Connection> m_rows;
    QString m_storageError;
    QString m_unavailableReason;
    bool m_keychainUnavailable = false;
    QSet<qint64> m_tokensMissing;
    QSet<QString> m_appsMissing;
    QHash<qint64, QString> m_testResults;
    QHash<QString, QPixmap> m_pictures;
    QSet<QString> m_picturesRequested;
    int m_generation = 0;
    int m_pendingProbes = 0;
    bool m_probePending = false;
};

} // namespace cf
