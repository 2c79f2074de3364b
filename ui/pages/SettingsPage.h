#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cf {

class AppSettings;
class Database;
class EndpointMap;
struct S3BucketServices;
class LanguageController;

// Preferences that apply at once: the interface language (switched at runtime
// through LanguageController and saved), Hijri dates, plus where the data
// lives and which version is running.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    // database: for the publishing section's list of WordPress sites (may be null).
    SettingsPage(AppSettings &settings, LanguageController &language, const QString &dataDir,
                 QWidget *parent = nullptr, const Database *database = nullptr);
    ~SettingsPage() override;

    // A language's name in that language ("English", "العربية"): a reader
    // looks for their own language's name, so it is never translated.
    static QString nativeLanguageName(const QString &language);

Q_SIGNALS:
    void showHijriDatesChanged(bool show);
    // The user asked for Settings → Platform apps.
    void platformAppsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseLanguage(int index);
    void syncLanguageChoice();
    void openDataFolder();
    void showError(const QString &message);

    AppSettings &m_settings;
    LanguageController &m_language;
    QString m_dataDir;

    QLabel *m_heading;
    QLabel *m_languageLabel;
    QComboBox *m_languageChoice;
    QLabel *m_languageNote;
    QLabel *m_calendarLabel;
    QCheckBox *m_showHijri;
    QLabel *m_dataLabel;
    QLineEdit *m_dataPath;
    QPushButton *m_openFolder;
    QLabel *m_versionLabel;
    QLabel *m_version;
    QLabel *m_error;
    // What Settings > Publishing's bucket form uses; they outlive it.
    std::unique_ptr<EndpointMap> m_s3Endpoints;
    std::unique_ptr<S3BucketServices> m_s3Services;
};

} // namespace cf
