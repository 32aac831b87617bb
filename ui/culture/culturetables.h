#pragma once

#include "models/culture/culturesnapshot.h"

class QTableWidget;
class QTreeWidget;

namespace lodestar::ui {

// Fill the read-only tables of the goals page from a culture snapshot.

/// Rows of one side of the balanced scorecard, status coloured and named.
void fillScorecardTable(QTableWidget *table, const Scorecard &scorecard);
void fillChannelTable(QTableWidget *table, const std::vector<ChannelValue> &channels);
void fillExperimentTable(QTableWidget *table, const std::vector<ExperimentResult> &experiments);
/// Teams as top-level items, their goals below with driver, target, actual, progress and status.
void fillGoalTree(QTreeWidget *tree, const std::vector<Team> &teams, const std::vector<GoalProgress> &goals);

/// The colour of a verdict: blue on track, orange watch, vermillion off track, grey no data.
QColor verdictColour(Verdict verdict);

} // namespace lodestar::ui
