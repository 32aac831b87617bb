#pragma once

#include "qtchartbase.h"

#include <QDate>
#include <QPointF>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QCategoryAxis;
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
    bool markers = false;    ///< draw points (for short series); a series of one point always has them
    bool steps = false;      ///< a level held until the next point (scores per quarter), not a slope
    double drawnOffset = 0.0; ///< added to y when drawn only, so equal series stay visible side by side

    static LineSeries fromDates(const QString &name, const std::vector<QDate> &dates, const std::vector<double> &values);
    /// Point i at x = i, for a chart with XAxis::Periods; unknown values are left out.
    static LineSeries fromPeriods(const QString &name, const std::vector<double> &values);
};

/// Lines over time (a date axis), over named periods ("2025Q1", one label per point) or over a
/// number (periods since acquisition), with exact values on hover, a toggling legend and zoom/pan.
/// Without any point it shows "No data" instead of empty axes.
class LineChart : public QtChartBase
{
    Q_OBJECT
public:
    enum class XAxis { Dates, Periods, Numbers };

    explicit LineChart(XAxis xAxis, QWidget *parent = nullptr);

    void setAxisTitles(const QString &x, const QString &y);
    void setValueFormat(ValueFormat format);
    /// x labels for XAxis::Numbers, e.g. "Month %1"; %1 is the number.
    void setNumberLabel(const QString &pattern);
    void setDateFormat(const QString &format);
    /// At most this many date labels (default 7); a narrow chart needs fewer to keep them whole.
    void setDateTicks(int ticks);
    /// The labels of XAxis::Periods, one per x = 0, 1, 2 …; set before setSeries().
    void setPeriods(const QStringList &labels);
    /// A dashed horizontal line at y (in the series' units, e.g. 3 for a 3:1 ratio) with a name; NaN removes it.
    void setReferenceLine(double y, const QString &name);
    void setSeries(const std::vector<LineSeries> &series);
    int seriesCount() const;
    bool isEmpty() const;
    void paintChart(QPainter *painter, const QRectF &target) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addSeries(std::size_t index, double *minX, double *maxX, double *minY, double *maxY);
    void addReferenceLine(double minX, double maxX);
    void rebuildAxes(double minX, double maxX, double minY, double maxY);
    /// Period labels thinned to what fits in width (about 70 pixels a label), so none is elided.
    void fitPeriodLabels(double width);
    QString xText(double x) const;
    void onHovered(const QString &name, const std::vector<QPointF> &points, const QPointF &at, bool state);

    XAxis m_xAxis;
    ValueFormat m_format = ValueFormat::Number;
    QString m_xTitle;
    QString m_yTitle;
    QString m_numberLabel;
    QString m_dateFormat;
    int m_dateTicks = 7;
    QStringList m_periods;
    QCategoryAxis *m_periodAxis = nullptr; ///< owned by the chart; null unless XAxis::Periods has data
    int m_periodLabelsShown = 0;
    double m_referenceY;
    QString m_referenceName;
    std::vector<LineSeries> m_series;
};

} // namespace lodestar::ui::charts
