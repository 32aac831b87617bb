#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar kpis --db FILE [--period month|quarter] [--json]`: the headline (latest complete
/// period vs previous) and every period's KPIs.
int runKpis(const CommandContext &context);

} // namespace lodestar::cli
