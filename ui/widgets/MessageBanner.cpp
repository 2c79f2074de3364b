#include "ui/widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSvgWidget>

namespace cf {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent), m_icon(new QSvgWidget(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_icon->setFixedSize(24, 24);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // The reason can be copied into a support request.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("messageBannerText"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setMessage(Severity::Warning, QString());
}

void MessageBanner::setMessage(Severity severity, const QString &text)
{
    m_severity = severity;
    m_text->setText(text);
    const bool error = severity == Severity::Error;
    m_icon->load(error ? QStringLiteral(":/icons/status-error.svg") : QStringLiteral(":/icons/status-warning.svg"));
    // Fixed light colours with dark text keep the contrast on any theme.
    setStyleSheet(error ? QStringLiteral("#messageBanner { background: #FDECEC; border: 1px solid #F5B5B5; }"
                                         " #messageBannerText { color: #7F1D1D; }")
                        : QStringLiteral("#messageBanner { background: #FEF6DC; border: 1px solid #F3D27A; }"
                                         " #messageBannerText { color: #78350F; }"));
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace cf
