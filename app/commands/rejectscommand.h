#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar rejects --db FILE --import ID [--out CSV] [--json]`: the rows an import rejected, and why.
int runRejects(const CommandContext &context);

} // namespace lodestar::cli
