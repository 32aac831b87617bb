#pragma once

#include <QChartView>

namespace lodestar::ui::charts {

/// A QChartView that zooms with the wheel and a horizontal rubber band, pans with the arrow
/// keys or a middle-button drag, and resets with Home or a double-click.
class ZoomableChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ZoomableChartView(QChart *chart, QWidget *parent = nullptr);

    void setZoomEnabled(bool enabled);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool m_zoomEnabled = false;
    bool m_panning = false;
    QPointF m_lastPan;
};

} // namespace lodestar::ui::charts
