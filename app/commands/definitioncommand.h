#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar definition --db FILE [--method M] [--horizon-months N] [--discount-rate R] [--margin M]
/// [--time-unit U] [--calibration-end DATE] [--json]`: shows the CLV definition; saves it when
/// any option is given.
int runDefinition(const CommandContext &context);

} // namespace lodestar::cli
