#pragma once

#include "app/planning/ParsedInstruction.h"

#include <nlohmann/json.hpp>

namespace cf {

// The JSON form of a parse, as `campaignforge-cli parse` prints it: keys in
// the documented order, null for absent values, whole amounts as integers.
nlohmann::ordered_json parsedInstructionToJson(const ParsedInstruction &parsed);

} // namespace cf
