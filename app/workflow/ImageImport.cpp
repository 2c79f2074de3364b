#include "app/workflow/ImageImport.h"

#include "app/content/media/AssetStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>

namespace cf {

ImageCheck checkImageFile(const QString &path)
{
    ImageCheck check;
    const QFileInfo info(path);
    if (!info.isFile()) {
        check.error = QCoreApplication::translate("cf::ImageImport", "\"%1\" is not a file.").arg(path);
        return check;
    }
    if (info.size() > ImageCheck::kMaximumBytes) {
        check.error = QCoreApplication::translate("cf::ImageImport", "\"%1\" is larger than 20 MB.").arg(info.fileName());
        return check;
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid()) {
        check.error = QCoreApplication::translate("cf::ImageImport", "\"%1\" is not an image CampaignForge can read (%2).")
                          .arg(info.fileName(), reader.errorString());
        return check;
    }
    if (size.width() < ImageCheck::kMinimumSide || size.height() < ImageCheck::kMinimumSide) {
        check.error = QCoreApplication::translate("cf::ImageImport", "\"%1\" is only %2×%3 pixels; use an image of at least %4×%4.")
                          .arg(info.fileName())
                          .arg(size.width())
                          .arg(size.height())
                          .arg(ImageCheck::kMinimumSide);
        return check;
    }
    check.ok = true;
    check.width = size.width();
    check.height = size.height();
    return check;
}

std::optional<Asset> importImageFile(const QString &path, const QString &assetsDir, QString *error)
{
    const ImageCheck check = checkImageFile(path);
    if (!check.ok) {
        *error = check.error;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cf::ImageImport", "\"%1\" cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const QMimeType mime = QMimeDatabase().mimeTypeForData(bytes);
    AssetStore::Meta meta;
    meta.kind = AssetKind::Image;
    meta.mimeType = mime.name();
    meta.extension = mime.preferredSuffix().isEmpty() ? QFileInfo(path).suffix().toLower() : mime.preferredSuffix();
    meta.width = check.width;
    meta.height = check.height;
    return AssetStore(assetsDir).putBytes(bytes, meta, error);
}

} // namespace cf
