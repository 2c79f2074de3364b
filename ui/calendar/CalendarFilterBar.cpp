#include "ui/calendar/CalendarFilterBar.h"

#include "models/itemmodels/ContentCalendarModelFilter.h"
#include "ui/calendar/PlatformPalette.h"
#include "ui/calendar/StatusBadge.h"
#include "ui/widgets/ElidingLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSet>
#include <QSignalBlocker>
#include <QToolButton>

#include <map>

namespace cf {

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pm);
}

} // namespace

CalendarFilterBar::CalendarFilterBar(ContentCalendarModelFilter *filter, QWidget *parent)
    : QWidget(parent),
      m_filter(filter),
      m_campaign(new QComboBox(this)),
      m_platforms(new QToolButton(this)),
      m_statuses(new QToolButton(this)),
      m_platformMenu(new QMenu(this)),
      m_statusMenu(new QMenu(this)),
      m_zone(new ElidingLabel(this))
{
    m_campaign->setObjectName(QStringLiteral("calendarCampaignFilter"));
    m_platforms->setObjectName(QStringLiteral("calendarPlatformFilter"));
    m_statuses->setObjectName(QStringLiteral("calendarStatusFilter"));
    m_zone->setObjectName(QStringLiteral("calendarTimeZone"));
    // A long campaign name must not widen the window: the list shows it in full.
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(22);
    for (QToolButton *button : {m_platforms, m_statuses}) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_platforms->setMenu(m_platformMenu);
    m_statuses->setMenu(m_statusMenu);
    m_zone->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_zone->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_campaign);
    layout->addWidget(m_platforms);
    layout->addWidget(m_statuses);
    layout->addSpacing(12);
    layout->addWidget(m_zone, 1);

    buildMenus();
    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qint64 id = index < 0 ? 0 : m_campaign->itemData(index).toLongLong();
        m_filter->setCampaignId(id);
        Q_EMIT campaignChanged(id);
    });
    retranslateUi();
}

void CalendarFilterBar::buildMenus()
{
    for (Platform platform : kAllPlatforms) {
        QAction *action = m_platformMenu->addAction(swatch(platformColor(platform)), platformDisplayName(platform));
        action->setCheckable(true);
        action->setChecked(m_filter->isPlatformShown(platform));
        action->setObjectName(QStringLiteral("showPlatform_%1").arg(platformId(platform)));
        connect(action, &QAction::toggled, this, [this, platform](bool on) {
            m_filter->setPlatformShown(platform, on);
            updateButtonTexts();
        });
    }
    for (int i = 0; i < kCalendarStatusCount; ++i) {
        const auto status = CalendarStatus(i);
        QAction *action = m_statusMenu->addAction(swatch(calendarStatusColor(status)), QString());
        action->setCheckable(true);
        action->setChecked(m_filter->isStatusShown(status));
        action->setObjectName(QStringLiteral("showStatus_%1").arg(calendarStatusId(status)));
        action->setData(i);
        connect(action, &QAction::toggled, this, [this, status](bool on) {
            m_filter->setStatusShown(status, on);
            updateButtonTexts();
        });
    }
}

void CalendarFilterBar::refreshCampaigns()
{
    const qint64 selected = m_filter->campaignId();
    std::map<QString, qint64> byName; // sorted by name for the list
    const ContentCalendarModel *model = m_filter->calendarModel();
    QSet<qint64> seen;
    for (int row = 0; row < model->entryCount(); ++row) {
        const CalendarEntry &e = model->entry(row);
        if (!seen.contains(e.campaignId)) {
            seen.insert(e.campaignId);
            byName.emplace(e.campaignName, e.campaignId);
        }
    }
    const QSignalBlocker blocker(m_campaign);
    m_campaign->clear();
    m_campaign->addItem(tr("All campaigns"), qint64(0));
    for (const auto &[name, id] : byName)
        m_campaign->addItem(name, id);
    const int index = m_campaign->findData(selected);
    m_campaign->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && selected != 0) {
        m_filter->setCampaignId(0);
        Q_EMIT campaignChanged(0);
    }
}

void CalendarFilterBar::setZoneText(const QString &text)
{
    m_zone->setFullText(text);
    m_zone->setToolTip(text);
}

QString CalendarFilterBar::zoneText() const
{
    return m_zone->fullText();
}

void CalendarFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CalendarFilterBar::retranslateUi()
{
    if (m_campaign->count() > 0)
        m_campaign->setItemText(0, tr("All campaigns"));
    else
        m_campaign->addItem(tr("All campaigns"), qint64(0));
    m_campaign->setAccessibleName(tr("Campaign"));
    for (QAction *action : m_statusMenu->actions())
        action->setText(calendarStatusDisplayName(CalendarStatus(action->data().toInt())));
    updateButtonTexts();
}

void CalendarFilterBar::updateButtonTexts()
{
    const QLocale locale;
    int platforms = 0;
    for (Platform p : kAllPlatforms)
        platforms += m_filter->isPlatformShown(p) ? 1 : 0;
    int statuses = 0;
    for (int i = 0; i < kCalendarStatusCount; ++i)
        statuses += m_filter->isStatusShown(CalendarStatus(i)) ? 1 : 0;
    m_platforms->setText(platforms == int(kAllPlatforms.size())
                             ? tr("All platforms")
                             : tr("Platforms: %1 of %2").arg(locale.toString(platforms), locale.toString(int(kAllPlatforms.size()))));
    m_statuses->setText(statuses == kCalendarStatusCount
                            ? tr("All statuses")
                            : tr("Statuses: %1 of %2").arg(locale.toString(statuses), locale.toString(kCalendarStatusCount)));
}

} // namespace cf
