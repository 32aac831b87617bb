#include "headlinefigures.h"

#include "models/engine/headline.h"
#include "models/engine/metricregistry.h"
#include "models/itemmodels/valueformat.h"

namespace lodestar::report {

std::vector<HeadlineFigure> summaryFigures(const Headline &headline)
{
    // The engine's list, so the report and `lodestar kpis --json` print the same figures.
    std::vector<HeadlineFigure> figures;
    for (const auto &[key, figure] : lodestar::headlineFigures(headline))
        figures.push_back({key, figure->value, figure->previous, figure->change(), figure->history});
    return figures;
}

// Names, formats and directions are the metric registry's, as on the overview's tiles.
QString headlineLabel(const QString &key)
{
    const MetricDefinition *definition = findMetric(key);
    return definition ? definition->displayName() : key;
}

QString formatHeadlineValue(const QString &key, double value)
{
    const MetricDefinition *definition = findMetric(key);
    return definition ? definition->format(value) : format::number(value);
}

bool higherIsWorse(const QString &key)
{
    const MetricDefinition *definition = findMetric(key);
    return definition && !definition->higherIsBetter;
}

} // namespace lodestar::report
