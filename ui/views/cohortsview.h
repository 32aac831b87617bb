#pragma once

#include "view.h"

class QComboBox;

namespace lodestar {
class CohortTableModel;
}

namespace lodestar::ui {

namespace charts {
class HeatmapWidget;
class LineChart;
}

/// Acquisition cohorts: a retention heatmap (customer retention, revenue retention or
/// cumulative revenue per customer) and the curves of selected cohorts with the model's
/// projection dashed.
class CohortsView : public View
{
    Q_OBJECT
public:
    explicit CohortsView(QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("cohorts"); }
    QString title() const override { return tr("Cohorts"); }
    void showAnalysis(const AnalysisSnapshot &snapshot) override;
    const QAbstractItemModel *exportTable() const override;
    charts::ChartWidget *exportChart() const override;

    void setMetric(int metric);
    const CohortTableModel *model() const { return m_model; }
    charts::HeatmapWidget *heatmap() const { return m_heatmap; }
    charts::LineChart *curves() const { return m_curves; }

private:
    void showHeatmap();
    void showCurves();

    QComboBox *m_metric;
    CohortTableModel *m_model;
    charts::HeatmapWidget *m_heatmap;
    charts::LineChart *m_curves;
};

} // namespace lodestar::ui
