#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar cohorts --db FILE [--period month|quarter] [--json]`: acquisition cohorts with
/// retention, revenue retention, cumulative revenue per customer and the model's projection.
int runCohorts(const CommandContext &context);

} // namespace lodestar::cli
