#include "ui/review/CampaignStructureView.h"

#include "app/publishing/AdReview.h"
#include "app/review/ReviewService.h"
#include "models/domain/Money.h"
#include "ui/review/CampaignAdsBar.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cf {
namespace {

constexpr int kAdSetIdRole = Qt::UserRole + 1;
constexpr int kPlatformColumn = 3;

// "id · delivery" for each ad account the level exists on; with the ad
// network's name where one campaign spans several (the campaign row).
QString platformText(const std::vector<const AdEntity *> &entities, bool withNetwork)
{
    QStringList parts;
    for (const AdEntity *entity : entities) {
        const QString delivery = adDeliveryDisplayName(enumId(entity->delivery));
        parts << (withNetwork ? QCoreApplication::translate("cf::CampaignStructureView", "%1: %2 \u00B7 %3")
                                    .arg(adNetworkName(entity->platform), entity->externalId, delivery)
                              : QCoreApplication::translate("cf::CampaignStructureView", "%1 \u00B7 %2")
                                    .arg(entity->externalId, delivery));
    }
    // One ad account per line, so the column stays narrow.
    return parts.join(QLatin1Char('\n'));
}

// One ad set edit: redo writes `after`, undo writes `before`.
class AdSetEditCommand : public QUndoCommand
{
public:
    AdSetEditCommand(ReviewService &service, AdSet before, AdSet after, std::function<void(const StoreStatus &)> done)
        : m_service(service), m_before(std::move(before)), m_after(std::move(after)), m_done(std::move(done))
    {
        setText(QCoreApplication::translate("cf::CampaignStructureView", "Edit %1").arg(m_after.name));
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const AdSet &adSet)
    {
        const StoreStatus s = m_service.saveAdSet(adSet);
        if (s.isError())
            setObsolete(true);
        m_done(s);
    }
    ReviewService &m_service;
    AdSet m_before;
    AdSet m_after;
    std::function<void(const StoreStatus &)> m_done;
};

QString gendersText(const QStringList &genders)
{
    if (genders == QStringList{QStringLiteral("female")})
        return QCoreApplication::translate("cf::CampaignStructureView", "women");
    if (genders == QStringList{QStringLiteral("male")})
        return QCoreApplication::translate("cf::CampaignStructureView", "men");
    return QCoreApplication::translate("cf::CampaignStructureView", "everyone");
}

QString moneyText(const Money &money)
{
    const double major = double(money.minor) / double(qMax<qint64>(1, minorUnitsPerMajor(money.currency)));
    return QLocale().toCurrencyString(major, money.currency);
}

} // namespace

CampaignStructureView::CampaignStructureView(ReviewService *service, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_service(service), m_undoStack(undoStack), m_hint(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_form(new QGroupBox(this)), m_budgetLabel(new QLabel(m_form)), m_budget(new QDoubleSpinBox(m_form)),
      m_ageLabel(new QLabel(m_form)), m_ageMin(new QSpinBox(m_form)), m_ageMax(new QSpinBox(m_form)),
      m_gendersLabel(new QLabel(m_form)), m_genders(new QComboBox(m_form)), m_placesLabel(new QLabel(m_form)),
      m_places(new QLineEdit(m_form)), m_save(new QPushButton(m_form))
{
    setObjectName(QStringLiteral("campaignStructure"));
    m_hint->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("structureTree"));
    m_tree->setColumnCount(4);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_budget->setObjectName(QStringLiteral("adSetBudget"));
    m_budget->setRange(0, 1e9);
    m_budget->setDecimals(2);
    m_ageMin->setObjectName(QStringLiteral("adSetAgeMin"));
    m_ageMax->setObjectName(QStringLiteral("adSetAgeMax"));
    m_ageMin->setRange(13, 65);
    m_ageMax->setRange(13, 65);
    m_genders->setObjectName(QStringLiteral("adSetGenders"));
    m_places->setObjectName(QStringLiteral("adSetPlaces"));
    m_save->setObjectName(QStringLiteral("saveAdSet"));
    auto *ages = new QHBoxLayout;
    ages->addWidget(m_ageMin);
    ages->addWidget(m_ageMax);
    auto *form = new QFormLayout(m_form);
    form->addRow(m_budgetLabel, m_budget);
    form->addRow(m_ageLabel, ages);
    form->addRow(m_gendersLabel, m_genders);
    form->addRow(m_placesLabel, m_places);
    form->addRow(QString(), m_save);
    m_form->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_form);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CampaignStructureView::onSelectionChanged);
    connect(m_save, &QPushButton::clicked, this, &CampaignStructureView::saveCurrent);
    retranslateUi();
}

