#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <optional>

namespace cf {

// Typed access to user preferences stored in QSettings, each with its default
// in one place. Nothing secret is ever stored here: tokens and keys live in
// the OS keychain only.
class AppSettings
{
public:
    // Uses the platform's native settings store for the application.
    AppSettings();
    // Uses an INI file at the given path (tests, portable installs).
    explicit AppSettings(const QString &iniPath);

    // "en" or "ar"; empty until the user or the first start chooses.
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    // Index of the last page shown in the main window.
    // The page shown when the window last closed, by name ("calendar"), so
    // adding a page never reopens a neighbour.
    QString lastPage() const;
    void setLastPage(const QString &pageId);

    // Sandbox mode: talk to a local campaignforge-sandbox instead of the
    // real platforms (applies at the next start).
    bool sandboxMode() const;
    void setSandboxMode(bool on);

    // Show the Hijri date under Gregorian dates in calendars.
    bool showHijriDates() const;
    void setShowHijriDates(bool show);

    // Optional AI copy provider (any OpenAI-compatible chat-completions
    // endpoint). The API key is never here: it lives in the keychain.
    bool aiEnabled() const;
    void setAiEnabled(bool enabled);
    QString aiBaseUrl() const; // e.g. "https://api.openai.com/v1"
    void setAiBaseUrl(const QString &url);
    QString aiModel() const;
    void setAiModel(const QString &model);
    void clearAiProvider();

    // Closing the window while items wait keeps publishing from the tray.
    bool keepPublishingWhenClosed() const;
    void setKeepPublishingWhenClosed(bool keep);
    // The one-time "still publishing in the tray" message was shown.
    bool trayExplained() const;
    void setTrayExplained(bool shown);

    // The public media host that Instagram and TikTok fetch photos from:
    // the connection id of a connected WordPress site, or nullopt for none.
    std::optional<qint64> mediaHostWordPressConnection() const;
    void setMediaHostWordPressConnection(qint64 connectionId);
    void clearMediaHost();
    // An S3-compatible bucket as the media host instead. Its secret key is
    // never here: it lives in the keychain (KeychainS3MediaHost).
    struct S3Bucket
    {
        QString endpoint; // https://s3.eu-central-1.amazonaws.com, https://<account>.r2.cloudflarestorage.com
        QString region;   // us-east-1 when empty; R2 takes "auto"
        QString bucket;
        QString accessKeyId;
    };
    bool mediaHostIsS3() const;
    void setMediaHostS3();
    S3Bucket s3Bucket() const;
    void setS3Bucket(const S3Bucket &bucket);

    // Limits of the AI-optimised level, per campaign (docs/publishing.md,
    // "Automation levels"): the largest budget change per ad set per day in
    // percent (default 20, 0..100), and whether schedule moves and budget
    // shifts are allowed (both default on).
    int optimiserMaxBudgetChangePercent(qint64 campaignId) const;
    void setOptimiserMaxBudgetChangePercent(qint64 campaignId, int percent);
    bool optimiserMovesSchedule(qint64 campaignId) const;
    void setOptimiserMovesSchedule(qint64 campaignId, bool on);
    bool optimiserShiftsBudget(qint64 campaignId) const;
    void setOptimiserShiftsBudget(qint64 campaignId, bool on);

    void sync();
    QString fileName() const;

private:
    QSettings m_settings;
};

} // namespace cf
