#pragma once

#include "models/domain/Connection.h"
#include "platforms/auth/OAuthProviderTable.h"

#include <QDateTime>
#include <QFrame>
#include <QHash>
#include <QPixmap>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace cf {

// Everything one platform's card shows, gathered by ConnectionsPage.
struct PlatformCardData
{
    Platform platform = Platform::Facebook;
    // The provider that connects this platform; nullopt for WordPress
    // (application passwords) or when the table has none.
    std::optional<OAuthProvider> provider;
    bool appCredentialsMissing = false;
    bool keychainUnavailable = false;
    // The signed-in accounts of this platform, each with what was found
    // through it (any platform: a Facebook account lists its Instagram accounts).
    struct AccountEntry
    {
        Connection account;
        std::vector<Connection> children;
        bool tokensMissing = false; // the row exists but the keychain has no sign-in for it
    };
    std::vector<AccountEntry> accounts;
    // Sub-accounts of this platform found through another platform's
    // account (Instagram accounts through Facebook), with that account's name.
    std::vector<std::pair<Connection, QString>> foundElsewhere;
    QDateTime nowUtc;
    // A test result to show under an account, by connection id.
    QHash<qint64, QString> testResults;
    // Account pictures already downloaded, by picture URL.
    QHash<QString, QPixmap> pictures;
};

// One platform on the Connections screen: its accounts with their state,
// granted permissions (expandable), the Pages / Instagram accounts / ad
// accounts chosen for publishing, and the actions. It only shows and asks;
// ConnectionsPage does the work.
class PlatformCard : public QFrame
{
    Q_OBJECT
public:
    explicit PlatformCard(Platform platform, QWidget *parent = nullptr);

    Platform platform() const { return m_data.platform; }
    void setData(const PlatformCardData &data);
    const PlatformCardData &data() const { return m_data; }
    // A translated message under the header (a failed connect); empty clears it.
    void setMessage(const QString &message, bool isError);

    // A round picture with the name's first letter, for accounts without a picture.
    static QPixmap initialAvatar(const QString &name, int size);

Q_SIGNALS:
    void connectRequested(cf::Platform platform, std::optional<cf::RedirectKind> kind);
    void reconnectRequested(const cf::Connection &account);
    void disconnectRequested(const cf::Connection &account);
    void testRequested(const cf::Connection &account);
    void selectedChanged(qint64 connectionId, bool selected);
    void appCredentialsRequested(const QString &providerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *accountWidget(const PlatformCardData::AccountEntry &entry);
    QWidget *subAccountCheck(const Connection &child, const QString &via);
    std::optional<RedirectKind> chosenKind() const;

    PlatformCardData m_data;
    QVBoxLayout *m_body;
    QLabel *m_message;
    QString m_messageText;
    bool m_messageIsError = false;
    QComboBox *m_kindChoice = nullptr;
};

} // namespace cf