QString CampaignStructureView::levelName(Platform platform)
{
    switch (platform) {
    case Platform::TikTok: return tr("Ad group");
    case Platform::Snapchat: return tr("Ad squad");
    default: return tr("Ad set");
    }
}

void CampaignStructureView::enableAdsControl(const Database &database, const Clock &clock)
{
    if (m_adsBar)
        return;
    m_adsBar = new CampaignAdsBar(database, clock, this);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(1, m_adsBar);
    connect(m_adsBar, &CampaignAdsBar::refreshed, this, &CampaignStructureView::showPlatformState);
    connect(m_adsBar, &CampaignAdsBar::adsDeliveryChanged, this, &CampaignStructureView::adsDeliveryChanged);
    m_adsBar->setCampaign(m_campaignId);
}

void CampaignStructureView::setCampaign(qint64 campaignId)
{
    if (campaignId == m_campaignId)
        return;
    m_campaignId = campaignId;
    refresh();
}

void CampaignStructureView::showPlatformState()
{
    if (!m_adsBar || m_tree->topLevelItemCount() == 0)
        return;
    const CampaignAdsState &state = m_adsBar->state();
    QTreeWidgetItem *root = m_tree->topLevelItem(0);
    std::vector<const AdEntity *> campaignLevel;
    for (const AdEntity &entity : state.entities)
        if (entity.level() == AdEntityLevel::Campaign)
            campaignLevel.push_back(&entity);
    root->setText(kPlatformColumn, platformText(campaignLevel, true));
    for (int i = 0; i < root->childCount(); ++i) {
        QTreeWidgetItem *row = root->child(i);
        row->setText(kPlatformColumn, platformText(state.forAdSet(row->data(0, kAdSetIdRole).toLongLong()), false));
    }
    m_tree->resizeColumnToContents(kPlatformColumn);
}

