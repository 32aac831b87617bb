// Axis labels as drawn: percent signs, period labels, empty charts, bar order and reference lines.
#include "uitestsupport.h"

#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"

#include <QLocale>
#include <QSet>

using namespace lodestar;
using namespace lodestar::ui::charts;

namespace {

QStringList quarters(int first, int count)
{
    QStringList labels;
    for (int i = 0; i < count; ++i)
        labels << QStringLiteral("%1Q%2").arg(first + i / 4).arg(i % 4 + 1);
    return labels;
}

std::vector<double> ramp(std::size_t count, double from, double step)
{
    std::vector<double> values;
    for (std::size_t i = 0; i < count; ++i)
        values.push_back(from + step * static_cast<double>(i));
    return values;
}

// Lays the chart out on screen at size: tick labels are read from the laid-out scene.
void layOut(QWidget &chart, const QSize &size)
{
    chart.resize(size);
    chart.show();
    lodestar::test::settle(50);
}

} // namespace

TEST(ChartAxes, PercentAxisOfALineChartHasOnePercentSign)
{
    LineChart chart(LineChart::XAxis::Periods);
    chart.setValueFormat(ValueFormat::Percent);
    chart.setPeriods(quarters(2023, 6));
    chart.setSeries({LineSeries::fromPeriods(QStringLiteral("Growth"), {-0.2, 0.1, 1.5, 0.4, 0.0, 0.6})});
    layOut(chart, QSize(500, 300));
    const QStringList labels = chart.axisLabels(Qt::AlignLeft);
    ASSERT_GE(labels.size(), 3);
    for (const QString &label : labels) {
        EXPECT_FALSE(label.contains(QStringLiteral("%%"))) << qPrintable(label);
        EXPECT_TRUE(label.endsWith(QLatin1Char('%'))) << qPrintable(label);
    }
}

TEST(ChartAxes, PercentAxisOfABarChartHasOnePercentSign)
{
    BarChart chart;
    chart.setValueFormat(ValueFormat::Percent);
    chart.setData({QStringLiteral("High"), QStringLiteral("Low")}, {{QStringLiteral("Share"), {0.2, 0.57}}});
    layOut(chart, QSize(400, 300));
    const QStringList labels = chart.axisLabels(Qt::AlignLeft);
    ASSERT_GE(labels.size(), 3);
    for (const QString &label : labels)
        EXPECT_TRUE(label.endsWith(QLatin1Char('%')) && !label.contains(QStringLiteral("%%"))) << qPrintable(label);
}

TEST(ChartAxes, PeriodAxisShowsPeriodLabelsIncludingTheLast)
{
    // Thirty quarters do not fit under a chart one label each: the axis thins them, never inventing months.
    const QStringList periods = quarters(2018, 30);
    LineChart chart(LineChart::XAxis::Periods);
    chart.setValueFormat(ValueFormat::Money);
    chart.setPeriods(periods);
    chart.setSeries({LineSeries::fromPeriods(QStringLiteral("CLV"), ramp(30, 100.0, 3.0))});
    layOut(chart, QSize(700, 300));
    const QStringList labels = chart.axisLabels(Qt::AlignBottom);
    ASSERT_GE(labels.size(), 4);
    EXPECT_LE(labels.size(), 12);
    for (const QString &label : labels)
        EXPECT_TRUE(periods.contains(label)) << qPrintable(label);
    EXPECT_EQ(labels.last(), periods.last());
}

TEST(ChartAxes, AChartWithoutDataSaysSoInsteadOfDrawing1970)
{
    LineChart dates(LineChart::XAxis::Dates);
    dates.setSeries({LineSeries::fromDates(QStringLiteral("Spend"), {}, {})});
    layOut(dates, QSize(400, 250));
    EXPECT_FALSE(dates.emptyText().isEmpty());
    EXPECT_TRUE(dates.axisLabels(Qt::AlignBottom).isEmpty());
    EXPECT_TRUE(dates.axisLabels(Qt::AlignLeft).isEmpty());

    BarChart bars;
    bars.setData({}, {});
    layOut(bars, QSize(400, 250));
    EXPECT_FALSE(bars.emptyText().isEmpty());
    EXPECT_TRUE(bars.axisLabels(Qt::AlignLeft).isEmpty());
}

TEST(ChartAxes, ASmallCountAxisDoesNotRepeatRoundedTicks)
{
    // Values 0 and 1 on a count axis used to read "1, 1, 1, 0, 0, 0".
    LineChart chart(LineChart::XAxis::Periods);
    chart.setValueFormat(ValueFormat::Count);
    chart.setPeriods(quarters(2024, 3));
    chart.setSeries({LineSeries::fromPeriods(QStringLiteral("Customers"), {0.0, 1.0, 0.0})});
    layOut(chart, QSize(400, 300));
    QStringList labels = chart.axisLabels(Qt::AlignLeft);
    ASSERT_GE(labels.size(), 2);
    EXPECT_EQ(labels.removeDuplicates(), 0) << qPrintable(labels.join(QLatin1Char(',')));
}

TEST(ChartAxes, ASinglePeriodIsPlottedWithItsLabel)
{
    LineChart chart(LineChart::XAxis::Periods);
    chart.setValueFormat(ValueFormat::Money);
    chart.setPeriods({QStringLiteral("2025Q3")});
    chart.setSeries({LineSeries::fromPeriods(QStringLiteral("CLV"), {120.0})});
    layOut(chart, QSize(400, 250));
    EXPECT_TRUE(chart.emptyText().isEmpty());
    EXPECT_EQ(chart.axisLabels(Qt::AlignBottom), QStringList{QStringLiteral("2025Q3")});
}

TEST(ChartAxes, ASingleDateGetsARangeAroundIt)
{
    LineChart chart(LineChart::XAxis::Dates);
    chart.setSeries({LineSeries::fromDates(QStringLiteral("Spend"), {QDate(2025, 7, 14)}, {42.0})});
    layOut(chart, QSize(400, 250));
    const QStringList labels = chart.axisLabels(Qt::AlignBottom);
    ASSERT_GE(labels.size(), 2);
    EXPECT_GT(QSet<QString>(labels.begin(), labels.end()).size(), 1) << qPrintable(labels.join(QLatin1Char(',')));
}

TEST(ChartAxes, HorizontalBarsReadTopDownInTheirOrder)
{
    const QStringList channels{QStringLiteral("Paid search"), QStringLiteral("Organic"), QStringLiteral("Referral"),
                               QStringLiteral("Partner")};
    BarChart chart;
    chart.setHorizontal(true);
    chart.setData(channels, {{QStringLiteral("LTV:CAC"), {4.0, 2.5, 1.2, 0.8}}});
    layOut(chart, QSize(500, 300));
    EXPECT_EQ(chart.axisLabels(Qt::AlignLeft), channels);
}

TEST(ChartAxes, AReferenceLineWidensTheValueAxisToReachIt)
{
    BarChart chart;
    chart.setHorizontal(true);
    chart.setReferenceLine(3.0, QStringLiteral("3:1 target"));
    chart.setData({QStringLiteral("A"), QStringLiteral("B")}, {{QStringLiteral("LTV:CAC"), {1.0, 1.6}}});
    layOut(chart, QSize(500, 300));
    const QStringList labels = chart.axisLabels(Qt::AlignBottom);
    ASSERT_FALSE(labels.isEmpty());
    EXPECT_GE(QLocale().toDouble(labels.last()), 3.0) << qPrintable(labels.join(QLatin1Char(',')));
}
