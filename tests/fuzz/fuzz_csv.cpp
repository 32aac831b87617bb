// libFuzzer entry point; the body is in fuzztargets.cpp so the regression test replays the same code.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    lodestar::fuzz::csvReaderOneInput(data, size);
    return 0;
}
