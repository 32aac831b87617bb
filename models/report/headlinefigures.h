#pragma once

#include "models/engine/analysis.h"

#include <QString>

#include <vector>

namespace lodestar::report {

/// One executive-summary figure under its `kpis --json` key ("average_clv", …).
struct HeadlineFigure
{
    QString key;
    double value = kUnknown;
    double previous = kUnknown;
    double change = kUnknown;
    std::vector<double> history;
};

/// The headline figures in scorecard order (the order of `kpis --json`).
std::vector<HeadlineFigure> summaryFigures(const Headline &headline);

/// The figure's translated label ("Average CLV").
QString headlineLabel(const QString &key);
/// The figure's value as the report prints it; tests format `kpis --json` values with it.
QString formatHeadlineValue(const QString &key, double value);
/// True when a rise is bad news (at-risk revenue), so the change is coloured the other way.
bool higherIsWorse(const QString &key);

} // namespace lodestar::report
