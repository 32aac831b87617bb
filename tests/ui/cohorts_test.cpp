#include "uitestsupport.h"

#include "models/itemmodels/cohorttablemodel.h"
#include "ui/charts/heatmapwidget.h"
#include "ui/charts/linechart.h"
#include "ui/views/cohortsview.h"

using namespace lodestar;
using namespace lodestar::test;

namespace {

class CohortsTest : public DemoWindowTest
{
protected:
    ui::CohortsView &cohorts()
    {
        window().showView(QStringLiteral("cohorts"));
        return *qobject_cast<ui::CohortsView *>(window().view(QStringLiteral("cohorts")));
    }
};

} // namespace

TEST_F(CohortsTest, Cohorts_HeatmapShowsTheEngineRetention)
{
    cohorts().setMetric(static_cast<int>(CohortTableModel::Metric::CustomerRetention));
    const CohortTable expected = reference().insights({}).cohorts;
    const CohortTableModel &model = *cohorts().model();
    ASSERT_EQ(model.rowCount(), static_cast<int>(expected.cohorts.size()));
    ASSERT_GT(model.rowCount(), 0);
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), expected.cohorts.front());
    EXPECT_DOUBLE_EQ(model.matrix()[0][1], expected.customerRetention[0][1]);
    EXPECT_FALSE(cohorts().heatmap()->cellText(0, 1).isEmpty());
}

TEST_F(CohortsTest, Cohorts_SwitchToCumulativeRevenueAddsProjections)
{
    cohorts().setMetric(static_cast<int>(CohortTableModel::Metric::CumulativeRevenuePerCustomer));
    EXPECT_EQ(cohorts().model()->metric(), CohortTableModel::Metric::CumulativeRevenuePerCustomer);
    EXPECT_GT(cohorts().curves()->seriesCount(), static_cast<int>(cohorts().heatmap()->selectedRows().size()));
    cohorts().setMetric(static_cast<int>(CohortTableModel::Metric::CustomerRetention));
}

TEST_F(CohortsTest, Cohorts_MonthlyPeriodGivesMonthlyCohorts)
{
    AnalysisFilter monthly;
    monthly.period = Period::Month;
    applyFilter(monthly);
    EXPECT_EQ(cohorts().model()->rowCount(), static_cast<int>(reference().insights(monthly).cohorts.cohorts.size()));
    applyFilter(AnalysisFilter{});
}

TEST_F(CohortsTest, Cohorts_RendersToAnImage)
{
    settle();
    EXPECT_TRUE(isNotUniform(cohorts().grab().toImage()));
    EXPECT_TRUE(isNotUniform(cohorts().heatmap()->toImage(QSize(600, 400))));
}
