#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar imports --db FILE [--json]`: past imports with their counts, newest first.
int runImports(const CommandContext &context);

} // namespace lodestar::cli
