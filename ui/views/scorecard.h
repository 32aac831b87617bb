#pragma once

#include "models/engine/analysis.h"
#include "models/engine/metricregistry.h"

#include <QFrame>

class QLabel;

namespace lodestar::ui {

namespace charts {
class Sparkline;
}

/// One KPI: its value, the change against the previous period (colour plus arrow and sign, so it
/// reads without colour) and a sparkline of its history. Name, format, direction and the formula
/// in the tooltip are the metric registry's.
class Scorecard : public QFrame
{
    Q_OBJECT
public:
    explicit Scorecard(const MetricDefinition &metric, QWidget *parent = nullptr);

    void setFigure(const Figure &figure, const QString &period);
    /// Replaces the change line with why the figure is missing ("import marketing spend to see it").
    void setMissingReason(const QString &reason);
    QString valueText() const;
    QString changeText() const;
    const Figure &figure() const { return m_figure; }
    const MetricDefinition &metric() const { return m_metric; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString formatted(double value) const;
    /// Colours the title and the change for the current palette, readable on the card (WCAG AA).
    void applyColours();

    const MetricDefinition &m_metric;
    Figure m_figure;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    charts::Sparkline *m_sparkline;
};

} // namespace lodestar::ui
