// Schema version 2: structured, per-language generated copy.
//
// - campaign_content.copy_json holds a ContentCopy (models/domain/ContentCopy.h)
//   as compact JSON, in the export format's shape; '' means the item has not
//   been generated yet. title/body/cta columns keep a summary for lists.
// - campaigns.product holds the ProductFacts the copy weaves in (name, offer,
//   price, landing page, promo code) as JSON; '{}' means none given.
// Both are additive columns with defaults, so existing rows stay valid and
// the step is a plain ALTER TABLE (no table rebuild).
#include "models/store/Schema.h"

namespace cf {

QStringList schemaV2Statements()
{
    return {
        QStringLiteral("ALTER TABLE campaign_content ADD COLUMN copy_json TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN product TEXT NOT NULL DEFAULT '{}'"),
    };
}

} // namespace cf
