#include "ui/calendar/PlatformPalette.h"

namespace cf {

QColor platformColor(Platform platform)
{
    switch (platform) {
    case Platform::Facebook: return QColor(0x18, 0x77, 0xF2);
    case Platform::Instagram: return QColor(0xC1, 0x35, 0x84);
    case Platform::X: return QColor(0x14, 0x17, 0x1A);
    case Platform::LinkedIn: return QColor(0x0A, 0x66, 0xC2);
    case Platform::TikTok: return QColor(0x00, 0x9C, 0x9C);
    case Platform::YouTube: return QColor(0xD9, 0x1C, 0x1C);
    case Platform::WordPress: return QColor(0x21, 0x75, 0x9B);
    case Platform::Mailchimp: return QColor(0xB8, 0x8A, 0x00);
    case Platform::Kit: return QColor(0xE0, 0x55, 0x5C);
    case Platform::Snapchat: return QColor(0xE6, 0xC8, 0x00);
    }
    return QColor(0x66, 0x66, 0x66);
}

QColor platformTint(Platform platform)
{
    // 16% of the colour over white.
    const QColor c = platformColor(platform);
    auto mix = [](int channel) { return 255 - (255 - channel) * 16 / 100; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QColor platformTextColor(Platform platform)
{
    const QColor c = platformColor(platform);
    // Relative luminance, rough but enough to choose between black and white.
    const int luma = (c.red() * 299 + c.green() * 587 + c.blue() * 114) / 1000;
    return luma > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace cf
