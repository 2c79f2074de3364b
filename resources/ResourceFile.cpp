#include "resources/ResourceFile.h"

#include <QFile>

namespace cf {

QByteArray readResource(const QString &relativePath, QString *error)
{
    QFile file(QStringLiteral(":/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        // Not translated: a missing compiled-in file is a build defect that
        // only developers see, never a user's input problem.
        if (error)
            *error = QStringLiteral("resource %1 is missing from this build").arg(relativePath);
        return {};
    }
    return file.readAll();
}

} // namespace cf
