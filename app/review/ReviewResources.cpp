#include "app/review/ReviewResources.h"

namespace cf {

std::shared_ptr<const ReviewResources> ReviewResources::loadBuiltIn(QString *error)
{
    auto planning = PlanningData::load(error);
    if (!planning)
        return nullptr;
    auto bank = PhraseBank::loadBuiltIn(error);
    if (!bank)
        return nullptr;
    auto limits = PlatformLimits::loadBuiltIn(error);
    if (!limits)
        return nullptr;
    return std::make_shared<const ReviewResources>(
        ReviewResources{std::move(*bank), std::move(*limits), std::move(*planning)});
}

} // namespace cf
