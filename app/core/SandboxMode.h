#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace cf {

class OAuthProviderTable;
class PlatformAppCredentials;

// The app's sandbox mode: rehearse with campaignforge-sandbox, the local
// emulator of every platform, instead of real accounts. The app then keeps
// its data in a "sandbox" folder inside the data folder and its secrets
// under a keychain service of their own, so rehearsal accounts and real
// ones never mix. This class starts the emulator as a child process bound
// to 127.0.0.1, has it write the endpoints file that points every platform
// host at it, and registers the emulator's seeded developer apps as app
// credentials (for providers that have none stored).
class SandboxMode : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kExecutableVariable = "CAMPAIGNFORGE_SANDBOX";

    explicit SandboxMode(QObject *parent = nullptr);
    ~SandboxMode() override;

    static QString dataDirFor(const QString &dataDir);
    static QString keychainService();
    // CAMPAIGNFORGE_SANDBOX, else campaignforge-sandbox next to the running
    // program, else buildPath (a development build's), else on PATH; empty
    // when none exists.
    static QString findExecutable(const QString &buildPath);
    // The sandbox's realm for an OAuth provider id ("facebook" → "meta").
    static QString realmFor(const QString &providerId);

    // Starts the emulator and waits (start-up only, at most timeoutMs) for
    // the base URL it prints; it writes endpointsFile. False with a
    // translated reason when it cannot.
    bool start(const QString &executable, const QString &endpointsFile, QString *error, int timeoutMs = 15000);
    QString baseUrl() const { return m_baseUrl; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // Reads the emulator's registered apps (GET /_sandbox/state) and stores
    // each as the app credentials of its provider where none are stored.
    // done gets an empty string or a translated reason.
    void seedAppCredentials(PlatformAppCredentials &apps, const OAuthProviderTable &providers,
                            QNetworkAccessManager &network, std::function<void(const QString &error)> done);

Q_SIGNALS:
    // The emulator ended while the app was running (crash or killed).
    void stopped(const QString &message);

private:
    QProcess m_process;
    QString m_baseUrl;
    bool m_stopping = false;
};

} // namespace cf
