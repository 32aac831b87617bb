#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar import --db FILE [--transactions CSV] [--customers CSV] [--spend CSV] [--nps CSV]
/// [--map [KIND.]FIELD=COLUMN]… [--date-format FMT] [--delimiter C|whitespace] [--no-header] [--json]`.
int runImport(const CommandContext &context);

} // namespace lodestar::cli
