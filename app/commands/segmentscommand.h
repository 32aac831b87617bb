#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar segments --db FILE [--by tier|rfm|channel|region|plan] [--json]`: customers,
/// revenue, CLV, P(alive), LTV:CAC and CAC payback per segment.
int runSegments(const CommandContext &context);

} // namespace lodestar::cli
