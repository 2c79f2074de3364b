#pragma once

#include "app/review/ReviewService.h"

#include <QDialog>

class QTableWidget;

namespace cf {

// The last step before publishing: exactly what will be sent where, one row
// per approved item (platform and account, time in the campaign's zone,
// text in both languages, media files), and what still blocks the approval.
// "Approve and lock" is enabled only when nothing blocks it; accepting
// leaves the actual write to the caller (ReviewService::finalApprove).
class FinalApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FinalApprovalDialog(const FinalApprovalPreview &preview, QWidget *parent = nullptr);

    QTableWidget *deliveries() const { return m_table; }
    bool canApprove() const { return m_canApprove; }

private:
    QTableWidget *m_table;
    bool m_canApprove = false;
};

} // namespace cf
