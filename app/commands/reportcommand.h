#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar report --db FILE --out FILE.pdf [--quarter 2025Q4] [--sections …] [--page-size A4|Letter]
/// [--landscape] [--language en|de|fr]`: the QBR report as a PDF, headless.
int runReport(const CommandContext &context);

} // namespace lodestar::cli
