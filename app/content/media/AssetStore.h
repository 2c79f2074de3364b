#pragma once

#include "models/domain/Asset.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cf {

// The content-addressed folder of media files: each file is stored once
// under assets/<first two hex digits>/<sha256>.<ext>, so identical bytes are
// never written twice and a file's name proves its content. Only files:
// the metadata row is written by the caller (AssetRepository, on the thread
// that owns the database connection), so this class is safe to use from
// worker threads.
class AssetStore
{
public:
    explicit AssetStore(QString assetsDir) : m_dir(std::move(assetsDir)) {}

    // What is known about a file before storing it.
    struct Meta
    {
        AssetKind kind = AssetKind::Image;
        QString mimeType;  // "image/png"
        QString extension; // "png", without the dot
        std::optional<int> width;
        std::optional<int> height;
        std::optional<qint64> durationMs;
    };

    // Writes the bytes (atomically, unless a file with this hash is already
    // there) and returns the asset metadata with id 0 and createdAt unset.
    std::optional<Asset> putBytes(const QByteArray &bytes, const Meta &meta, QString *error) const;
    // Moves (or copies, across file systems) a finished file into the store.
    std::optional<Asset> putFile(const QString &path, const Meta &meta, QString *error) const;

    QString absolutePath(const Asset &asset) const;
    // True when the asset's file is present with the recorded size.
    bool hasFile(const Asset &asset) const;
    QString directory() const { return m_dir; }

    // "ab/abcdef….png" for a sha256 and an extension.
    static QString relativePathFor(const QString &sha256, const QString &extension);

private:
    QString m_dir;
};

} // namespace cf
