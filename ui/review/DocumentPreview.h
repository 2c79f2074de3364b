#pragma once

#include "ui/review/PlatformPreview.h"

class QLabel;
class QTextBrowser;

namespace cf {

// An e-mail as an inbox opens it: sender, subject and preheader above the
// HTML body, rendered by QTextBrowser (links are not followed).
class EmailPreview : public PlatformPreview
{
    Q_OBJECT
public:
    explicit EmailPreview(QWidget *parent = nullptr);
    QString family() const override { return QStringLiteral("email"); }
    void setContent(const PreviewContent &content) override;
    QSize sizeHint() const override { return QSize(360, 460); }

private:
    QLabel *m_header;
    QTextBrowser *m_body;
};

// A blog article as the site shows it: title, excerpt image and HTML body.
class BlogPreview : public PlatformPreview
{
    Q_OBJECT
public:
    explicit BlogPreview(QWidget *parent = nullptr);
    QString family() const override { return QStringLiteral("blog"); }
    void setContent(const PreviewContent &content) override;
    QSize sizeHint() const override { return QSize(360, 460); }

private:
    QTextBrowser *m_body;
};

} // namespace cf
