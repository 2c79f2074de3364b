#pragma once

#include <QWidget>

namespace cf {

class EmptyState;

// Approval of generated content before anything is published. Until the
// review screen arrives it explains what will appear here and how.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);

Q_SIGNALS:
    void showCampaignsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    EmptyState *m_empty;
};

} // namespace cf
