// ReviewService's image import: the file is checked (format, size, pixels)
// and copied into the content-addressed asset store on the thread pool; the
// database row is written later, on the connection's thread (replaceImage).
#include "app/review/ReviewService.h"

#include "app/content/media/AssetStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace cf {

ImageImport ReviewService::importImageFile(const QString &assetsDir, const QString &path)
{
    constexpr qint64 kMaxBytes = 30LL * 1024 * 1024;
    constexpr int kMinSide = 320;
    ImageImport result;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        result.error = QCoreApplication::translate("cf::ReviewService", "The file \"%1\" cannot be read.").arg(info.fileName());
        return result;
    }
    if (info.size() > kMaxBytes) {
        result.error = QCoreApplication::translate("cf::ReviewService", "The image is larger than 30 MB.");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("cf::ReviewService", "The file \"%1\" cannot be read.").arg(info.fileName());
        return result;
    }
    const QByteArray bytes = file.readAll();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    AssetStore::Meta meta;
    if (format == "png") {
        meta.mimeType = QStringLiteral("image/png");
        meta.extension = QStringLiteral("png");
    } else if (format == "jpeg" || format == "jpg") {
        meta.mimeType = QStringLiteral("image/jpeg");
        meta.extension = QStringLiteral("jpg");
    } else if (format == "webp") {
        meta.mimeType = QStringLiteral("image/webp");
        meta.extension = QStringLiteral("webp");
    } else {
        result.error = QCoreApplication::translate("cf::ReviewService", "\"%1\" is not a PNG, JPEG or WebP image.").arg(info.fileName());
        return result;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        result.error = QCoreApplication::translate("cf::ReviewService", "\"%1\" is damaged: %2").arg(info.fileName(), reader.errorString());
        return result;
    }
    if (qMin(image.width(), image.height()) < kMinSide) {
        result.error = QCoreApplication::translate("cf::ReviewService", "The image is %1×%2 pixels; platforms need at least %3 on each side.")
                           .arg(image.width())
                           .arg(image.height())
                           .arg(kMinSide);
        return result;
    }
    meta.kind = AssetKind::Image;
    meta.width = image.width();
    meta.height = image.height();
    QString error;
    result.asset = AssetStore(assetsDir).putBytes(bytes, meta, &error);
    if (!result.asset)
        result.error = error;
    return result;
}

QFuture<ImageImport> ReviewService::importImage(const QString &path) const
{
    return QtConcurrent::run([dir = m_assetsDir, path] { return importImageFile(dir, path); });
}

} // namespace cf
