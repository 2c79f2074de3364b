#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace cf {

class AiCopyClient;
class AiProviderStore;
class AppSettings;
class SecretStore;
struct AiProviderConfig;

// The settings page's "AI copy provider" section: base URL and model (kept in
// AppSettings), the API key in a masked field that goes straight to the
// keychain (the field is emptied after saving and only says "stored in your
// keychain"), an on/off switch, and a Test button that makes one real
// chat-completions request and shows what came back.
class AiProviderSection : public QWidget
{
    Q_OBJECT
public:
    AiProviderSection(AppSettings &settings, SecretStore &secrets, QNetworkAccessManager &network, QWidget *parent = nullptr);
    ~AiProviderSection() override;

protected:
    void changeEvent(QEvent *event) override;
    // The keychain is first asked when the section is shown, not when the
    // settings page is built.
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void save();
    void test();
    void runTest(const AiProviderConfig &config);
    void removeProvider();
    void refreshKeyState();
    void showStatus(const QString &text, bool error);
    void setBusy(bool busy);

    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    std::unique_ptr<AiProviderStore> m_store;
    std::unique_ptr<AiCopyClient> m_client;
    bool m_keyStored = false;
    bool m_keyChecked = false;

    QGroupBox *m_group;
    QCheckBox *m_enabled;
    QLabel *m_baseUrlLabel;
    QLineEdit *m_baseUrl;
    QLabel *m_modelLabel;
    QLineEdit *m_model;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QLabel *m_note;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace cf
