#include "ui/settings/AiProviderSection.h"

#include "app/content/text/ai/AiCopyClient.h"
#include "app/content/text/ai/AiProviderStore.h"
#include "platforms/auth/SecretStore.h"

#include <QCheckBox>
#include <QEvent>
#include <QShowEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cf {

AiProviderSection::AiProviderSection(AppSettings &settings, SecretStore &secrets, QNetworkAccessManager &network, QWidget *parent)
    : QWidget(parent),
      m_secrets(secrets),
      m_network(network),
      m_store(std::make_unique<AiProviderStore>(settings, secrets)),
      m_group(new QGroupBox(this)),
      m_enabled(new QCheckBox(m_group)),
      m_baseUrlLabel(new QLabel(m_group)),
      m_baseUrl(new QLineEdit(m_group)),
      m_modelLabel(new QLabel(m_group)),
      m_model(new QLineEdit(m_group)),
      m_keyLabel(new QLabel(m_group)),
      m_key(new QLineEdit(m_group)),
      m_note(new QLabel(m_group)),
      m_save(new QPushButton(m_group)),
      m_test(new QPushButton(m_group)),
      m_remove(new QPushButton(m_group)),
      m_status(new QLabel(m_group))
{
    m_enabled->setObjectName(QStringLiteral("aiEnabled"));
    m_baseUrl->setObjectName(QStringLiteral("aiBaseUrl"));
    m_model->setObjectName(QStringLiteral("aiModel"));
    m_key->setObjectName(QStringLiteral("aiKey"));
    m_save->setObjectName(QStringLiteral("aiSave"));
    m_test->setObjectName(QStringLiteral("aiTest"));
    m_remove->setObjectName(QStringLiteral("aiRemove"));
    m_status->setObjectName(QStringLiteral("aiStatus"));

    // URLs and model names are Latin and read left to right in Arabic too.
    m_baseUrl->setLayoutDirection(Qt::LeftToRight);
    m_model->setLayoutDirection(Qt::LeftToRight);
    m_key->setLayoutDirection(Qt::LeftToRight);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.openai.com/v1"));
    m_baseUrl->setText(m_store->baseUrl());
    m_model->setText(m_store->model());
    m_enabled->setChecked(m_store->enabled());
    m_key->setEchoMode(QLineEdit::Password);
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_modelLabel->setBuddy(m_model);
    m_keyLabel->setBuddy(m_key);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #55606E;"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_enabled);
    form->addRow(m_baseUrlLabel, m_baseUrl);
    form->addRow(m_modelLabel, m_model);
    form->addRow(m_keyLabel, m_key);
    form->addRow(QString(), m_note);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_status);
    m_group->setLayout(form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_group);

    connect(m_save, &QPushButton::clicked, this, &AiProviderSection::save);
    connect(m_test, &QPushButton::clicked, this, &AiProviderSection::test);
    connect(m_remove, &QPushButton::clicked, this, &AiProviderSection::removeProvider);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) { m_store->setEnabled(on); });

    retranslateUi();
}

AiProviderSection::~AiProviderSection() = default;

void AiProviderSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AiProviderSection::showEvent(QShowEvent *event)
{
    if (!m_keyChecked) {
        m_keyChecked = true;
        refreshKeyState();
    }
    QWidget::showEvent(event);
}

void AiProviderSection::retranslateUi()
{
    m_group->setTitle(tr("AI copy provider (optional)"));
    m_enabled->setText(tr("Let an AI model improve the generated copy"));
    m_baseUrlLabel->setText(tr("&Base URL:"));
    m_modelLabel->setText(tr("&Model:"));
    m_keyLabel->setText(tr("API &key:"));
    m_key->setPlaceholderText(m_keyStored ? tr("Stored in your keychain; type a new key to replace it") : tr("Paste the API key"));
    m_note->setText(tr("Any OpenAI-compatible chat-completions service works. The key is kept in your system keychain, never in the "
                       "settings or the database. When the service is unreachable or its text fails the brand checks, the "
                       "built-in templates are used and the item says why."));
    m_save->setText(tr("&Save"));
    m_test->setText(tr("&Test"));
    m_remove->setText(tr("&Remove"));
}

void AiProviderSection::refreshKeyState()
{
    m_store->hasKey(this, [this](bool stored, const QString &error) {
        m_keyStored = stored;
        retranslateUi();
        if (!error.isEmpty())
            showStatus(error, true);
    });
}

void AiProviderSection::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #B91C1C;") : QStringLiteral("color: #166534;"));
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AiProviderSection::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_test->setEnabled(!busy);
    m_remove->setEnabled(!busy);
}

void AiProviderSection::save()
{
    const QString key = m_key->text().trimmed();
    setBusy(true);
    m_store->save(m_baseUrl->text(), m_model->text(), key.isEmpty() ? std::nullopt : std::optional<QByteArray>(key.toUtf8()), this,
                  [this, typed = !key.isEmpty()](const QString &error) {
                      setBusy(false);
                      if (!error.isEmpty()) {
                          showStatus(error, true);
                          return;
                      }
                      if (typed) {
                          m_key->clear();
                          m_keyStored = true;
                      }
                      m_enabled->setChecked(true);
                      retranslateUi();
                      showStatus(m_keyStored ? tr("Saved. The key is in your keychain.")
                                             : tr("Saved, but no key is stored yet: paste the API key and save again."),
                                 !m_keyStored);
                  });
}

void AiProviderSection::test()
{
    if (const QString problem = ai::validateBaseUrl(m_baseUrl->text()); !problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    AiProviderConfig config;
    config.baseUrl = m_baseUrl->text().trimmed();
    config.model = m_model->text().trimmed();
    config.apiKey = m_key->text().trimmed().toUtf8();
    if (!config.apiKey.isEmpty()) {
        runTest(config);
        return;
    }
    setBusy(true);
    m_secrets.read(ai::keychainKey(), this, [this, config](const std::optional<QByteArray> &value, const AuthError &error) mutable {
        setBusy(false);
        if (error.isError()) {
            showStatus(error.message, true);
            return;
        }
        config.apiKey = value.value_or(QByteArray());
        runTest(config);
    });
}

void AiProviderSection::runTest(const AiProviderConfig &config)
{
    setBusy(true);
    showStatus(tr("Asking %1…").arg(config.baseUrl), false);
    m_client = std::make_unique<AiCopyClient>(m_network, config);
    m_client->complete(AiCopyClient::connectionTestPrompt(), [this](const AiResult &result) {
        setBusy(false);
        showStatus(AiCopyClient::describeTest(result), !result.ok());
    });
}

void AiProviderSection::removeProvider()
{
    setBusy(true);
    m_store->clear(this, [this](const QString &error) {
        setBusy(false);
        if (!error.isEmpty()) {
            showStatus(error, true);
            return;
        }
        m_keyStored = false;
        m_baseUrl->clear();
        m_model->clear();
        m_key->clear();
        m_enabled->setChecked(false);
        retranslateUi();
        showStatus(tr("The AI provider was removed; copy comes from the templates."), false);
    });
}

} // namespace cf
