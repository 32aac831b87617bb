#pragma once

#include "chartwidget.h"

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QAbstractSeries;
class QLegendMarker;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace lodestar::ui::charts {

/// A ChartWidget drawn with Qt Charts: palette-aware theme, legend markers that toggle their
/// series, hover tooltips and optional wheel/rubber-band zoom with keyboard pan.
class QtChartBase : public ChartWidget
{
    Q_OBJECT
public:
    explicit QtChartBase(QWidget *parent = nullptr);
    ~QtChartBase() override;

    /// The tick labels of the axes at one edge as drawn at the current size ({} before the first layout).
    QStringList axisLabels(Qt::Alignment edge) const;
    /// The sentence shown instead of the data, or empty.
    QString emptyText() const;

    void paintChart(QPainter *painter, const QRectF &target) override;
    /// Wheel and horizontal rubber-band zoom, arrow-key pan, double-click or Home to reset.
    void setZoomEnabled(bool enabled);

protected:
    QChart *chart() const { return m_chart; }
    /// Removes and deletes every series and axis, before the subclass adds new ones.
    void clearChart();
    /// Call after the series changed: re-themes axes and wires legend markers.
    void finishSeries();
    /// A sentence in the middle of the chart instead of axes and series (empty text removes it).
    void setEmptyText(const QString &text);
    /// Shows a tooltip at the cursor (empty text hides it).
    void showTooltip(const QString &text);
    void titleChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void placeEmptyText();
    void wireLegendMarkers();
    void toggleMarker(QLegendMarker *marker);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QGraphicsSimpleTextItem *m_emptyText = nullptr;
};

} // namespace lodestar::ui::charts
