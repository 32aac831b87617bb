#include "sections.h"

#include "models/engine/metricregistry.h"
#include "models/itemmodels/valueformat.h"

#include <cmath>
#include <QCoreApplication>

namespace lodestar::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

// The common rule of thumb: below 3:1 acquisition spend is not paid back by the value it buys.
constexpr double kHealthyLtvToCac = 3.0;

Table channelTable(const std::vector<SegmentSummary> &channels)
{
    Table table;
    table.headers = QStringList{Text::tr("Channel"), Text::tr("Customers"), Text::tr("Average CLV"), metric(u"cac").displayName(),
                                metric(u"ltv_cac").displayName(), metric(u"payback_months").displayName(), Text::tr("CLV share")};
    table.numeric = {false, true, true, true, true, true, true};
    for (const auto &channel : channels) {
        // The registry's metrics in their one format, as in `lodestar channels` and the Goals → Channels tab.
        table.rows.push_back(QStringList{channel.key, format::count(channel.customers),
                                         format::metric(MetricUnit::Money, channel.averageClv),
                                         metric(u"cac").format(channel.averageAcquisitionCost),
                                         metric(u"ltv_cac").format(channel.ltvToCac),
                                         metric(u"payback_months").format(channel.paybackMonths), format::percent(channel.clvShare)});
    }
    return table;
}

Chart ratioChart(const std::vector<SegmentSummary> &channels)
{
    Chart chart;
    chart.kind = Chart::Kind::HorizontalBar;
    chart.title = Text::tr("LTV:CAC by acquisition channel (%1 or more pays back the acquisition spend)")
                      .arg(format::ratio(kHealthyLtvToCac));
    chart.valueKind = ValueKind::Ratio;
    chart.valueTitle = Text::tr("LTV:CAC (CLV per unit of acquisition cost)");
    chart.referenceValue = kHealthyLtvToCac;
    chart.referenceName = Text::tr("%1:1 target").arg(format::number(kHealthyLtvToCac, 0));
    ChartSeries series{Text::tr("LTV:CAC"), {}};
    for (const auto &channel : channels) {
        chart.categories << channel.key;
        series.values.push_back(channel.ltvToCac);
    }
    chart.series.push_back(std::move(series));
    chart.heightMm = 26.0 + 8.0 * static_cast<double>(channels.size());
    return chart;
}

bool anyRatio(const std::vector<SegmentSummary> &channels)
{
    for (const auto &channel : channels)
        if (std::isfinite(channel.ltvToCac))
            return true;
    return false;
}

} // namespace

Section buildChannelSection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Channels);
    const auto &channels = context.insights.byChannel;
    if (!detail::recorded(channels)) {
        section.blocks.emplace_back(detail::note(Text::tr("The customers have no acquisition channel recorded. Import a "
                                                    "customers file with a channel column, and marketing spend, to "
                                                    "see LTV:CAC by channel.")));
        return section;
    }
    section.blocks.emplace_back(Paragraph{Text::tr("What each acquisition channel's customers are worth against what they cost "
                                             "to acquire. Payback is the months of margin it takes to earn the acquisition "
                                             "cost back.")});
    if (anyRatio(channels))
        section.blocks.emplace_back(ratioChart(channels));
    else
        section.blocks.emplace_back(detail::note(Text::tr("No acquisition cost or marketing spend is recorded, so LTV:CAC and "
                                                    "payback cannot be computed: import marketing spend to see them.")));
    section.blocks.emplace_back(channelTable(channels));
    return section;
}

} // namespace lodestar::report
