#include "cohorts.h"

#include "models/clv/customersummary.h"

#include <algorithm>

namespace lodestar {

namespace {

/// Share of the horizon's expected purchases made `months` after the calibration end:
/// linear between month ends, 0 before, flat after the horizon.
double shapeAt(const std::vector<double> &shape, double months)
{
    if (shape.empty() || months <= 0.0)
        return 0.0;
    if (months >= static_cast<double>(shape.size()))
        return shape.back();
    const int whole = static_cast<int>(months);
    const double before = whole == 0 ? 0.0 : shape[whole - 1];
    return before + (shape[whole] - before) * (months - whole);
}

std::vector<std::vector<double>> zeros(std::size_t rows, int columns)
{
    return std::vector<std::vector<double>>(rows, std::vector<double>(columns, 0.0));
}

} // namespace

CohortTable computeCohorts(const InsightScan &scan, const PeriodCalendar &calendar, const DayRange &range,
                           const Valuation &valuation)
{
    CohortTable table;
    table.period = calendar.period();
    const int n = calendar.count();
    std::vector<int> cohorts;
    for (int a = 0; a < n; ++a)
        if (scan.periods.newCustomers[a] > 0 && calendar.endDay(a) >= range.from && epochDayOf(calendar.start(a)) <= range.to)
            cohorts.push_back(a);
    const int width = cohorts.empty() ? 0 : n - cohorts.front();
    const std::size_t rows = cohorts.size();
    table.customerRetention = table.retentionOnOrAfter = table.revenueRetention = zeros(rows, width);
    table.cumulativeRevenuePerCustomer = table.projectedCumulativeRevenuePerCustomer = zeros(rows, width);
    table.incomplete.assign(rows, std::vector<bool>(width, false));
    const std::int32_t dataEnd = epochDayOf(valuation.dataEnd);
    const std::int32_t origin = epochDayOf(valuation.calibrationEnd);
    for (std::size_t r = 0; r < rows; ++r) {
        const int a = cohorts[r];
        const double size = scan.periods.newCustomers[a];
        table.cohorts << calendar.label(a);
        table.sizes.push_back(static_cast<int>(size));
        table.observedPeriods.push_back(n - a);
        const CohortCounts::Row &counts = *scan.cohorts.find(a); // newCustomers[a] > 0, so the row exists
        int onOrAfter = 0;
        for (int k = n - a - 1; k >= 0; --k) {
            onOrAfter += counts.lastActive[k];
            table.retentionOnOrAfter[r][k] = onOrAfter / size;
        }
        double cumulative = 0.0;
        const double first = counts.revenue[0];
        for (int k = 0; k < width; ++k) {
            const int period = a + k;
            table.incomplete[r][k] = period >= n || calendar.endDay(period) > dataEnd;
            if (period < n) {
                table.customerRetention[r][k] = counts.active[k] / size;
                table.revenueRetention[r][k] = first != 0.0 ? counts.revenue[k] / first : 0.0;
                cumulative += counts.revenue[k];
            }
            table.cumulativeRevenuePerCustomer[r][k] = cumulative / size;
            const double months = (calendar.endDay(period) - origin) / (365.25 / 12.0);
            const double projected = period >= n || calendar.endDay(period) > dataEnd
                ? scan.cohorts.expectedRevenue[a] * shapeAt(valuation.projectionShape, months) / size
                : 0.0;
            table.projectedCumulativeRevenuePerCustomer[r][k] = cumulative / size + projected;
        }
    }
    return table;
}

} // namespace lodestar
