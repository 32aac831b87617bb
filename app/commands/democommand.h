#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar demo --db FILE [--force] [--json]`: builds the demo company's workspace (deterministic).
int runDemo(const CommandContext &context);

} // namespace lodestar::cli
