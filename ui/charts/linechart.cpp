#include "linechart.h"

#include "chartaxes.h"
#include "chartpalette.h"
#include "models/itemmodels/valueformat.h"

#include <QCategoryAxis>
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

LineSeries LineSeries::fromPeriods(const QString &name, const std::vector<double> &values)
{
    LineSeries series;
    series.name = name;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i]))
            series.points.emplace_back(static_cast<double>(i), values[i]);
    }
    return series;
}

LineChart::LineChart(XAxis xAxis, QWidget *parent)
    : QtChartBase(parent)
    , m_xAxis(xAxis)
    , m_numberLabel(QStringLiteral("%1"))
    , m_dateFormat(QStringLiteral("MMM yyyy"))
    , m_referenceY(std::numeric_limits<double>::quiet_NaN())
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

void LineChart::setDateTicks(int ticks)
{
    m_dateTicks = std::max(2, ticks);
}

void LineChart::setPeriods(const QStringList &labels)
{
    m_periods = labels;
}

void LineChart::setReferenceLine(double y, const QString &name)
{
    m_referenceY = y;
    m_referenceName = name;
}

int LineChart::seriesCount() const
{
    return static_cast<int>(m_series.size());
}

bool LineChart::isEmpty() const
{
    return std::all_of(m_series.begin(), m_series.end(), [](const LineSeries &line) { return line.points.empty(); });
}

void LineChart::setSeries(const std::vector<LineSeries> &series)
{
    m_series = series;
    m_periodAxis = nullptr; // deleted by clearChart()
    m_periodLabelsShown = 0;
    clearChart();
    double minX = std::numeric_limits<double>::max(), maxX = std::numeric_limits<double>::lowest();
    double minY = 0.0, maxY = 0.0;
    for (std::size_t i = 0; i < m_series.size(); ++i)
        addSeries(i, &minX, &maxX, &minY, &maxY);
    const bool empty = isEmpty();
    setEmptyText(empty ? tr("No data for this selection") : QString());
    if (!empty) {
        if (m_xAxis == XAxis::Periods) {
            minX = 0.0;
            maxX = std::max(0.0, static_cast<double>(m_periods.size()) - 1.0);
        }
        addReferenceLine(minX, maxX);
        if (std::isfinite(m_referenceY)) {
            minY = std::min(minY, m_referenceY);
            maxY = std::max(maxY, m_referenceY);
        }
        rebuildAxes(minX, maxX, minY, maxY);
        fitPeriodLabels(width() > 100 ? width() : 600);
    }
    chart()->legend()->setVisible(!empty && chart()->series().size() > 1);
    finishSeries();
}

void LineChart::addSeries(std::size_t index, double *minX, double *maxX, double *minY, double *maxY)
{
    const LineSeries &line = m_series[index];
    auto *qtSeries = new QLineSeries;
    qtSeries->setName(line.name);
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(line.points.size()) * (line.steps ? 2 : 1));
    for (std::size_t p = 0; p < line.points.size(); ++p) {
        const QPointF &point = line.points[p];
        const double y = plotted(point.y(), m_format) + line.drawnOffset;
        // A step holds the previous level up to the next point, then jumps.
        if (line.steps && p > 0)
            points.append(QPointF(point.x(), points.back().y()));
        points.append(QPointF(point.x(), y));
        *minX = std::min(*minX, point.x());
        *maxX = std::max(*maxX, point.x());
        *minY = std::min(*minY, y);
        *maxY = std::max(*maxY, y);
    }
    qtSeries->replace(points);
    QPen pen(ChartPalette::series(line.colourIndex >= 0 ? line.colourIndex : static_cast<int>(index), palette()));
    pen.setWidthF(2.0);
    if (line.dashed)
        pen.setStyle(Qt::DashLine);
    qtSeries->setPen(pen);
    // A lone point has no line to show it.
    qtSeries->setPointsVisible(line.markers || line.points.size() == 1);
    if (line.points.size() == 1)
        qtSeries->setMarkerSize(8.0);
    chart()->addSeries(qtSeries);
    connect(qtSeries, &QLineSeries::hovered, this, [this, index](const QPointF &at, bool state) {
        onHovered(m_series[index].name, m_series[index].points, at, state);
    });
}

void LineChart::addReferenceLine(double minX, double maxX)
{
    if (!std::isfinite(m_referenceY))
        return;
    auto *reference = new QLineSeries;
    reference->setName(m_referenceName);
    const double y = plotted(m_referenceY, m_format);
    const double pad = m_xAxis == XAxis::Periods ? 0.5 : 0.0;
    reference->append(minX - pad, y);
    reference->append(std::max(maxX, minX + 1e-9) + pad, y);
    QPen pen(palette().color(QPalette::Text));
    pen.setWidthF(1.2);
    pen.setStyle(Qt::DashDotLine);
    reference->setPen(pen);
    chart()->addSeries(reference);
}

void LineChart::rebuildAxes(double minX, double maxX, double minY, double maxY)
{
    QAbstractAxis *x = nullptr;
    if (m_xAxis == XAxis::Dates) {
        x = makeDateAxis(minX, maxX, m_dateFormat, m_dateTicks);
    } else if (m_xAxis == XAxis::Periods) {
        m_periodAxis = makePeriodAxis(m_periods);
        x = m_periodAxis;
    } else {
        auto *numbers = new QValueAxis;
        numbers->setRange(minX, std::max(maxX, minX + 1.0));
        numbers->setLabelFormat(QStringLiteral("%.0f"));
        numbers->setTickType(QValueAxis::TicksDynamic);
        numbers->setTickAnchor(0);
        numbers->setTickInterval(std::max(1.0, std::ceil((maxX - minX) / 12.0)));
        x = numbers;
    }
    x->setTitleText(m_xTitle);
    QValueAxis *y = makeValueAxis(minY, maxY, m_format);
    y->setTitleText(m_yTitle);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void LineChart::fitPeriodLabels(double width)
{
    if (!m_periodAxis || width <= 0)
        return;
    constexpr double kPixelsPerLabel = 70.0;
    const int fit = std::clamp(static_cast<int>(width / kPixelsPerLabel), 2, 12);
    if (fit == m_periodLabelsShown)
        return;
    m_periodLabelsShown = fit;
    setPeriodLabels(m_periodAxis, m_periods, fit);
}

void LineChart::resizeEvent(QResizeEvent *event)
{
    QtChartBase::resizeEvent(event);
    fitPeriodLabels(width());
}

void LineChart::paintChart(QPainter *painter, const QRectF &target)
{
    fitPeriodLabels(target.width());
    QtChartBase::paintChart(painter, target);
    fitPeriodLabels(width());
}

QString LineChart::xText(double x) const
{
    if (m_xAxis == XAxis::Periods)
        return m_periods.value(static_cast<qsizetype>(std::lround(x)));
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
