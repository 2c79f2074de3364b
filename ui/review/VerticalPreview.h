#pragma once

#include "ui/review/PlatformPreview.h"

namespace cf {

// A full-screen 9:16 item: Instagram story and reel cover, Facebook story,
// TikTok video and Snapchat ad. The image fills the frame; account name on
// top, caption at the bottom (two lines, then "… more"), CTA as the
// platform shows it (Snapchat's "Swipe up" bar, TikTok's button).
class VerticalPreview : public PlatformPreview
{
    Q_OBJECT
public:
    using PlatformPreview::PlatformPreview;

    QString family() const override { return QStringLiteral("vertical"); }
    QSize sizeHint() const override { return QSize(270, 480); }
    QSize minimumSizeHint() const override { return QSize(180, 320); }

protected:
    void paintEvent(QPaintEvent *event) override;
};

// A YouTube video in a list: the 16:9 thumbnail, the title cut at two lines
// and the channel name.
class YouTubePreview : public PlatformPreview
{
    Q_OBJECT
public:
    using PlatformPreview::PlatformPreview;

    QString family() const override { return QStringLiteral("youtube"); }
    QSize sizeHint() const override { return QSize(340, 280); }

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace cf
