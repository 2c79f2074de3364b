#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace cf::bench {

// One named benchmark. prepare() runs once, untimed (load data, open a
// database); iteration() is the timed body and returns false with a reason
// when something went wrong, which stops the run.
class Benchmark
{
public:
    virtual ~Benchmark() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual bool prepare(QString *error) = 0;
    virtual bool iteration(QString *error) = 0;
    // A line printed after the figures (what one iteration produced).
    virtual QString summary() const { return {}; }
};

std::vector<std::unique_ptr<Benchmark>> planBenchmarks();
std::vector<std::unique_ptr<Benchmark>> contentBenchmarks();
std::vector<std::unique_ptr<Benchmark>> mediaBenchmarks();

} // namespace cf::bench
