#pragma once

#include "platforms/auth/AuthTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cf {

class ConnectionService;
struct Connection;

// Connects a self-hosted WordPress site: its address, a user name and an
// application password (Users → Profile → Application Passwords), checked
// with a real request by ConnectionService::connectWordPress. The password
// field is masked and cleared once the check has started.
class WordPressConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WordPressConnectDialog(ConnectionService &service, QWidget *parent = nullptr);

    QLineEdit *siteField() const { return m_site; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QString errorText() const;

Q_SIGNALS:
    void connected(const cf::Connection &connection);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();
    void updateButtons();

    ConnectionService &m_service;
    QLabel *m_intro;
    QLabel *m_siteLabel;
    QLineEdit *m_site;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_waiting = false;
};

} // namespace cf
