#pragma once

#include "app/planning/plan/CampaignPlan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace cf::planningjson {

// Small readers shared by the planning-data loaders: they accept only the
// shapes the tables use and report the first problem in a translated sentence.
std::optional<QJsonObject> readObject(const QString &resourcePath, QString *error);
QStringList strings(const QJsonValue &value);
Bilingual bilingual(const QJsonValue &value);
std::optional<QTime> clockTime(const QJsonValue &value);
ValueRange range(const QJsonValue &value);
QString invalid(const QString &resourcePath, const QString &what);

} // namespace cf::planningjson
