#pragma once

#include <cstddef>
#include <cstdint>

namespace lodestar::fuzz {

/// One fuzz input through the CSV reader, column mapping and row validation of every import kind.
/// The first byte picks the format, kind, header and date order; the rest is the file.
void csvReaderOneInput(const std::uint8_t *data, std::size_t size);

/// One fuzz input through the date, month and number parsers and the option parsers, checking
/// that whatever they accept round-trips.
void parsersOneInput(const std::uint8_t *data, std::size_t size);

} // namespace lodestar::fuzz

/// Stops the process with a message when an invariant of the code under test fails; libFuzzer
/// (and the regression test) see the abort.
#define LODESTAR_FUZZ_CHECK(condition)                                                             \
    do {                                                                                            \
        if (!(condition))                                                                           \
            ::lodestar::fuzz::checkFailed(#condition, __FILE__, __LINE__);                          \
    } while (false)

namespace lodestar::fuzz {
[[noreturn]] void checkFailed(const char *condition, const char *file, int line);
}
