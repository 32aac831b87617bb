#pragma once

#include "qtchartbase.h"

#include <QDate>
#include <QPointF>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace lodestar::ui::charts {

/// One line: points in chart coordinates (for a time chart x is a date, see LineSeries::fromDates).
struct LineSeries
{
    QString name;
    std::vector<QPointF> points;
    bool dashed = false;     ///< projections and model predictions
    int colourIndex = -1;    ///< into the palette; -1: the series' position
    bool markers = false;    ///< draw points (for short series)

    static LineSeries fromDates(const QString &name, const std::vector<QDate> &dates, const std::vector<double> &values);
};

/// Lines over time (a date axis) or over a number (periods since acquisition), with exact values
/// on hover, a toggling legend and zoom/pan.
class LineChart : public QtChartBase
{
    Q_OBJECT
public:
    enum class XAxis { Dates, Numbers };

    explicit LineChart(XAxis xAxis, QWidget *parent = nullptr);

    void setAxisTitles(const QString &x, const QString &y);
    void setValueFormat(ValueFormat format);
    /// x labels for XAxis::Numbers, e.g. "Month %1"; %1 is the number.
    void setNumberLabel(const QString &pattern);
    void setDateFormat(const QString &format);
    void setSeries(const std::vector<LineSeries> &series);
    int seriesCount() const;

private:
    void rebuildAxes(double minX, double maxX, double minY, double maxY);
    QString xText(double x) const;
    void onHovered(const QString &name, const std::vector<QPointF> &points, const QPointF &at, bool state);

    XAxis m_xAxis;
    ValueFormat m_format = ValueFormat::Number;
    QString m_xTitle;
    QString m_yTitle;
    QString m_numberLabel;
    QString m_dateFormat;
    std::vector<LineSeries> m_series;
};

} // namespace lodestar::ui::charts
