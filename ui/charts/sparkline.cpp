#include "sparkline.h"

#include "chartpalette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lodestar::ui::charts {

Sparkline::Sparkline(QWidget *parent)
    : ChartWidget(parent)
    , m_colour(ChartPalette::series(0))
{
    setMinimumSize(60, 24);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const std::vector<double> &values)
{
    m_values.clear();
    for (const double v : values) {
        if (std::isfinite(v))
            m_values.push_back(v);
    }
    update();
}

void Sparkline::setColour(const QColor &colour)
{
    m_colour = colour;
    update();
}

void Sparkline::paintChart(QPainter *painter, const QRectF &target)
{
    if (m_values.size() < 2)
        return;
    const auto [low, high] = std::minmax_element(m_values.begin(), m_values.end());
    const double range = *high > *low ? *high - *low : 1.0;
    const QRectF area = target.adjusted(3, 3, -3, -3);
    QPainterPath path;
    QPointF last;
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        last = QPointF(area.left() + area.width() * static_cast<double>(i) / (m_values.size() - 1),
                       area.bottom() - area.height() * (m_values[i] - *low) / range);
        if (i == 0)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_colour, 1.6));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setBrush(m_colour);
    painter->drawEllipse(last, 2.5, 2.5);
    painter->restore();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(&painter, rect());
}

} // namespace lodestar::ui::charts
