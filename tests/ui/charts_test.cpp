#include "uitestsupport.h"

#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/heatmapwidget.h"
#include "ui/charts/linechart.h"
#include "ui/charts/sparkline.h"

#include <QPainter>

using namespace lodestar;
using namespace lodestar::ui::charts;

TEST(Charts, LineChartDrawsIntoAnyPainterAtTheTargetSize)
{
    LineChart chart(LineChart::XAxis::Dates);
    chart.setTitle(QStringLiteral("Revenue"));
    chart.setValueFormat(ValueFormat::Money);
    chart.setSeries({LineSeries::fromDates(QStringLiteral("A"), {QDate(2024, 1, 1), QDate(2024, 4, 1), QDate(2024, 7, 1)},
                                           {10.0, 30.0, 20.0})});
    EXPECT_EQ(chart.seriesCount(), 1);
    const QImage image = chart.toImage(QSize(400, 250), 1.0);
    EXPECT_EQ(image.size(), QSize(400, 250));
    EXPECT_TRUE(lodestar::test::isNotUniform(image));
}

TEST(Charts, BarChartKeepsItsCategories)
{
    BarChart chart;
    chart.setValueFormat(ValueFormat::Percent);
    chart.setData({QStringLiteral("High"), QStringLiteral("Low")}, {{QStringLiteral("Share"), {0.2, 0.8}}});
    EXPECT_EQ(chart.categoryCount(), 2);
    EXPECT_TRUE(lodestar::test::isNotUniform(chart.toImage(QSize(300, 200), 1.0)));
}

TEST(Charts, HeatmapReportsExactCellValuesAndSkipsGaps)
{
    HeatmapWidget heatmap;
    heatmap.setAxisTitles(QStringLiteral("Cohort"), QStringLiteral("Period"));
    heatmap.setValueFormat(ValueFormat::Percent);
    heatmap.setData({QStringLiteral("2024Q1"), QStringLiteral("2024Q2")}, {QStringLiteral("0"), QStringLiteral("1")},
                    {{1.0, 0.25}, {1.0}});
    EXPECT_TRUE(heatmap.cellText(0, 1).contains(QStringLiteral("25")));
    EXPECT_TRUE(heatmap.cellText(1, 1).isEmpty());
    EXPECT_TRUE(lodestar::test::isNotUniform(heatmap.toImage(QSize(300, 200), 1.0)));
}

TEST(Charts, SparklineIgnoresUnknownValues)
{
    Sparkline sparkline;
    sparkline.setValues({1.0, std::nan(""), 3.0});
    EXPECT_EQ(sparkline.values().size(), 2u);
}

TEST(Charts, PaletteIsOkabeItoAndViridis)
{
    EXPECT_EQ(ChartPalette::series(1).name(), QStringLiteral("#e69f00"));
    EXPECT_EQ(ChartPalette::sequential(0.0).name(), QStringLiteral("#440154"));
    EXPECT_EQ(ChartPalette::sequential(1.0).name(), QStringLiteral("#fde725"));
    EXPECT_EQ(ChartPalette::textOn(Qt::white), QColor(Qt::black));
}
