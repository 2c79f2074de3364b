#include "ui/calendar/ItemDetailsPopup.h"

#include "models/itemmodels/ContentCalendarModel.h"
#include "ui/calendar/PlatformPalette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cf {

ItemDetailsPopup::ItemDetailsPopup(const CalendarEntry &entry, const QDateTime &localTime, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("calendarItemDetails"));
    setWindowTitle(tr("Scheduled item"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *title = new QLabel(entry.displayTitle(), this);
    title->setObjectName(QStringLiteral("itemTitle"));
    title->setWordWrap(true);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title->setFont(big);

    auto *platform = new QLabel(platformDisplayName(entry.platform), this);
    platform->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(platformColor(entry.platform).name()));
    const QLocale locale;
    const QString when = localTime.isValid()
                             ? tr("%1 (%2)").arg(locale.toString(localTime, QLocale::LongFormat),
                                                 QString::fromUtf8(localTime.timeZone().id()))
                             : tr("Not scheduled");

    auto *form = new QFormLayout;
    form->addRow(tr("Platform:"), platform);
    form->addRow(tr("Type:"), new QLabel(contentTypeDisplayName(entry.contentType), this));
    form->addRow(tr("Status:"), new QLabel(calendarStatusDisplayName(entry.status()), this));
    form->addRow(tr("Approval:"), new QLabel(approvalStateDisplayName(entry.approval), this));
    form->addRow(tr("When:"), new QLabel(when, this));
    form->addRow(tr("Campaign:"), new QLabel(entry.campaignName, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace cf
