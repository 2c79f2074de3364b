#pragma once

#include "models/domain/Asset.h"

#include <QString>

#include <optional>

namespace cf {

// Checks that a file the owner picked is an image Qt can read, at least
// kMinimumSide pixels on each side and at most kMaximumBytes, and returns a
// translated reason when it is not. Reads the file: call it off the GUI thread
// for files of unknown size.
struct ImageCheck
{
    static constexpr int kMinimumSide = 64;
    static constexpr qint64 kMaximumBytes = 20 * 1024 * 1024;

    bool ok = false;
    QString error;
    int width = 0;
    int height = 0;
};
ImageCheck checkImageFile(const QString &path);

// Copies a checked image into the asset store (the original stays where it
// is) and returns the asset metadata without a database id.
std::optional<Asset> importImageFile(const QString &path, const QString &assetsDir, QString *error);

} // namespace cf
