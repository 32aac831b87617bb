#include "linechart.h"

#include "chartpalette.h"
#include "models/itemmodels/valueformat.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lodestar::ui::charts {

namespace {

double xOfDate(const QDate &date)
{
    // Noon local time, so the axis (which shows local time) never moves a point to another day.
    return static_cast<double>(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

double plotted(double value, ValueFormat format)
{
    return format == ValueFormat::Percent ? value * 100.0 : value;
}

} // namespace

LineSeries LineSeries::fromDates(const QString &name, const std::vector<QDate> &dates, const std::vector<double> &values)
{
    LineSeries series;
    series.name = name;
    for (std::size_t i = 0; i < dates.size() && i < values.size(); ++i) {
        if (std::isfinite(values[i]) && dates[i].isValid())
            series.points.emplace_back(xOfDate(dates[i]), values[i]);
    }
    return series;
}

LineChart::LineChart(XAxis xAxis, QWidget *parent)
    : QtChartBase(parent)
    , m_xAxis(xAxis)
    , m_numberLabel(QStringLiteral("%1"))
    , m_dateFormat(QStringLiteral("MMM yyyy"))
{
    setZoomEnabled(xAxis == XAxis::Dates);
}

void LineChart::setAxisTitles(const QString &x, const QString &y)
{
    m_xTitle = x;
    m_yTitle = y;
}

void LineChart::setValueFormat(ValueFormat format)
{
    m_format = format;
}

void LineChart::setNumberLabel(const QString &pattern)
{
    m_numberLabel = pattern;
}

void LineChart::setDateFormat(const QString &format)
{
    m_dateFormat = format;
}

int LineChart::seriesCount() const
{
    return static_cast<int>(m_series.size());
}

void LineChart::setSeries(const std::vector<LineSeries> &series)
{
    m_series = series;
    clearChart();
    double minX = std::numeric_limits<double>::max(), maxX = std::numeric_limits<double>::lowest();
    double minY = 0.0, maxY = 0.0;
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        const LineSeries &line = m_series[i];
        auto *qtSeries = new QLineSeries;
        qtSeries->setName(line.name);
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(line.points.size()));
        for (const QPointF &point : line.points) {
            points.append(QPointF(point.x(), plotted(point.y(), m_format)));
            minX = std::min(minX, point.x());
            maxX = std::max(maxX, point.x());
            minY = std::min(minY, points.back().y());
            maxY = std::max(maxY, points.back().y());
        }
        qtSeries->replace(points);
        QPen pen(ChartPalette::series(line.colourIndex >= 0 ? line.colourIndex : static_cast<int>(i), palette()));
        pen.setWidthF(2.0);
        if (line.dashed)
            pen.setStyle(Qt::DashLine);
        qtSeries->setPen(pen);
        qtSeries->setPointsVisible(line.markers);
        chart()->addSeries(qtSeries);
        connect(qtSeries, &QLineSeries::hovered, this, [this, i](const QPointF &at, bool state) {
            onHovered(m_series[i].name, m_series[i].points, at, state);
        });
    }
    if (minX > maxX) {
        minX = 0;
        maxX = 1;
    }
    rebuildAxes(minX, maxX, minY, maxY);
    chart()->legend()->setVisible(m_series.size() > 1);
    finishSeries();
}

void LineChart::rebuildAxes(double minX, double maxX, double minY, double maxY)
{
    QAbstractAxis *x = nullptr;
    if (m_xAxis == XAxis::Dates) {
        auto *dates = new QDateTimeAxis;
        dates->setFormat(m_dateFormat);
        dates->setTickCount(7);
        dates->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(minX)),
                        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(maxX)));
        x = dates;
    } else {
        auto *numbers = new QValueAxis;
        numbers->setRange(minX, maxX);
        numbers->setLabelFormat(QStringLiteral("%.0f"));
        numbers->setTickType(QValueAxis::TicksDynamic);
        numbers->setTickAnchor(0);
        numbers->setTickInterval(std::max(1.0, std::ceil((maxX - minX) / 12.0)));
        x = numbers;
    }
    x->setTitleText(m_xTitle);
    auto *y = new QValueAxis;
    // Shares stop at 100% when they can; other values get round tick numbers.
    if (m_format == ValueFormat::Percent && minY >= 0.0 && maxY <= 100.0 && maxY > 50.0) {
        y->setRange(0.0, 100.0);
        y->setTickCount(6);
    } else {
        y->setRange(minY, maxY > minY ? maxY * 1.05 : minY + 1.0);
        y->applyNiceNumbers();
    }
    y->setLabelFormat(m_format == ValueFormat::Percent ? QStringLiteral("%.0f%%")
                      : m_format == ValueFormat::Number ? QStringLiteral("%.2f")
                      : m_format == ValueFormat::Ratio  ? QStringLiteral("%.1f:1")
                                                        : QStringLiteral("%.0f"));
    y->setTitleText(m_yTitle);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QString LineChart::xText(double x) const
{
    if (m_xAxis == XAxis::Dates)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x)).date(), QLocale::ShortFormat);
    return m_numberLabel.arg(QLocale().toString(x, 'f', 0));
}

void LineChart::onHovered(const QString &name, const std::vector<QPointF> &points, const QPointF &at, bool state)
{
    if (!state || points.empty()) {
        showTooltip({});
        return;
    }
    // The hover position is on the line between points; report the nearest data point exactly.
    const auto nearest = std::min_element(points.begin(), points.end(), [&](const QPointF &a, const QPointF &b) {
        return std::abs(a.x() - at.x()) < std::abs(b.x() - at.x());
    });
    showTooltip(QStringLiteral("%1\n%2: %3").arg(name, xText(nearest->x()), formatValue(nearest->y(), m_format)));
}

} // namespace lodestar::ui::charts
