#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar scorecard --db FILE [--json]`: the balanced scorecard over trailing quarters.
int runScorecard(const CommandContext &context);

} // namespace lodestar::cli
