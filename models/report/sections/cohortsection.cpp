#include "sections.h"

#include "models/itemmodels/valueformat.h"

#include <algorithm>
#include <QCoreApplication>

namespace lodestar::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

// More curves than this turn the chart into a tangle; evenly spaced cohorts keep the shape readable.
constexpr int kMaxCurves = 6;

QStringList periodLabels(const CohortTable &table, std::size_t periods)
{
    QStringList labels;
    const QString pattern = table.period == Period::Quarter ? Text::tr("Q+%1") : Text::tr("M+%1");
    for (std::size_t k = 0; k < periods; ++k)
        labels << pattern.arg(k);
    return labels;
}

std::size_t periodCount(const CohortTable &table)
{
    std::size_t periods = 0;
    for (const auto &row : table.customerRetention)
        periods = std::max(periods, row.size());
    return periods;
}

// Only observed, finished periods: a quarter still running would read as a collapse in retention.
std::vector<double> observedRow(const CohortTable &table, const std::vector<std::vector<double>> &matrix,
                                std::size_t cohort, std::size_t periods)
{
    std::vector<double> values(periods, kUnknown);
    const auto &row = matrix.at(cohort);
    const int observed = cohort < table.observedPeriods.size() ? table.observedPeriods[cohort] : static_cast<int>(row.size());
    for (std::size_t k = 0; k < std::min(periods, row.size()); ++k) {
        const bool incomplete = cohort < table.incomplete.size() && k < table.incomplete[cohort].size()
                                && table.incomplete[cohort][k];
        if (static_cast<int>(k) < observed && !incomplete)
            values[k] = row[k];
    }
    return values;
}

Chart heatmap(const CohortTable &table, std::size_t periods)
{
    Chart chart;
    chart.kind = Chart::Kind::Heatmap;
    chart.title = Text::tr("Share of each cohort buying again, by period since acquisition");
    chart.valueKind = ValueKind::Percent;
    chart.xTitle = table.period == Period::Quarter ? Text::tr("Quarters since acquisition") : Text::tr("Months since acquisition");
    chart.categories = periodLabels(table, periods);
    const std::size_t cohorts = std::min(static_cast<std::size_t>(table.cohorts.size()), table.customerRetention.size());
    for (std::size_t c = 0; c < cohorts; ++c)
        chart.series.push_back({table.cohorts.at(static_cast<qsizetype>(c)), observedRow(table, table.customerRetention, c, periods)});
    chart.heightMm = 16.0 + 6.0 * static_cast<double>(chart.series.size());
    return chart;
}

Chart revenueCurves(const CohortTable &table, std::size_t periods)
{
    Chart chart;
    chart.kind = Chart::Kind::Line;
    chart.title = Text::tr("Cumulative revenue per customer by cohort");
    chart.valueKind = ValueKind::Money;
    chart.xTitle = table.period == Period::Quarter ? Text::tr("Quarters since acquisition") : Text::tr("Months since acquisition");
    chart.categories = periodLabels(table, periods);
    const std::size_t cohorts = std::min(static_cast<std::size_t>(table.cohorts.size()), table.cumulativeRevenuePerCustomer.size());
    const std::size_t step = std::max<std::size_t>(1, (cohorts + kMaxCurves - 1) / kMaxCurves);
    for (std::size_t c = 0; c < cohorts; c += step)
        chart.series.push_back({table.cohorts.at(static_cast<qsizetype>(c)),
                                observedRow(table, table.cumulativeRevenuePerCustomer, c, periods)});
    chart.heightMm = 72.0;
    return chart;
}

} // namespace

Section buildCohortSection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Cohorts);
    const CohortTable &table = context.insights.cohorts;
    const std::size_t periods = periodCount(table);
    if (table.cohorts.isEmpty() || periods == 0) {
        section.blocks.emplace_back(detail::note(Text::tr("No acquisition cohorts in the data yet.")));
        return section;
    }
    section.blocks.emplace_back(Paragraph{Text::tr("Customers grouped by the quarter of their first purchase. Each row follows "
                                             "one cohort; blank cells are periods that have not happened or are still running.")});
    section.blocks.emplace_back(heatmap(table, periods));
    section.blocks.emplace_back(revenueCurves(table, periods));
    return section;
}

} // namespace lodestar::report
