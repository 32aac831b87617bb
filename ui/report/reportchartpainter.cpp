#include "reportchartpainter.h"

#include "reportstyle.h"
#include "ui/charts/barchart.h"
#include "ui/charts/heatmapwidget.h"
#include "ui/charts/linechart.h"

#include "models/culture/quarter.h"

#include <QCoreApplication>
#include <QPainter>

namespace lodestar::ui::report {

namespace {

using lodestar::report::Chart;
using lodestar::report::ValueKind;

charts::ValueFormat valueFormat(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Money: return charts::ValueFormat::Money;
    case ValueKind::Percent: return charts::ValueFormat::Percent;
    case ValueKind::Ratio: return charts::ValueFormat::Ratio;
    case ValueKind::Number: break;
    }
    return charts::ValueFormat::Number;
}

// Quarters ("2025Q4") read as periods: one label per point, the same on screen and on paper.
bool quarterCategories(const QStringList &categories)
{
    for (const QString &category : categories)
        if (!Quarter::parse(category))
            return false;
    return !categories.isEmpty();
}

std::unique_ptr<charts::ChartWidget> lineChart(const Chart &chart)
{
    const bool periods = quarterCategories(chart.categories);
    auto widget = std::make_unique<charts::LineChart>(periods ? charts::LineChart::XAxis::Periods : charts::LineChart::XAxis::Numbers);
    widget->setValueFormat(valueFormat(chart.valueKind));
    widget->setPeriods(chart.categories);
    widget->setAxisTitles(chart.xTitle, chart.valueTitle);
    widget->setReferenceLine(chart.referenceValue, chart.referenceName);
    std::vector<charts::LineSeries> lines;
    for (const auto &series : chart.series) {
        charts::LineSeries line = charts::LineSeries::fromPeriods(series.name, series.values);
        line.markers = chart.categories.size() <= 16;
        lines.push_back(std::move(line));
    }
    widget->setSeries(lines);
    return widget;
}

// Twelve "2025Q4" labels do not fit under a page-wide bar chart and get elided to "202…";
// "25Q4" does, and the table beside the chart gives the full label.
QStringList compactCategories(const QStringList &categories)
{
    constexpr int kRoomyCategories = 8;
    if (categories.size() <= kRoomyCategories || !quarterCategories(categories))
        return categories;
    QStringList compact;
    for (const QString &category : categories)
        compact << category.right(4);
    return compact;
}

std::unique_ptr<charts::ChartWidget> barChart(const Chart &chart)
{
    auto widget = std::make_unique<charts::BarChart>();
    widget->setHorizontal(chart.kind == Chart::Kind::HorizontalBar);
    widget->setValueFormat(valueFormat(chart.valueKind));
    widget->setValueAxisTitle(chart.valueTitle);
    widget->setReferenceLine(chart.referenceValue, chart.referenceName);
    std::vector<charts::BarSet> sets;
    for (const auto &series : chart.series) {
        charts::BarSet set{series.name, series.values};
        for (double &value : set.values)
            if (!std::isfinite(value))
                value = 0.0; // a missing bar reads as none; the table beside it shows the dash
        sets.push_back(std::move(set));
    }
    widget->setData(compactCategories(chart.categories), sets);
    return widget;
}

std::unique_ptr<charts::ChartWidget> heatmap(const Chart &chart)
{
    auto widget = std::make_unique<charts::HeatmapWidget>();
    widget->setValueFormat(valueFormat(chart.valueKind));
    widget->setAxisTitles(QCoreApplication::translate("report", "Cohort"), chart.xTitle);
    QStringList rows;
    std::vector<std::vector<double>> values;
    for (const auto &series : chart.series) {
        rows << series.name;
        values.push_back(series.values);
    }
    widget->setData(rows, chart.categories, values);
    return widget;
}

std::unique_ptr<charts::ChartWidget> makeWidget(const Chart &chart)
{
    switch (chart.kind) {
    case Chart::Kind::Line: return lineChart(chart);
    case Chart::Kind::Bar:
    case Chart::Kind::HorizontalBar: return barChart(chart);
    case Chart::Kind::Heatmap: return heatmap(chart);
    }
    return nullptr;
}

} // namespace

ReportChartPainter::ReportChartPainter(const lodestar::report::Chart &chart)
    : m_chart(chart)
{
}

ReportChartPainter::~ReportChartPainter() = default;

void ReportChartPainter::paint(QPainter *painter, const QRectF &rect)
{
    // Built on first paint: chart widgets need the GUI thread, and a page range may skip this one.
    if (!m_widget) {
        m_widget = makeWidget(m_chart);
        m_widget->resize(rect.size().toSize());
    }
    painter->save();
    painter->setFont(style::font(9.5, true));
    painter->setPen(style::ink());
    const QFontMetricsF metrics(painter->font(), painter->device());
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), metrics.height() * 1.4);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(m_chart.title, Qt::ElideRight, rect.width()));
    painter->restore();
    if (m_widget)
        m_widget->paintChart(painter, rect.adjusted(0, titleRect.height(), 0, 0));
}

} // namespace lodestar::ui::report
