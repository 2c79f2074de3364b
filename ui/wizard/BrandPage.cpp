#include "ui/wizard/BrandPage.h"

#include "app/content/media/AssetStore.h"
#include "models/domain/Money.h"
#include "models/store/AssetRepository.h"
#include "models/store/WorkspaceRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QtConcurrent>

namespace cf {
namespace {

constexpr int kPreviewSide = 56;

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

BrandPage::BrandPage(const WizardServices &services, QWidget *parent)
    : QWizardPage(parent),
      m_services(services),
      m_business(new QLineEdit(this)),
      m_productEn(new QLineEdit(this)),
      m_productAr(new QLineEdit(this)),
      m_offerEn(new QLineEdit(this)),
      m_offerAr(new QLineEdit(this)),
      m_price(new QDoubleSpinBox(this)),
      m_url(new QLineEdit(this)),
      m_urlProblem(new QLabel(this)),
      m_voice(new QComboBox(this))
{
    m_business->setObjectName(QStringLiteral("businessName"));
    m_productEn->setObjectName(QStringLiteral("productNameEn"));
    m_productAr->setObjectName(QStringLiteral("productNameAr"));
    m_offerEn->setObjectName(QStringLiteral("offerEn"));
    m_offerAr->setObjectName(QStringLiteral("offerAr"));
    m_price->setObjectName(QStringLiteral("price"));
    m_url->setObjectName(QStringLiteral("landingPage"));
    m_voice->setObjectName(QStringLiteral("voice"));
    m_productAr->setLayoutDirection(Qt::RightToLeft);
    m_offerAr->setLayoutDirection(Qt::RightToLeft);
    m_price->setRange(0, 10'000'000);
    m_price->setDecimals(2);
    m_price->setSpecialValueText(QStringLiteral("—"));
    m_urlProblem->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_urlProblem->hide();
    for (const char *voice : {"formal", "friendly", "playful"})
        m_voice->addItem(QString(), QString::fromLatin1(voice));
    m_voice->setCurrentIndex(1);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [&](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    row(m_business);
    row(m_productEn);
    row(m_productAr);
    row(m_offerEn);
    row(m_offerAr);
    row(m_price);
    row(m_url);
    form->addRow(QString(), m_urlProblem);
    buildImageSlot(m_photo, QStringLiteral("productPhoto"));
    buildImageSlot(m_logo, QStringLiteral("logo"));
    for (ImageSlot *slot : {&m_photo, &m_logo}) {
        auto *images = new QHBoxLayout;
        images->addWidget(slot->preview);
        images->addWidget(slot->pick);
        images->addWidget(slot->status, 1);
        auto *label = new QLabel(this);
        label->setBuddy(slot->pick);
        m_labels << label;
        form->addRow(label, images);
    }
    row(m_voice);

    connect(m_url, &QLineEdit::textChanged, this, [this] {
        const QString text = m_url->text().trimmed();
        m_urlProblem->setVisible(!text.isEmpty() && !isWebAddress(text));
        Q_EMIT completeChanged();
    });
    retranslateUi();
}

void BrandPage::buildImageSlot(ImageSlot &slot, const QString &name)
{
    slot.preview = new QLabel(this);
    slot.preview->setFixedSize(kPreviewSide, kPreviewSide);
    slot.preview->setAlignment(Qt::AlignCenter);
    slot.preview->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 6px; }"));
    slot.status = new QLabel(this);
    slot.status->setWordWrap(true);
    slot.status->setObjectName(QString(name + QStringLiteral("Status")));
    slot.pick = new QPushButton(this);
    slot.pick->setObjectName(QString(name + QStringLiteral("Pick")));
    connect(slot.pick, &QPushButton::clicked, this, [this, &slot] { pickImage(slot); });
    connect(&slot.watcher, &QFutureWatcher<ImageCheck>::finished, this, [this, &slot] {
        const ImageCheck check = slot.watcher.result();
        if (check.ok) {
            slot.accepted = slot.checking;
            slot.status->setStyleSheet(QString());
            showImage(slot);
        } else {
            slot.status->setStyleSheet(QStringLiteral("color: #B91C1C;"));
            slot.status->setText(check.error);
        }
        Q_EMIT completeChanged();
        Q_EMIT imageChecked();
    });
}

void BrandPage::pickImage(ImageSlot &slot)
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, slot.pick->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QString(QStringLiteral("*.") + QString::fromLatin1(format));
    dialog->setNameFilter(tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    connect(dialog, &QFileDialog::fileSelected, this, [this, &slot](const QString &path) { checkImage(slot, path); });
    dialog->open();
}

void BrandPage::chooseLogo(const QString &path)
{
    checkImage(m_logo, path);
}

void BrandPage::chooseProductPhoto(const QString &path)
{
    checkImage(m_photo, path);
}

void BrandPage::checkImage(ImageSlot &slot, const QString &path)
{
    // A newer pick replaces a check still running: setFuture() drops the old one.
    slot.checking = path;
    slot.status->setText(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    slot.watcher.setFuture(QtConcurrent::run([path] { return checkImageFile(path); }));
    Q_EMIT completeChanged();
}

void BrandPage::showImage(ImageSlot &slot)
{
    const QString file = slot.accepted.isEmpty() ? slot.remembered : slot.accepted;
    if (file.isEmpty()) {
        slot.preview->clear();
        slot.status->setText(tr("None"));
        return;
    }
    QImageReader reader(file);
    reader.setScaledSize(reader.size().scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio));
    slot.preview->setPixmap(QPixmap::fromImage(reader.read()));
    slot.status->setText(slot.accepted.isEmpty() ? tr("Remembered from the last campaign")
                                                 : QFileInfo(slot.accepted).fileName());
}

void BrandPage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    // One small row, read on the GUI thread.
    const WorkspaceRepository workspaces(m_services.database);
    const auto list = workspaces.list();
    if (!list || list->empty()) {
        showImage(m_photo);
        showImage(m_logo);
        return;
    }
    const Workspace &workspace = list->front();
    const BrandKit &kit = workspace.brandKit;
    m_business->setText(workspace.name);
    m_productEn->setText(kit.lastProduct.nameEn);
    m_productAr->setText(kit.lastProduct.nameAr);
    m_offerEn->setText(kit.lastProduct.offerEn);
    m_offerAr->setText(kit.lastProduct.offerAr);
    m_price->setValue(kit.lastProduct.price ? double(kit.lastProduct.price->minor)
                                                 / double(minorUnitsPerMajor(kit.lastProduct.price->currency))
                                           : 0);
    m_url->setText(kit.lastProduct.url.isEmpty() ? kit.website : kit.lastProduct.url);
    if (!kit.tone.isEmpty())
        m_voice->setCurrentIndex(qMax(0, m_voice->findData(kit.tone)));
    const AssetStore store(m_services.assetsDir);
    const auto rememberedFile = [&](const std::optional<qint64> &id) {
        if (!id)
            return QString();
        const auto asset = AssetRepository(m_services.database).find(*id);
        return asset && store.hasFile(*asset) ? store.absolutePath(*asset) : QString();
    };
    m_photo.remembered = rememberedFile(kit.productPhotoAssetId);
    m_logo.remembered = rememberedFile(kit.logoAssetId);
    showImage(m_photo);
    showImage(m_logo);
}

bool BrandPage::isComplete() const
{
    const QString url = m_url->text().trimmed();
    return (url.isEmpty() || isWebAddress(url)) && !m_photo.watcher.isRunning() && !m_logo.watcher.isRunning();
}

QString BrandPage::businessName() const
{
    return m_business->text().trimmed();
}

QString BrandPage::tone() const
{
    return m_voice->currentData().toString();
}

ProductFacts BrandPage::product(const QString &currency) const
{
    ProductFacts facts;
    facts.nameEn = m_productEn->text().trimmed();
    facts.nameAr = m_productAr->text().trimmed();
    facts.offerEn = m_offerEn->text().trimmed();
    facts.offerAr = m_offerAr->text().trimmed();
    if (m_price->value() > 0)
        facts.price = moneyFromMajor(m_price->value(), currency);
    facts.url = m_url->text().trimmed();
    return facts;
}

void BrandPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void BrandPage::retranslateUi()
{
    setTitle(tr("Your brand and product"));
    setSubTitle(tr("The copy and images use these. They are remembered for your next campaign."));
    const QStringList labels = {tr("Business name:"), tr("Product (English):"), tr("Product (Arabic):"),
                                tr("Offer (English):"), tr("Offer (Arabic):"), tr("Price:"), tr("Landing page:"),
                                tr("Product photo:"), tr("Logo:"), tr("Voice:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_offerEn->setPlaceholderText(tr("e.g. 30% off every abaya"));
    m_offerAr->setPlaceholderText(tr("e.g. خصم 30٪ على كل العبايات"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_urlProblem->setText(tr("Write the full address, starting with https:// or http://."));
    m_photo.pick->setText(tr("Choose photo…"));
    m_logo.pick->setText(tr("Choose logo…"));
    m_voice->setItemText(0, tr("Formal"));
    m_voice->setItemText(1, tr("Friendly"));
    m_voice->setItemText(2, tr("Playful"));
    showImage(m_photo);
    showImage(m_logo);
}

} // namespace cf
