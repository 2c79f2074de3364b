#pragma once

#include <QWidget>

namespace cf {

class EmptyState;

// The accounts CampaignForge publishes to. Until the connection screen
// arrives it lists the supported platforms and explains how signing in works.
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    EmptyState *m_empty;
};

} // namespace cf