void CampaignStructureView::refresh()
{
    const qint64 selected = m_tree->currentItem() ? m_tree->currentItem()->data(0, kAdSetIdRole).toLongLong() : 0;
    m_tree->clear();
    m_adSets.clear();
    m_form->setEnabled(false);
    if (!m_service || m_campaignId <= 0)
        return;
    auto adSets = m_service->adSets(m_campaignId);
    if (!adSets) {
        m_hint->setText(adSets.error().message);
        return;
    }
    m_adSets = adSets.value();
    const auto items = m_service->campaignItems(m_campaignId);
    const auto campaign = m_service->campaign(m_campaignId);
    auto *root = new QTreeWidgetItem(m_tree, {campaign && !campaign->name.isEmpty() ? campaign->name : tr("Campaign %1").arg(m_campaignId),
                                              campaign ? moneyText(campaign->budget.amount) : QString()});
    QFont bold = root->font(0);
    bold.setBold(true);
    root->setFont(0, bold);
    for (const AdSet &a : m_adSets) {
        const QString ages = a.targeting.ageMin || a.targeting.ageMax
            ? tr("%1–%2").arg(a.targeting.ageMin.value_or(13)).arg(a.targeting.ageMax.value_or(65)) : tr("all ages");
        const QString targeting = tr("%1, %2, %3").arg(gendersText(a.targeting.genders), ages,
                                                       a.targeting.locations.isEmpty() ? tr("everywhere") : a.targeting.locations.join(QStringLiteral(", ")));
        auto *row = new QTreeWidgetItem(root, {tr("%1: %2 (%3)").arg(levelName(a.platform), a.name, platformDisplayName(a.platform)),
                                               moneyText(a.budget.amount), targeting});
        row->setData(0, kAdSetIdRole, a.id);
        if (items) {
            for (const ContentItem &item : items.value()) {
                if (item.adSetId != a.id)
                    continue;
                const QString headline = QLocale().language() == QLocale::Arabic && !item.title.ar.isEmpty() ? item.title.ar : item.title.en;
                new QTreeWidgetItem(row, {tr("Ad: %1 (%2)").arg(headline, contentTypeDisplayName(item.contentType)), QString(),
                                          approvalStateDisplayName(item.approval)});
            }
        }
        if (a.id == selected)
            m_tree->setCurrentItem(row);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    if (m_adsBar)
        m_adsBar->setCampaign(m_campaignId); // fills the platform column
}

const AdSet *CampaignStructureView::currentAdSet() const
{
    if (!m_tree->currentItem())
        return nullptr;
    const qint64 id = m_tree->currentItem()->data(0, kAdSetIdRole).toLongLong();
    for (const AdSet &a : m_adSets) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void CampaignStructureView::onSelectionChanged()
{
    const AdSet *a = currentAdSet();
    m_form->setEnabled(a != nullptr);
    if (!a)
        return;
    m_form->setTitle(a->name);
    m_budget->setSuffix(QLatin1Char(' ') + a->budget.amount.currency);
    m_budget->setValue(double(a->budget.amount.minor) / double(qMax<qint64>(1, minorUnitsPerMajor(a->budget.amount.currency))));
    m_ageMin->setValue(a->targeting.ageMin.value_or(18));
    m_ageMax->setValue(a->targeting.ageMax.value_or(65));
    m_genders->setCurrentIndex(a->targeting.genders == QStringList{QStringLiteral("female")} ? 1
                               : a->targeting.genders == QStringList{QStringLiteral("male")} ? 2 : 0);
    m_places->setText(a->targeting.locations.join(QStringLiteral(", ")));
}

void CampaignStructureView::saveCurrent()
{
    const AdSet *current = currentAdSet();
    if (!current || !m_service)
        return;
    AdSet after = *current;
    after.budget.amount.minor = qRound64(m_budget->value() * double(minorUnitsPerMajor(after.budget.amount.currency)));
    after.targeting.ageMin = m_ageMin->value();
    after.targeting.ageMax = m_ageMax->value();
    after.targeting.genders = m_genders->currentIndex() == 1 ? QStringList{QStringLiteral("female")}
                            : m_genders->currentIndex() == 2 ? QStringList{QStringLiteral("male")} : QStringList{};
    QStringList places;
    for (const QString &p : m_places->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            places << p.trimmed();
    after.targeting.locations = places;
    if (after == *current)
        return;
    m_undoStack->push(new AdSetEditCommand(*m_service, *current, after, [this](const StoreStatus &s) {
        m_hint->setText(s.isError() ? s.message : tr("Saved."));
        refresh();
        Q_EMIT changed();
    }));
}

void CampaignStructureView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CampaignStructureView::retranslateUi()
{
    m_hint->setText(tr("The paid part of the campaign: each platform's ad sets (ad groups on TikTok, ad squads on Snapchat) "
                       "with their budget and audience. Select one to change its budget or targeting."));
    m_tree->setHeaderLabels({tr("Structure"), tr("Budget"), tr("Targeting"), tr("On the platform")});
    m_budgetLabel->setText(tr("Budget:"));
    m_ageLabel->setText(tr("Ages:"));
    m_gendersLabel->setText(tr("Genders:"));
    m_placesLabel->setText(tr("Places (comma-separated):"));
    m_save->setText(tr("Save changes"));
    const int index = qMax(0, m_genders->currentIndex());
    m_genders->clear();
    m_genders->addItems({tr("Everyone"), tr("Women"), tr("Men")});
    m_genders->setCurrentIndex(index);
    refresh();
}

} // namespace cf
