#include "zoomablechartview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace lodestar::ui::charts {

ZoomableChartView::ZoomableChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
}

void ZoomableChartView::setZoomEnabled(bool enabled)
{
    m_zoomEnabled = enabled;
    setRubberBand(enabled ? QChartView::HorizontalRubberBand : QChartView::NoRubberBand);
    setToolTip(enabled ? tr("Wheel or drag to zoom, arrow keys or middle button to pan, double-click to reset")
                       : QString());
}

void ZoomableChartView::wheelEvent(QWheelEvent *event)
{
    if (!m_zoomEnabled || !chart())
        return QChartView::wheelEvent(event);
    chart()->zoom(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

void ZoomableChartView::keyPressEvent(QKeyEvent *event)
{
    if (!m_zoomEnabled || !chart())
        return QChartView::keyPressEvent(event);
    const qreal step = chart()->plotArea().width() / 10;
    switch (event->key()) {
    case Qt::Key_Left: chart()->scroll(-step, 0); break;
    case Qt::Key_Right: chart()->scroll(step, 0); break;
    case Qt::Key_Plus: case Qt::Key_Equal: chart()->zoom(1.25); break;
    case Qt::Key_Minus: chart()->zoom(0.8); break;
    case Qt::Key_Home: chart()->zoomReset(); break;
    default: return QChartView::keyPressEvent(event);
    }
    event->accept();
}

void ZoomableChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_zoomEnabled && chart())
        chart()->zoomReset();
    QChartView::mouseDoubleClickEvent(event);
}

void ZoomableChartView::mousePressEvent(QMouseEvent *event)
{
    if (m_zoomEnabled && event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_lastPan = event->position();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ZoomableChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning && chart()) {
        const QPointF delta = event->position() - m_lastPan;
        chart()->scroll(-delta.x(), delta.y());
        m_lastPan = event->position();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ZoomableChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace lodestar::ui::charts
