#include "sections.h"

#include "models/engine/segmentlabel.h"
#include "models/itemmodels/valueformat.h"

#include <QCoreApplication>

namespace lodestar::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

// Customers against CLV share shows concentration at a glance: the top tier is a fifth of the
// customers but most of the value.
Chart mixChart(const std::vector<SegmentSummary> &segments, const QString &title)
{
    Chart chart;
    chart.kind = Chart::Kind::HorizontalBar;
    chart.title = title;
    chart.valueKind = ValueKind::Percent;
    ChartSeries customers{Text::tr("Share of customers"), {}};
    ChartSeries value{Text::tr("Share of CLV"), {}};
    for (const auto &segment : segments) {
        chart.categories << segmentLabel(segment.key);
        customers.values.push_back(segment.customerShare);
        value.values.push_back(segment.clvShare);
    }
    chart.series = {std::move(customers), std::move(value)};
    chart.heightMm = 30.0 + 11.0 * static_cast<double>(segments.size());
    return chart;
}

void addSegmentBlock(Section &section, const std::vector<SegmentSummary> &segments, const QString &heading,
                     const QString &keyHeader)
{
    section.blocks.emplace_back(Heading{heading});
    if (segments.empty()) {
        section.blocks.emplace_back(detail::note(Text::tr("No customers in this breakdown.")));
        return;
    }
    section.blocks.emplace_back(detail::segmentTable(segments, keyHeader));
}

} // namespace

Section buildSegmentSection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Segments);
    const Insights &insights = context.insights;
    if (!insights.byTier.empty())
        section.blocks.emplace_back(mixChart(insights.byTier, Text::tr("Segment mix: share of customers and of CLV by tier")));
    addSegmentBlock(section, insights.byTier, Text::tr("Value tiers"), Text::tr("Tier"));
    addSegmentBlock(section, insights.byRfm, Text::tr("RFM segments"), Text::tr("RFM segment"));
    const auto &model = context.valuation.transactionModel;
    if (model && model->model == QLatin1String("bgnbd") && !insights.byRfm.empty())
        section.blocks.emplace_back(detail::note(Text::tr(
            "BG/NBD gives customers without a repeat purchase P(alive) = 1 by construction: in this model a customer "
            "can only drop out right after a repeat purchase, so a one-time buyer has had no chance to leave. Read the "
            "P(alive) of segments of one-time buyers, such as Lost, with that in mind.")));
    // Breakdowns the data cannot support are left out, with one sentence on what would add them.
    QStringList missing;
    if (detail::recorded(insights.byRegion))
        addSegmentBlock(section, insights.byRegion, Text::tr("Regions"), Text::tr("Region"));
    else
        missing << Text::tr("region");
    if (detail::recorded(insights.byPlan))
        addSegmentBlock(section, insights.byPlan, Text::tr("Plans"), Text::tr("Plan"));
    else
        missing << Text::tr("plan");
    if (!missing.isEmpty())
        section.blocks.emplace_back(detail::note(
            Text::tr("Breakdowns by %1 are left out: the customers have none recorded. Import a customers file with "
                     "these columns to see them.").arg(missing.join(Text::tr(" and ")))));
    return section;
}

} // namespace lodestar::report
