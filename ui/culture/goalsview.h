#pragma once

#include "ui/views/view.h"

class QScrollArea;
class QSplitter;
class QTableWidget;
class QTreeWidget;

namespace lodestar::ui {

class GuardrailBanner;

/// Goals & guardrails: the guardrail warnings with their numbers, team goals with progress and
/// the CLV driver each feeds, the balanced scorecard, net value per channel and experiments.
class GoalsView : public View
{
    Q_OBJECT
public:
    explicit GoalsView(QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("goals"); }
    QString title() const override { return tr("Goals & guardrails"); }
    void showAnalysis(const AnalysisSnapshot &snapshot) override;
    const QAbstractItemModel *exportTable() const override;

    GuardrailBanner *banner() const { return m_banner; }
    QTreeWidget *goalTree() const { return m_goals; }
    QTableWidget *scorecardTable() const { return m_scorecard; }
    QTableWidget *channelTable() const { return m_channels; }
    QTableWidget *experimentTable() const { return m_experiments; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createGoalsPanel();
    void refresh();
    void fitWarnings();
    void addTeam();
    void addGoal();
    void removeGoal();

    AnalysisSnapshot m_analysis;
    GuardrailBanner *m_banner;
    QScrollArea *m_warnings;
    QTreeWidget *m_goals;
    QTableWidget *m_scorecard;
    QTableWidget *m_channels;
    QTableWidget *m_experiments;
    QSplitter *m_split;
    QString m_usageRecordedFor;
};

} // namespace lodestar::ui
