#pragma once

#include "platforms/auth/AuthTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cf {

class OAuthProviderTable;
class PlatformAppCredentials;

// Settings → Platform apps: per OAuth provider, the developer app's client
// id, its client secret where the platform needs one (masked), how to sign
// in and an optional registered redirect address. Everything is read from
// and written to the keychain through PlatformAppCredentials; nothing of it
// goes to QSettings. Keychain work is asynchronous: the form is disabled
// while an entry is being read or saved.
class PlatformAppsDialog : public QDialog
{
    Q_OBJECT
public:
    PlatformAppsDialog(PlatformAppCredentials &apps, const OAuthProviderTable &providers, QWidget *parent = nullptr);

    void selectProvider(const QString &providerId);
    QString currentProvider() const;
    QLineEdit *clientIdField() const { return m_clientId; }
    QLineEdit *clientSecretField() const { return m_clientSecret; }
    QString statusText() const;
    bool isBusy() const { return m_busy; }

    void save();
    void clearStored();

Q_SIGNALS:
    // A read or write finished (tests wait on it).
    void idle();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool isError);

    PlatformAppCredentials &m_apps;
    const OAuthProviderTable &m_providers;
    QLabel *m_intro;
    QLabel *m_providerLabel;
    QComboBox *m_provider;
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientId;
    QLabel *m_clientSecretLabel;
    QLineEdit *m_clientSecret;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_redirectLabel;
    QLineEdit *m_redirect;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_clear;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    int m_loadGeneration = 0;
};

} // namespace cf
