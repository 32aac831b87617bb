#include "uitestsupport.h"

#include "models/itemmodels/kpitablemodel.h"
#include "models/itemmodels/valueformat.h"
#include "ui/analysiscontroller.h"
#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"
#include "ui/views/overviewview.h"
#include "ui/views/scorecard.h"

using namespace lodestar;
using namespace lodestar::test;

namespace {

class OverviewTest : public DemoWindowTest
{
protected:
    ui::OverviewView &overview()
    {
        window().showView(QStringLiteral("overview"));
        return *qobject_cast<ui::OverviewView *>(window().view(QStringLiteral("overview")));
    }
};

void expectSame(double shown, double expected)
{
    if (std::isnan(expected))
        EXPECT_TRUE(std::isnan(shown));
    else
        EXPECT_DOUBLE_EQ(shown, expected);
}

void expectHeadline(const ui::OverviewView &view, const Headline &headline)
{
    const Figure *expected[] = {&headline.averageClv, &headline.totalClv, &headline.revenue, &headline.activeCustomers,
                                &headline.retention, &headline.ltvToCac, &headline.atRiskRevenue};
    ASSERT_EQ(view.scorecards().size(), 7u);
    for (std::size_t i = 0; i < 7; ++i) {
        expectSame(view.scorecards()[i]->figure().value, expected[i]->value);
        expectSame(view.scorecards()[i]->figure().previous, expected[i]->previous);
    }
}

} // namespace

TEST_F(OverviewTest, Overview_ScorecardsShowTheEngineHeadline)
{
    const Insights expected = reference().insights(window().controller()->filter());
    expectHeadline(overview(), expected.headline);
    EXPECT_EQ(overview().scorecards()[0]->valueText(), metric(u"average_clv").format(expected.headline.averageClv.value));
    EXPECT_TRUE(overview().scorecards()[0]->toolTip().contains(metric(u"average_clv").formulaText()));
    EXPECT_FALSE(overview().scorecards()[0]->changeText().isEmpty());
}

TEST_F(OverviewTest, Overview_KpiTableHasOneRowPerPeriod)
{
    const Insights expected = reference().insights(window().controller()->filter());
    const auto *table = qobject_cast<const KpiTableModel *>(overview().exportTable());
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), static_cast<int>(expected.kpis.size()));
    EXPECT_EQ(table->periods().back().label, expected.kpis.back().label);
    EXPECT_DOUBLE_EQ(table->periods().back().revenue, expected.kpis.back().revenue);
}

TEST_F(OverviewTest, Overview_FollowsAChannelFilter)
{
    const QStringList channels = window().controller()->snapshot().options.channels;
    ASSERT_FALSE(channels.isEmpty());
    AnalysisFilter filter;
    filter.channel = channels.first();
    applyFilter(filter);
    expectHeadline(overview(), reference().insights(filter).headline);
    applyFilter(AnalysisFilter{});
    expectHeadline(overview(), reference().insights(AnalysisFilter{}).headline);
}

TEST_F(OverviewTest, Overview_MonthlyPeriodChangesTheTrend)
{
    AnalysisFilter monthly;
    monthly.period = Period::Month;
    applyFilter(monthly);
    const Insights expected = reference().insights(monthly);
    EXPECT_EQ(overview().exportTable()->rowCount(), static_cast<int>(expected.kpis.size()));
    applyFilter(AnalysisFilter{});
}

TEST_F(OverviewTest, Overview_RendersToAnImage)
{
    settle();
    EXPECT_TRUE(isNotUniform(overview().grab().toImage()));
    EXPECT_TRUE(isNotUniform(overview().trendChart()->toImage(QSize(400, 300))));
    EXPECT_EQ(overview().mixChart()->categoryCount(), static_cast<int>(reference().insights({}).byTier.size()));
}

TEST_F(OverviewTest, Overview_TrendTitleSaysFromWhenOnAndStaysShort)
{
    // The demo's first quarters are too early to fit: the title names the first valued quarter
    // instead of listing every gap, so it reads whole in the chart rather than cut off.
    const Insights expected = reference().insights(window().controller()->filter());
    std::size_t firstValued = 0;
    while (firstValued < expected.kpis.size() && !expected.kpis[firstValued].clvKnown)
        ++firstValued;
    ASSERT_GT(firstValued, 1u);
    ASSERT_LT(firstValued, expected.kpis.size());
    const QString title = overview().trendChart()->title();
    EXPECT_TRUE(title.contains(expected.kpis[firstValued].label)) << qPrintable(title);
    EXPECT_FALSE(title.contains(expected.kpis.front().label)) << qPrintable(title);
    EXPECT_LT(title.size(), 70) << qPrintable(title);
}
