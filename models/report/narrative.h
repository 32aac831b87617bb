#pragma once

#include "models/report/headlinefigures.h"

#include <QStringList>

#include <vector>

namespace lodestar::report {

/// Two to four plain sentences read off the headline figures for the executive summary,
/// e.g. "Average CLV grew 4.1% while revenue grew 7.3%." Figures that are unknown are skipped.
QStringList summarySentences(const std::vector<HeadlineFigure> &figures, const QString &period);

} // namespace lodestar::report
