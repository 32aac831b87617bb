#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar screenshot --db FILE --view NAME --out PNG [--size WxH]`: renders the real main
/// window with that view, after the analysis finished, to a PNG.
int runScreenshot(const CommandContext &context);

} // namespace lodestar::cli
