#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace cf {

class AppSettings;

// The Settings page's part about connections: the way to Settings →
// Platform apps, and the sandbox mode switch (rehearse with the local
// platform emulator; applies at the next start because every service is
// built for one set of endpoints).
class ConnectionsSettingsSection : public QWidget
{
    Q_OBJECT
public:
    // sandboxActive: whether this run is in sandbox mode (it may differ
    // from the saved choice until the next start).
    ConnectionsSettingsSection(AppSettings &settings, bool sandboxActive, QWidget *parent = nullptr);

Q_SIGNALS:
    void platformAppsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppSettings &m_settings;
    bool m_sandboxActive;
    QLabel *m_heading;
    QPushButton *m_platformApps;
    QLabel *m_appsNote;
    QCheckBox *m_sandbox;
    QLabel *m_sandboxNote;
};

} // namespace cf
