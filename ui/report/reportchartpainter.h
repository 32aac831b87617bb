#pragma once

#include "models/report/reportdocument.h"

#include <QRectF>

#include <memory>

class QPainter;

namespace lodestar::ui::charts {
class ChartWidget;
}

namespace lodestar::ui::report {

/// Turns a report chart (data) into the app's own chart from ui/charts, so the PDF shows the
/// same charts as the window, drawn as vectors.
class ReportChartPainter
{
public:
    explicit ReportChartPainter(const lodestar::report::Chart &chart);
    ~ReportChartPainter();

    ReportChartPainter(const ReportChartPainter &) = delete;
    ReportChartPainter &operator=(const ReportChartPainter &) = delete;

    /// Draws the title and the chart inside rect.
    void paint(QPainter *painter, const QRectF &rect);

private:
    const lodestar::report::Chart &m_chart;
    std::unique_ptr<charts::ChartWidget> m_widget;
};

} // namespace lodestar::ui::report
