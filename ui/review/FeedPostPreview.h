#pragma once

#include "ui/review/PlatformPreview.h"

namespace cf {

// A post in a feed as Facebook, Instagram (feed), X and LinkedIn show it:
// account header, text cut where the platform cuts it ("… more"), the image
// in the platform's feed ratio and, for ads, the headline and CTA bar.
class FeedPostPreview : public PlatformPreview
{
    Q_OBJECT
public:
    using PlatformPreview::PlatformPreview;

    QString family() const override { return QStringLiteral("feed"); }
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int paintPost(QPainter *p, int width) const; // returns the height used; p may draw off-screen
    int imageHeight(int width) const;
};

} // namespace cf
