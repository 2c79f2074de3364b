#include "ui/review/FinalApprovalDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cf {

FinalApprovalDialog::FinalApprovalDialog(const FinalApprovalPreview &preview, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("finalApprovalDialog"));
    setWindowTitle(tr("Final approval: %1").arg(preview.campaign.name));
    resize(980, 560);
    m_canApprove = preview.blockers.isEmpty();

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("finalApprovalSummary"));
    summary->setWordWrap(true);
    if (m_canApprove) {
        summary->setText(tr("%n item(s) will be queued for publishing as listed below; %1 rejected item(s) will not be sent. "
                            "After this the campaign is locked until you unlock it.",
                            nullptr, int(preview.deliveries.size()))
                             .arg(preview.rejected));
    } else {
        QStringList lines;
        for (const QString &b : preview.blockers)
            lines << QStringLiteral("• ") + b.toHtmlEscaped();
        summary->setText(tr("<b>Not ready for final approval:</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
    }

    m_table->setObjectName(QStringLiteral("finalApprovalTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("When"), tr("Arabic text"), tr("English text"), tr("Media")});
    m_table->setRowCount(int(preview.deliveries.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    const QTimeZone zone(preview.campaign.timeZone.toUtf8());
    const QLocale locale;
    int row = 0;
    for (const PlannedDelivery &d : preview.deliveries) {
        const QString kind = d.isAd ? tr("%1 ad").arg(contentTypeDisplayName(d.contentType)) : contentTypeDisplayName(d.contentType);
        const QString account = d.account.isEmpty() ? tr("no account connected yet") : d.account;
        const QDateTime when = zone.isValid() ? d.scheduledUtc.toTimeZone(zone) : d.scheduledUtc;
        QStringList media;
        for (const QString &path : d.mediaPaths)
            media << QFileInfo(path).fileName();
        auto *where = new QTableWidgetItem(tr("%1 — %2\n%3").arg(platformDisplayName(d.platform), account, kind));
        auto *ar = new QTableWidgetItem(d.text.ar);
        ar->setTextAlignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignTop);
        m_table->setItem(row, 0, where);
        m_table->setItem(row, 1, new QTableWidgetItem(d.scheduledUtc.isValid() ? locale.toString(when, QLocale::ShortFormat) : tr("not scheduled")));
        m_table->setItem(row, 2, ar);
        m_table->setItem(row, 3, new QTableWidgetItem(d.text.en));
        m_table->setItem(row, 4, new QTableWidgetItem(media.isEmpty() ? tr("text only") : media.join(QLatin1Char('\n'))));
        ++row;
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(0, 180);
    m_table->setColumnWidth(1, 130);
    m_table->setColumnWidth(2, 260);
    m_table->setColumnWidth(3, 260);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *approve = buttons->addButton(tr("Approve and lock"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approveAndLock"));
    approve->setEnabled(m_canApprove);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace cf
