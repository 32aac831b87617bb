#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar guardrails --db FILE [--json] [--set KEY=VALUE …]`: warnings with the numbers behind them;
/// --set changes a threshold or target first (see `--list-settings`).
int runGuardrails(const CommandContext &context);

} // namespace lodestar::cli
