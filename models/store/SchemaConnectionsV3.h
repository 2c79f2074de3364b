#pragma once

#include <QStringList>

namespace cf {

// Schema version 3: connection rows learn what they are (kind), which OAuth
// provider made them, the account they were found through (parent_id, so
// Pages and ad accounts sit under the signed-in user and go with it), a
// picture, a per-account API root (Mailchimp data centre, WordPress site)
// and whether they are chosen for publishing. Still no token column.
QStringList schemaV3Statements();

} // namespace cf
