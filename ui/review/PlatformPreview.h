#pragma once

#include "ui/review/PreviewContent.h"

#include <QWidget>

#include <memory>

class QPainter;

namespace cf {

// Base of the per-platform previews: holds the content, takes the layout
// direction of the copy's language (Arabic previews are right to left
// whatever the application language) and offers the drawing pieces the
// painted previews share.
class PlatformPreview : public QWidget
{
    Q_OBJECT
public:
    explicit PlatformPreview(QWidget *parent = nullptr);

    virtual void setContent(const PreviewContent &content);
    const PreviewContent &content() const { return m_content; }
    // The platform family's name, for tests and accessibility ("feed", "vertical", ...).
    virtual QString family() const = 0;

    // The preview class for the item's platform and content type.
    static std::unique_ptr<PlatformPreview> create(Platform platform, ContentType type, QWidget *parent = nullptr);

protected:
    // Wraps text into rect, at most maxLines lines; when it does not fit,
    // the last line ends with "… more" in the copy's language (as the
    // platform shows it). Returns the height used.
    int drawWrapped(QPainter &p, const QRect &rect, const QString &text, int maxLines, bool withMore) const;
    void drawAvatar(QPainter &p, const QRect &rect) const;
    // The item's image scaled to cover rect, or a brand-coloured placeholder.
    void drawImage(QPainter &p, const QRect &rect) const;
    void drawButton(QPainter &p, const QRect &rect, const QString &text, const QColor &fill, const QColor &textColour) const;

    PreviewContent m_content;
};

} // namespace cf
