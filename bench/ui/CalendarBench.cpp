#include "CalendarBench.h"

#include <QPainter>
#include <QTimeZone>

namespace cf::bench {

bool CalendarMonthBench::prepare(QString *error)
{
    m_model = std::make_unique<ContentCalendarModel>();
    m_model->setDisplayZone(QTimeZone("Asia/Riyadh"));
    std::vector<CalendarEntry> entries;
    entries.reserve(kItems);
    const QDateTime start(QDate(2026, 1, 1), QTime(6, 0), QTimeZone::utc());
    const qint64 span = start.secsTo(QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()));
    for (int i = 0; i < kItems; ++i) {
        CalendarEntry e;
        e.id = i + 1;
        e.campaignId = 1 + i % 7;
        e.campaignName = QStringLiteral("Campaign %1").arg(e.campaignId);
        e.campaignTimeZone = QStringLiteral("Asia/Riyadh");
        e.platform = kAllPlatforms[size_t(i % int(kAllPlatforms.size()))];
        e.contentType = ContentType((i / 3) % 9);
        e.publishState = PublishState(i % 7);
        e.approval = i % 2 ? ApprovalState::Approved : ApprovalState::Pending;
        e.scheduledUtc = start.addSecs(span * i / kItems);
        e.title = {QStringLiteral("عرض رمضان رقم %1").arg(i), QStringLiteral("Ramadan offer number %1").arg(i)};
        entries.push_back(std::move(e));
    }
    m_model->setEntries(std::move(entries));
    m_filter = std::make_unique<ContentCalendarModelFilter>(m_model.get());
    m_view = std::make_unique<MonthView>(m_filter.get());
    m_view->setShowHijri(true);
    m_view->setAnchorDate(QDate(2026, 3, 1));
    m_view->setToday(QDate(2026, 3, 1));
    m_view->resize(1600, 1000);
    m_image = QImage(m_view->size(), QImage::Format_ARGB32_Premultiplied);
    for (QDate d = m_view->firstVisibleDay(); d <= m_view->lastVisibleDay(); d = d.addDays(1))
        m_visibleOnDays += int(m_model->rowsOnDay(d).size());
    if (m_visibleOnDays == 0) {
        *error = QStringLiteral("no items on the visible days");
        return false;
    }
    return true;
}

bool CalendarMonthBench::frame(QString *error)
{
    if (m_relayout)
        m_view->relayout();
    m_view->render(&m_image);
    if (m_image.isNull()) {
        *error = QStringLiteral("render produced no image");
        return false;
    }
    return true;
}

QString CalendarMonthBench::summary() const
{
    return QStringLiteral("%1 items in the model, %2 on the 42 visible days, frame %3x%4")
        .arg(kItems)
        .arg(m_visibleOnDays)
        .arg(m_image.width())
        .arg(m_image.height());
}

} // namespace cf::bench
