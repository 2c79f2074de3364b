#include "app/core/SandboxMode.h"

#include "platforms/auth/OAuthProviderTable.h"
#include "platforms/auth/PlatformAppCredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QStandardPaths>

#include <memory>

namespace cf {
namespace {
Q_LOGGING_CATEGORY(lcSandboxMode, "campaignforge.sandboxmode", QtWarningMsg)
} // namespace

SandboxMode::SandboxMode(QObject *parent) : QObject(parent)
{
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        qCWarning(lcSandboxMode) << "sandbox ended with exit code" << exitCode;
        Q_EMIT stopped(tr("The platform sandbox stopped (exit code %1). Restart CampaignForge "
                                                   "to start it again.")
                           .arg(exitCode));
    });
}

SandboxMode::~SandboxMode()
{
    m_stopping = true;
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString SandboxMode::dataDirFor(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("sandbox"));
}

QString SandboxMode::keychainService()
{
    return QStringLiteral("CampaignForge Sandbox");
}

QString SandboxMode::findExecutable(const QString &buildPath)
{
    const QString fromEnvironment = qEnvironmentVariable(kExecutableVariable);
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).isExecutable() ? fromEnvironment : QString();
#if defined(Q_OS_WIN)
    const QString name = QStringLiteral("campaignforge-sandbox.exe");
#else
    const QString name = QStringLiteral("campaignforge-sandbox");
#endif
    const QString besideApp = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(besideApp).isExecutable())
        return besideApp;
    if (!buildPath.isEmpty() && QFileInfo(buildPath).isExecutable())
        return buildPath;
    return QStandardPaths::findExecutable(name);
}

QString SandboxMode::realmFor(const QString &providerId)
{
    // The sandbox names its OAuth realms after the platform families.
    if (providerId == QLatin1String("facebook"))
        return QStringLiteral("meta");
    if (providerId == QLatin1String("youtube"))
        return QStringLiteral("google");
    if (providerId == QLatin1String("tiktok_ads"))
        return QStringLiteral("tiktok_business");
    return providerId;
}

bool SandboxMode::start(const QString &executable, const QString &endpointsFile, QString *error, int timeoutMs)
{
    if (executable.isEmpty()) {
        *error = tr("The platform sandbox (campaignforge-sandbox) was not found next to CampaignForge. "
                            "Install it, or set CAMPAIGNFORGE_SANDBOX to its path.");
        return false;
    }
    QDir().mkpath(QFileInfo(endpointsFile).absolutePath());
    m_process.setProgram(executable);
    // Port 0: the emulator picks a free port and binds 127.0.0.1 only.
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--endpoints-out"), endpointsFile});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    // Start-up only: the window cannot be built before the endpoints exist,
    // so this bounded wait happens before the event loop starts.
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = tr("The platform sandbox could not be started: %1")
                     .arg(m_process.errorString());
        return false;
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(timeoutMs)) {
            *error = tr("The platform sandbox did not report its address in time.");
            m_stopping = true;
            m_process.kill();
            m_process.waitForFinished(1000);
            return false;
        }
    }
    m_baseUrl = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:")) || !QFileInfo::exists(endpointsFile)) {
        *error = tr("The platform sandbox started but did not answer as expected.");
        return false;
    }
    qCInfo(lcSandboxMode) << "sandbox running at" << m_baseUrl;
    return true;
}

void SandboxMode::seedAppCredentials(PlatformAppCredentials &apps, const OAuthProviderTable &providers,
                                     QNetworkAccessManager &network, std::function<void(const QString &)> done)
{
    QUrl url(m_baseUrl + QStringLiteral("/_sandbox/state"));
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(request);
    QPointer<SandboxMode> self = this;
    connect(reply, &QNetworkReply::finished, this, [self, reply, &apps, &providers, done] {
        reply->deleteLater();
        if (!self)
            return;
        const QJsonObject state = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonArray registered = state.value(QStringLiteral("apps")).toArray();
        if (reply->error() != QNetworkReply::NoError || registered.isEmpty()) {
            done(tr("The platform sandbox did not list its test apps, so sandbox sign-ins need app "
                            "credentials entered under Platform apps."));
            return;
        }
        auto pending = std::make_shared<int>(1);
        auto firstError = std::make_shared<QString>();
        const auto finishOne = [pending, firstError, done] {
            if (--*pending == 0)
                done(*firstError);
        };
        for (const OAuthProvider &provider : providers.providers()) {
            const QString realm = realmFor(provider.id);
            QJsonObject app;
            for (const QJsonValue &value : registered)
                if (value.toObject().value(QStringLiteral("realm")).toString() == realm) {
                    app = value.toObject();
                    break;
                }
            if (app.isEmpty())
                continue;
            AppCredentials credentials;
            credentials.clientId = app.value(QStringLiteral("client_id")).toString();
            credentials.clientSecret = app.value(QStringLiteral("client_secret")).toString();
            // Providers without a fixed https redirect in the table use the
            // https page the sandbox registered for them (Snapchat, TikTok Business).
            if (provider.redirectUri.isEmpty() && !isLoopback(provider.defaultRedirectKind()))
                for (const QJsonValue &uri : app.value(QStringLiteral("redirect_uris")).toArray())
                    if (uri.toString().startsWith(QLatin1String("https://"))) {
                        credentials.redirectUri = uri.toString();
                        break;
                    }
            ++*pending;
            apps.get(provider.id, self, [self, &apps, id = provider.id, credentials, firstError, finishOne](
                                            const std::optional<AppCredentials> &stored, bool fromBuild, const AuthError &error) {
                if (error.isError()) {
                    if (firstError->isEmpty())
                        *firstError = error.message;
                    finishOne();
                    return;
                }
                if (stored && !fromBuild) { // the user's own choice wins
                    finishOne();
                    return;
                }
                apps.set(id, credentials, self, [firstError, finishOne](const AuthError &setError) {
                    if (setError.isError() && firstError->isEmpty())
                        *firstError = setError.message;
                    finishOne();
                });
            });
        }
        finishOne();
    });
}

} // namespace cf
