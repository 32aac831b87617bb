#include "maturitymatrix.h"

#include <algorithm>
#include <cmath>

namespace lodestar {

double CultureKpis::value(KpiSource source, const Quarter &quarter) const
{
    const QString label = quarter.toString();
    switch (source) {
    case KpiSource::DefinitionAdoption: return definitionAdoption.value(label, kUnknown);
    case KpiSource::RevenueWithClv: return revenueWithClv.value(label, kUnknown);
    case KpiSource::ClvVsRevenueGrowth: return clvVsRevenueGrowth.value(label, kUnknown);
    case KpiSource::Entered: return kUnknown;
    }
    return kUnknown;
}

CultureKpis computeCultureKpis(const QuarterlyFacts &facts, const EngineSeries &engine, bool definitionSet,
                               const QHash<QString, int> &definitionSurfaces, int expectedSurfaces)
{
    CultureKpis kpis;
    for (std::size_t i = 0; i < facts.quarters.size(); ++i) {
        const QString label = facts.quarters[i].quarter.toString();
        if (i < engine.clvCoverage.size() && !std::isnan(engine.clvCoverage[i]))
            kpis.revenueWithClv.insert(label, engine.clvCoverage[i]);
        if (i == 0 || i >= engine.averageClv.size())
            continue;
        const double clvBefore = engine.averageClv[i - 1];
        const double revenueBefore = facts.quarters[i - 1].revenue;
        if (clvBefore > 0.0 && revenueBefore > 0.0 && !std::isnan(engine.averageClv[i])) {
            const double clvGrowth = engine.averageClv[i] / clvBefore - 1.0;
            const double revenueGrowth = facts.quarters[i].revenue / revenueBefore - 1.0;
            kpis.clvVsRevenueGrowth.insert(label, clvGrowth - revenueGrowth);
        }
    }
    // Adoption: a documented definition that nobody looks at is not adopted; one not set is not either.
    for (auto it = definitionSurfaces.cbegin(); it != definitionSurfaces.cend(); ++it) {
        const double share = expectedSurfaces > 0 ? std::min(1.0, double(it.value()) / expectedSurfaces) : 1.0;
        kpis.definitionAdoption.insert(it.key(), definitionSet ? share : 0.0);
    }
    for (const QuarterFacts &quarter : facts.quarters) {
        if (!kpis.definitionAdoption.contains(quarter.quarter.toString()))
            kpis.definitionAdoption.insert(quarter.quarter.toString(), 0.0);
    }
    return kpis;
}

namespace {

MatrixRow buildRow(const CapabilityInfo &info, const std::vector<const Assessment *> &history, const Quarter &quarter,
                   const CultureKpis &kpis)
{
    MatrixRow row;
    row.capability = info.capability;
    row.owner = capabilityOwner(info.capability);
    for (const Assessment *assessment : history)
        row.trend.push_back({assessment->quarter, assessment->level, assessment->target});
    if (!history.empty()) {
        const Assessment &latest = *history.back();
        row.assessed = true;
        row.assessedIn = latest.quarter;
        row.level = latest.level;
        row.target = latest.target;
        row.gap = latest.target - latest.level;
        if (!latest.owner.isEmpty())
            row.owner = latest.owner;
        row.evidence = latest.evidence;
        row.kpiValue = latest.kpiValue;
        row.kpiPeriod = latest.kpiPeriod;
    }
    row.kpiComputed = info.source != KpiSource::Entered;
    if (row.kpiComputed) {
        row.kpiValue = kpis.value(info.source, quarter);
        row.kpiPeriod = quarter.toString();
    }
    row.kpiUnit = QLatin1String(info.unit);
    return row;
}

} // namespace

MaturityMatrix buildMaturityMatrix(const std::vector<Assessment> &assessments, std::optional<Quarter> quarter,
                                   const CultureKpis &kpis, const Quarter &fallback)
{
    MaturityMatrix matrix;
    for (const Assessment &assessment : assessments)
        matrix.quarters.push_back(assessment.quarter);
    std::sort(matrix.quarters.begin(), matrix.quarters.end());
    matrix.quarters.erase(std::unique(matrix.quarters.begin(), matrix.quarters.end()), matrix.quarters.end());
    matrix.quarter = quarter ? *quarter : (matrix.quarters.empty() ? fallback : matrix.quarters.back());

    double levels = 0.0;
    double gaps = 0.0;
    int assessed = 0;
    for (const CapabilityInfo &info : capabilities()) {
        std::vector<const Assessment *> history;
        for (const Assessment &assessment : assessments) {
            if (assessment.capability == info.capability && assessment.quarter <= matrix.quarter)
                history.push_back(&assessment);
        }
        std::sort(history.begin(), history.end(), [](const Assessment *a, const Assessment *b) { return a->quarter < b->quarter; });
        matrix.rows.push_back(buildRow(info, history, matrix.quarter, kpis));
        if (matrix.rows.back().assessed) {
            levels += matrix.rows.back().level;
            gaps += matrix.rows.back().gap;
            ++assessed;
        }
    }
    if (assessed > 0) {
        matrix.averageLevel = levels / assessed;
        matrix.averageGap = gaps / assessed;
    }
    return matrix;
}

} // namespace lodestar
