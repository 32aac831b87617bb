#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar channels --db FILE [--json]`: net value per acquisition channel.
int runChannels(const CommandContext &context);

} // namespace lodestar::cli
