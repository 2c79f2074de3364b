#pragma once

#include "platforms/sandbox/FaultInjector.h"
#include "platforms/sandbox/OAuthEmulator.h"
#include "platforms/sandbox/RequestRecorder.h"
#include "platforms/sandbox/SandboxClock.h"
#include "platforms/sandbox/SandboxSeed.h"

#include <functional>

namespace cf::sandbox {

// The control API under /_sandbox/ that tests use to steer the sandbox:
// health, requests (GET, DELETE), reset, faults (POST, GET, DELETE), clock,
// state and seed, endpoints. Control calls are not recorded.
class SandboxControl
{
public:
    struct Parts
    {
        RequestRecorder &recorder;
        FaultInjector &faults;
        SandboxClock &clock;
        SandboxSeed &seed;
        std::function<void()> resetAll;      // forget tokens, content, faults, records, clock; restore the start seed
        std::function<Json()> endpoints;     // the endpoints file content
    };
    explicit SandboxControl(Parts parts)
        : m_parts(std::move(parts))
    {
    }
    // request.path is below "/_sandbox".
    SandboxReply handle(const SandboxRequest &request);

private:
    Parts m_parts;
};

} // namespace cf::sandbox
