#pragma once

#include "chartwidget.h"

#include <vector>

namespace lodestar::ui::charts {

/// A small line of recent values without axes, for scorecards; the last point is marked.
class Sparkline : public ChartWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setValues(const std::vector<double> &values);
    const std::vector<double> &values() const { return m_values; }
    void setColour(const QColor &colour);

    void paintChart(QPainter *painter, const QRectF &target) override;
    QSize sizeHint() const override { return {120, 32}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<double> m_values;
    QColor m_colour;
};

} // namespace lodestar::ui::charts
