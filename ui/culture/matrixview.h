#pragma once

#include "ui/views/view.h"

#include "models/culture/quarter.h"

#include <optional>

class QComboBox;
class QLabel;
class QTableView;
class QUndoStack;

namespace lodestar {
class MaturityMatrixModel;
struct Assessment;
}

namespace lodestar::ui {

class CultureCache;

namespace charts {
class LineChart;
}

/// The CLV maturity matrix: capability rows on a From → To scale with the current and target
/// level marked and coloured by the gap, owner and KPI columns, the trend per capability, and
/// in-place edits of the selected quarter's self-assessment with undo.
class MatrixView : public View
{
    Q_OBJECT
public:
    explicit MatrixView(CultureCache &cache, QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("matrix"); }
    QString title() const override { return tr("Maturity matrix"); }
    void showAnalysis(const AnalysisSnapshot &snapshot) override;
    const QAbstractItemModel *exportTable() const override;
    charts::ChartWidget *exportChart() const override;

    MaturityMatrixModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    QTableView *table() const { return m_table; }
    /// Shows another quarter's assessment (nullopt: the newest assessed).
    void setQuarter(std::optional<Quarter> quarter);

private:
    QWidget *createHeader();
    void refresh();
    void fitTable();
    void fillQuarters(const std::vector<Quarter> &assessed, const Quarter &shown);
    void showTrend();
    void recordEdit(const Assessment &after);

    CultureCache &m_cache;
    AnalysisSnapshot m_analysis;
    std::optional<Quarter> m_quarter;
    MaturityMatrixModel *m_model;
    QTableView *m_table;
    QComboBox *m_quarters;
    QLabel *m_summary;
    QUndoStack *m_undo;
    charts::LineChart *m_trend;
};

} // namespace lodestar::ui
