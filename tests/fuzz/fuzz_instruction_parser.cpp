// libFuzzer entry for the instruction parser (CF_BUILD_FUZZERS=ON, clang).
// Run: ./fuzz_instruction_parser -max_total_time=60 corpus/
#include "tests/fuzz/ParserFuzzTarget.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Built on first use and kept for the whole run: libFuzzer calls the entry
// millions of times and the vocabulary never changes.
const cf::InstructionParser &parser()
{
    static const cf::ParserVocabulary vocabulary = [] {
        QString error;
        auto loaded = cf::ParserVocabulary::loadBuiltIn(&error);
        if (!loaded) {
            std::fprintf(stderr, "vocabulary: %s\n", qPrintable(error));
            std::abort();
        }
        return std::move(*loaded);
    }();
    static const cf::InstructionParser instance(vocabulary);
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString broken = cf::fuzz::parseAndCheck(parser(), input);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", qPrintable(broken));
        std::abort();
    }
    return 0;
}
