#pragma once

#include <QLabel>

namespace cf {

// The status-bar badge that stays visible while sandbox mode is on, so
// nobody mistakes a rehearsal with the local platform emulator for real
// publishing.
class SandboxBadge : public QLabel
{
    Q_OBJECT
public:
    explicit SandboxBadge(const QString &sandboxAddress, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString m_address;
};

} // namespace cf
