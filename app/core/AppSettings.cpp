#include "app/core/AppSettings.h"

#include <algorithm>

namespace cf {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/mainWindowGeometry");
const QString kState = QStringLiteral("ui/mainWindowState");
const QString kLastPage = QStringLiteral("ui/lastPageId");
const QString kSandboxMode = QStringLiteral("connections/sandboxMode");
const QString kShowHijri = QStringLiteral("calendar/showHijri");
const QString kKeepPublishing = QStringLiteral("publishing/keepPublishingWhenClosed");
const QString kTrayExplained = QStringLiteral("publishing/trayExplained");
const QString kAiEnabled = QStringLiteral("ai/enabled");
const QString kAiBaseUrl = QStringLiteral("ai/baseUrl");
const QString kAiModel = QStringLiteral("ai/model");
// "wordpress:<connection id>"; absent or anything else means no host.
const QString kMediaHost = QStringLiteral("publishing/mediaHost");
const QString kMediaHostS3 = QStringLiteral("s3");
const QString kS3Endpoint = QStringLiteral("publishing/s3/endpoint");
const QString kS3Region = QStringLiteral("publishing/s3/region");
const QString kS3Bucket = QStringLiteral("publishing/s3/bucket");
const QString kS3AccessKeyId = QStringLiteral("publishing/s3/accessKeyId");
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniPath) : m_settings(iniPath, QSettings::IniFormat) {}

QString AppSettings::language() const { return m_settings.value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString &language) { m_settings.setValue(kLanguage, language); }

QByteArray AppSettings::mainWindowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void AppSettings::setMainWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }

QByteArray AppSettings::mainWindowState() const { return m_settings.value(kState).toByteArray(); }
void AppSettings::setMainWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }

QString AppSettings::lastPage() const { return m_settings.value(kLastPage).toString(); }
void AppSettings::setLastPage(const QString &pageId) { m_settings.setValue(kLastPage, pageId); }

bool AppSettings::sandboxMode() const { return m_settings.value(kSandboxMode, false).toBool(); }
void AppSettings::setSandboxMode(bool on) { m_settings.setValue(kSandboxMode, on); }

bool AppSettings::showHijriDates() const { return m_settings.value(kShowHijri, false).toBool(); }
void AppSettings::setShowHijriDates(bool show) { m_settings.setValue(kShowHijri, show); }

bool AppSettings::keepPublishingWhenClosed() const { return m_settings.value(kKeepPublishing, true).toBool(); }
void AppSettings::setKeepPublishingWhenClosed(bool keep) { m_settings.setValue(kKeepPublishing, keep); }
bool AppSettings::trayExplained() const { return m_settings.value(kTrayExplained, false).toBool(); }
void AppSettings::setTrayExplained(bool shown) { m_settings.setValue(kTrayExplained, shown); }

bool AppSettings::aiEnabled() const { return m_settings.value(kAiEnabled, false).toBool(); }
void AppSettings::setAiEnabled(bool enabled) { m_settings.setValue(kAiEnabled, enabled); }
QString AppSettings::aiBaseUrl() const { return m_settings.value(kAiBaseUrl).toString(); }
void AppSettings::setAiBaseUrl(const QString &url) { m_settings.setValue(kAiBaseUrl, url); }
QString AppSettings::aiModel() const { return m_settings.value(kAiModel).toString(); }
void AppSettings::setAiModel(const QString &model) { m_settings.setValue(kAiModel, model); }
void AppSettings::clearAiProvider()
{
    m_settings.remove(kAiEnabled);
    m_settings.remove(kAiBaseUrl);
    m_settings.remove(kAiModel);
}

void AppSettings::sync() { m_settings.sync(); }
QString AppSettings::fileName() const { return m_settings.fileName(); }

std::optional<qint64> AppSettings::mediaHostWordPressConnection() const
{
    const QString value = m_settings.value(kMediaHost).toString();
    const QLatin1String prefix("wordpress:");
    if (!value.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const qint64 id = value.mid(prefix.size()).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void AppSettings::setMediaHostWordPressConnection(qint64 connectionId)
{
    m_settings.setValue(kMediaHost, QStringLiteral("wordpress:%1").arg(connectionId));
}

void AppSettings::clearMediaHost() { m_settings.remove(kMediaHost); }

bool AppSettings::mediaHostIsS3() const { return m_settings.value(kMediaHost).toString() == kMediaHostS3; }
void AppSettings::setMediaHostS3() { m_settings.setValue(kMediaHost, kMediaHostS3); }

AppSettings::S3Bucket AppSettings::s3Bucket() const
{
    return {m_settings.value(kS3Endpoint).toString().trimmed(), m_settings.value(kS3Region).toString().trimmed(),
            m_settings.value(kS3Bucket).toString().trimmed(), m_settings.value(kS3AccessKeyId).toString().trimmed()};
}

void AppSettings::setS3Bucket(const S3Bucket &bucket)
{
    m_settings.setValue(kS3Endpoint, bucket.endpoint.trimmed());
    m_settings.setValue(kS3Region, bucket.region.trimmed());
    m_settings.setValue(kS3Bucket, bucket.bucket.trimmed());
    m_settings.setValue(kS3AccessKeyId, bucket.accessKeyId.trimmed());
}

namespace {
QString optimiserKey(qint64 campaignId, const char *name)
{
    return QStringLiteral("optimiser/campaign%1/%2").arg(campaignId).arg(QLatin1String(name));
}
} // namespace

int AppSettings::optimiserMaxBudgetChangePercent(qint64 campaignId) const
{
    bool ok = false;
    const int value = m_settings.value(optimiserKey(campaignId, "maxBudgetChangePercent"), 20).toInt(&ok);
    return ok ? std::clamp(value, 0, 100) : 20;
}
void AppSettings::setOptimiserMaxBudgetChangePercent(qint64 campaignId, int percent)
{
    m_settings.setValue(optimiserKey(campaignId, "maxBudgetChangePercent"), std::clamp(percent, 0, 100));
}
bool AppSettings::optimiserMovesSchedule(qint64 campaignId) const
{
    return m_settings.value(optimiserKey(campaignId, "movesSchedule"), true).toBool();
}
void AppSettings::setOptimiserMovesSchedule(qint64 campaignId, bool on)
{
    m_settings.setValue(optimiserKey(campaignId, "movesSchedule"), on);
}
bool AppSettings::optimiserShiftsBudget(qint64 campaignId) const
{
    return m_settings.value(optimiserKey(campaignId, "shiftsBudget"), true).toBool();
}
void AppSettings::setOptimiserShiftsBudget(qint64 campaignId, bool on)
{
    m_settings.setValue(optimiserKey(campaignId, "shiftsBudget"), on);
}

} // namespace cf
