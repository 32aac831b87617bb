#pragma once

#include "view.h"

#include <vector>

class QTableView;

namespace lodestar {
class KpiTableModel;
}

namespace lodestar::ui {

class CultureCache;
class GuardrailBanner;
class Scorecard;
class ScorecardRow;
namespace charts {
class BarChart;
class LineChart;
}

/// The QBR page: KPI scorecards with their change and sparkline, the CLV trend, CLV growth
/// against revenue growth, the segment mix by tier and the KPI table per period.
class OverviewView : public View
{
    Q_OBJECT
public:
    /// Without a culture cache (a simulated dataset) the guardrail banner stays hidden.
    explicit OverviewView(CultureCache *culture, QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    void showAnalysis(const AnalysisSnapshot &snapshot) override;
    const QAbstractItemModel *exportTable() const override;
    charts::ChartWidget *exportChart() const override;

    const std::vector<Scorecard *> &scorecards() const { return m_scorecards; }
    charts::LineChart *trendChart() const { return m_trend; }
    charts::BarChart *mixChart() const { return m_mix; }
    GuardrailBanner *guardrailBanner() const { return m_guardrails; }

private:
    QWidget *createScorecards();
    void showScorecards(const Insights &insights);
    void showTrend(const Insights &insights);
    void showGrowth(const Insights &insights);
    void showMix(const Insights &insights);
    void showGuardrails();

    std::vector<Scorecard *> m_scorecards;
    ScorecardRow *m_scorecardRow = nullptr;
    charts::LineChart *m_trend;
    charts::LineChart *m_growth;
    charts::BarChart *m_mix;
    KpiTableModel *m_kpis;
    QTableView *m_kpiTable;
    CultureCache *m_culture;
    AnalysisSnapshot m_analysis; ///< for the banner's refresh after a culture edit
    GuardrailBanner *m_guardrails; ///< guardrail warnings (issue 5), hidden when none
};

} // namespace lodestar::ui
