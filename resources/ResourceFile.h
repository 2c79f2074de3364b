#pragma once

#include <QByteArray>
#include <QString>

namespace cf {

// Reads one compiled-in data file (vocabularies, templates, phrase banks),
// e.g. readResource(QStringLiteral("vocab/platforms.json")). Returns an empty
// array and a reason in *error when the file is missing from the build.
QByteArray readResource(const QString &relativePath, QString *error = nullptr);

} // namespace cf
