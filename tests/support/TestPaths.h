#pragma once

#include <QString>

namespace cf::test {

// Absolute path of the campaignforge-cli built alongside the tests, for
// end-to-end tests that run it as a user would.
QString cliPath();
// The repository's top folder.
QString sourceDir();
// The shared/ folder beside the repository (parser examples, contracts).
QString sharedDir();

} // namespace cf::test
