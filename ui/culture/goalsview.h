#pragma once

#include "ui/views/view.h"

class QScrollArea;
class QSplitter;
class QTableWidget;
class QTreeWidget;

namespace lodestar::ui {

class CultureCache;
class ExperimentsPanel;
class GoalsPanel;
class GuardrailBanner;
class ThresholdsPanel;

/// Goals & guardrails: the guardrail warnings with their numbers, team goals with progress and
/// the CLV driver each feeds, the balanced scorecard, net value per channel and experiments.
class GoalsView : public View
{
    Q_OBJECT
public:
    explicit GoalsView(CultureCache &cache, QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("goals"); }
    QString title() const override { return tr("Goals & guardrails"); }
    void showAnalysis(const AnalysisSnapshot &snapshot) override;
    const QAbstractItemModel *exportTable() const override;

    GuardrailBanner *banner() const { return m_banner; }
    GoalsPanel *goalsPanel() const { return m_goals; }
    QTreeWidget *goalTree() const;
    QTableWidget *scorecardTable() const { return m_scorecard; }
    QTableWidget *channelTable() const { return m_channels; }
    QTableWidget *experimentTable() const;
    ExperimentsPanel *experimentsPanel() const { return m_experiments; }
    ThresholdsPanel *thresholdsPanel() const { return m_thresholds; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void fitWarnings();

    CultureCache &m_cache;
    AnalysisSnapshot m_analysis;
    GuardrailBanner *m_banner;
    QScrollArea *m_warnings;
    GoalsPanel *m_goals;
    QTableWidget *m_scorecard;
    QTableWidget *m_channels;
    ExperimentsPanel *m_experiments;
    ThresholdsPanel *m_thresholds;
    QSplitter *m_split;
};

} // namespace lodestar::ui
