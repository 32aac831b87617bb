#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar summary --db FILE [--json]`: customers, transactions, date range, revenue.
int runSummary(const CommandContext &context);

} // namespace lodestar::cli
