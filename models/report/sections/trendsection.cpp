#include "sections.h"

#include "models/itemmodels/valueformat.h"

#include <QCoreApplication>

namespace lodestar::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

Chart kpiChart(const std::vector<KpiPeriod> &kpis, Chart::Kind kind, const QString &title,
               const QString &seriesName, double KpiPeriod::*field)
{
    Chart chart;
    chart.kind = kind;
    chart.title = title;
    chart.valueKind = ValueKind::Money;
    chart.valueTitle = QStringLiteral("%1 (%2)").arg(seriesName, format::currencySymbol());
    chart.heightMm = 62.0;
    ChartSeries series{seriesName, {}};
    for (const auto &period : kpis) {
        chart.categories << period.label;
        series.values.push_back(period.*field);
    }
    chart.series.push_back(std::move(series));
    return chart;
}

Table kpiTable(const std::vector<KpiPeriod> &kpis)
{
    Table table;
    table.headers = QStringList{Text::tr("Quarter"), Text::tr("Revenue"), Text::tr("Growth"), Text::tr("Active"), Text::tr("New"),
                                Text::tr("Average CLV"), Text::tr("Retention"), Text::tr("At-risk revenue")};
    table.numeric = {false, true, true, true, true, true, true, true};
    for (const auto &period : kpis) {
        table.rows.push_back(QStringList{
            period.label, format::money(period.revenue), format::percent(period.revenueGrowth),
            format::count(period.activeCustomers), format::count(period.newCustomers),
            format::money(period.averageClv, 2), format::percent(period.retention), format::money(period.atRiskRevenue)});
    }
    return table;
}

} // namespace

Section buildTrendSection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Trends);
    const auto &kpis = context.insights.kpis;
    if (kpis.empty()) {
        section.blocks.emplace_back(detail::note(Text::tr("No complete quarter in the data yet.")));
        return section;
    }
    section.blocks.emplace_back(Paragraph{Text::tr("Quarter by quarter from %1 to %2. CLV is what the customers active in a "
                                             "quarter are expected to be worth; revenue is what they paid.")
                                              .arg(kpis.front().label, kpis.back().label)});
    section.blocks.emplace_back(kpiChart(kpis, Chart::Kind::Line, Text::tr("Average CLV by quarter"), Text::tr("Average CLV"),
                                         &KpiPeriod::averageClv));
    section.blocks.emplace_back(kpiChart(kpis, Chart::Kind::Bar, Text::tr("Revenue by quarter"), Text::tr("Revenue"),
                                         &KpiPeriod::revenue));
    section.blocks.emplace_back(Heading{Text::tr("Key figures by quarter")});
    section.blocks.emplace_back(kpiTable(kpis));
    return section;
}

} // namespace lodestar::report
