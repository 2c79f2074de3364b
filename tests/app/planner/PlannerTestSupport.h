#pragma once

#include "app/planning/ParsedInstruction.h"
#include "app/planning/data/PlanningData.h"

#include <QTest>

namespace cf::test {

// The compiled-in planning tables, loaded once per test executable.
inline const PlanningData &planningData()
{
    static const PlanningData data = [] {
        QString error;
        auto loaded = PlanningData::load(&error);
        if (!loaded)
            qFatal("planning data failed to load: %s", qPrintable(error));
        return *loaded;
    }();
    return data;
}

// The seed instruction as the parser reads it (shared/parser/examples.json en-001):
// "Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget
// targeting women 25-40 in Riyadh".
inline ParsedInstruction seedInstruction()
{
    ParsedInstruction p;
    p.text = QStringLiteral("Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh");
    p.platforms = {QStringLiteral("instagram"), QStringLiteral("tiktok")};
    p.budget = ParsedBudget{1000, QStringLiteral("SAR")};
    p.genders = {QStringLiteral("female")};
    p.ageMin = 25;
    p.ageMax = 40;
    p.locations = {QStringLiteral("Riyadh")};
    p.theme = QStringLiteral("Ramadan");
    p.objective = QStringLiteral("sales");
    return p;
}

} // namespace cf::test
