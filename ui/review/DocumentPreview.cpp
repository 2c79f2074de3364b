#include "ui/review/DocumentPreview.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cf {

EmailPreview::EmailPreview(QWidget *parent)
    : PlatformPreview(parent), m_header(new QLabel(this)), m_body(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header->setObjectName(QStringLiteral("emailHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setStyleSheet(QStringLiteral("background: #F6F8FA; padding: 8px; border-bottom: 1px solid #DDD;"));
    m_body->setObjectName(QStringLiteral("emailBody"));
    m_body->setOpenLinks(false);
    layout->addWidget(m_header);
    layout->addWidget(m_body, 1);
}

void EmailPreview::setContent(const PreviewContent &content)
{
    PlatformPreview::setContent(content);
    m_header->setText(QStringLiteral("<b>%1</b><br><span style='font-size:larger'>%2</span><br><span style='color:#666'>%3</span>")
                          .arg(content.accountName.toHtmlEscaped(), content.emailSubject.toHtmlEscaped(),
                               content.emailPreheader.toHtmlEscaped()));
    m_body->setHtml(content.html.isEmpty() ? QStringLiteral("<p>%1</p>").arg(content.primaryText.toHtmlEscaped()) : content.html);
}

BlogPreview::BlogPreview(QWidget *parent) : PlatformPreview(parent), m_body(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_body->setObjectName(QStringLiteral("blogBody"));
    m_body->setOpenLinks(false);
    layout->addWidget(m_body);
}

void BlogPreview::setContent(const PreviewContent &content)
{
    PlatformPreview::setContent(content);
    if (!content.image.isNull())
        m_body->document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cf-preview:image")), content.image.scaledToWidth(320));
    const QString image = content.image.isNull() ? QString() : QStringLiteral("<p><img src='cf-preview:image'></p>");
    const QString body = content.html.isEmpty() ? QStringLiteral("<p>%1</p>").arg(content.primaryText.toHtmlEscaped()) : content.html;
    m_body->setHtml(QStringLiteral("<h1>%1</h1>%2%3").arg(content.headline.toHtmlEscaped(), image, body));
}

} // namespace cf
