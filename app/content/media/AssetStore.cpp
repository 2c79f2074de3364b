#include "app/content/media/AssetStore.h"

#include "app/content/media/MediaLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cf {

namespace {

Asset assetFor(const QString &sha256, qint64 size, const AssetStore::Meta &meta)
{
    Asset asset;
    asset.kind = meta.kind;
    asset.sha256 = sha256;
    asset.relativePath = AssetStore::relativePathFor(sha256, meta.extension);
    asset.mimeType = meta.mimeType;
    asset.sizeBytes = size;
    asset.width = meta.width;
    asset.height = meta.height;
    asset.durationMs = meta.durationMs;
    return asset;
}

QString cannotStore(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("cf::AssetStore", "Cannot store the file \"%1\" in the assets folder: %2")
        .arg(path, reason);
}

} // namespace

QString AssetStore::relativePathFor(const QString &sha256, const QString &extension)
{
    return sha256.left(2) + QLatin1Char('/') + sha256 + QLatin1Char('.') + extension;
}

QString AssetStore::absolutePath(const Asset &asset) const
{
    return QDir(m_dir).filePath(asset.relativePath);
}

bool AssetStore::hasFile(const Asset &asset) const
{
    const QFileInfo info(absolutePath(asset));
    return info.isFile() && info.size() == asset.sizeBytes;
}

std::optional<Asset> AssetStore::putBytes(const QByteArray &bytes, const Meta &meta, QString *error) const
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    Asset asset = assetFor(sha, bytes.size(), meta);
    const QString target = absolutePath(asset);
    if (hasFile(asset))
        return asset;
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = cannotStore(target, QCoreApplication::translate("cf::AssetStore", "the folder cannot be created."));
        return std::nullopt;
    }
    // QSaveFile writes a temporary file and renames it: two threads storing
    // the same bytes both end with one complete file.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = cannotStore(target, file.errorString());
        return std::nullopt;
    }
    qCDebug(lcMedia) << "stored" << asset.relativePath << bytes.size() << "bytes";
    return asset;
}

std::optional<Asset> AssetStore::putFile(const QString &path, const Meta &meta, QString *error) const
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = cannotStore(path, source.errorString());
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&source)) {
        *error = cannotStore(path, source.errorString());
        return std::nullopt;
    }
    source.close();
    Asset asset = assetFor(QString::fromLatin1(hash.result().toHex()), QFileInfo(path).size(), meta);
    const QString target = absolutePath(asset);
    if (hasFile(asset)) {
        QFile::remove(path);
        return asset;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = cannotStore(target, QCoreApplication::translate("cf::AssetStore", "the folder cannot be created."));
        return std::nullopt;
    }
    QFile::remove(target); // a partial file of another size from an earlier crash
    if (!QFile::rename(path, target)) {
        // rename fails across file systems: copy to a temporary name in the
        // store and rename that, so the target only ever holds whole files.
        const QString partial = target + QStringLiteral(".partial");
        QFile::remove(partial);
        if (!QFile::copy(path, partial) || !QFile::rename(partial, target)) {
            QFile::remove(partial);
            *error = cannotStore(path, QCoreApplication::translate("cf::AssetStore", "copying failed."));
            return std::nullopt;
        }
        QFile::remove(path);
    }
    return asset;
}

} // namespace cf
