#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar goals --db FILE [--json]`: team goals with progress and the CLV driver each feeds;
/// `lodestar goals add --db FILE --team T --name N --indicator K --quarter Q --target X [--actual X]`;
/// `lodestar goals add-team --db FILE --name N`.
int runGoals(const CommandContext &context);

} // namespace lodestar::cli
