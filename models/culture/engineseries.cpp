#include "engineseries.h"

#include <QHash>

namespace lodestar {

EngineSeries EngineSeries::empty(std::size_t quarters)
{
    return {std::vector<double>(quarters, kUnknown), std::vector<double>(quarters, kUnknown),
            std::vector<double>(quarters, kUnknown), std::vector<double>(quarters, kUnknown)};
}

EngineSeries engineSeries(const Insights &insights, const QuarterlyFacts &facts)
{
    EngineSeries series = EngineSeries::empty(facts.quarters.size());
    if (insights.filter.period != Period::Quarter)
        return series;
    QHash<QString, const KpiPeriod *> byLabel;
    for (const KpiPeriod &kpi : insights.kpis)
        byLabel.insert(kpi.label, &kpi);
    for (std::size_t i = 0; i < facts.quarters.size(); ++i) {
        const KpiPeriod *kpi = byLabel.value(facts.quarters[i].quarter.toString());
        if (!kpi)
            continue;
        series.averageClv[i] = kpi->averageClv;
        series.clvCoverage[i] = kpi->clvCoverage;
        series.firstPeriodChurn[i] = kpi->firstPeriodChurn;
        series.ltvToCac[i] = kpi->ltvToCac;
    }
    return series;
}

} // namespace lodestar
