#pragma once

#include <atomic>
#include <memory>

namespace cf {

// A flag shared between whoever may cancel a job and the worker thread that
// runs it. Copies share the flag; the worker polls isCancelled() between
// steps and while an external tool runs.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace cf
