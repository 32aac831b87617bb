#pragma once

#include "view.h"

class QLabel;
class QTableView;

namespace lodestar {
class ParameterTableModel;
}

namespace lodestar::ui {

namespace charts {
class HeatmapWidget;
class LineChart;
}

/// The fitted models: parameters with standard errors, log-likelihood, predicted against actual
/// repeat purchases (calibration and holdout), the frequency/recency P(alive) matrix, and a
/// clear warning when the fit is doubtful.
class ModelView : public View
{
    Q_OBJECT
public:
    explicit ModelView(QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("model"); }
    QString title() const override { return tr("Model"); }
    void showAnalysis(const AnalysisSnapshot &snapshot) override;
    const QAbstractItemModel *exportTable() const override;
    charts::ChartWidget *exportChart() const override;

    QString warningText() const;
    QString summaryText() const;
    const ParameterTableModel *parameters() const { return m_parameters; }

private:
    void showWarnings(const Valuation &valuation);
    void showTracking(const AnalysisSnapshot &snapshot);
    void showAliveMatrix(const Valuation &valuation);

    std::shared_ptr<const Valuation> m_shown;
    QLabel *m_warning;
    QLabel *m_summary;
    ParameterTableModel *m_parameters;
    QTableView *m_table;
    charts::LineChart *m_tracking;
    charts::HeatmapWidget *m_alive;
};

} // namespace lodestar::ui
