#pragma once

#include "models/culture/culturesnapshot.h"

#include <QJsonObject>

namespace lodestar {

// The JSON the command line prints (and scripts rely on): key names are stable once released.
// Unknown numbers are null, shares are fractions.

QJsonObject matrixToJson(const MaturityMatrix &matrix);
QJsonObject scorecardToJson(const Scorecard &scorecard);
QJsonObject goalsToJson(const std::vector<Team> &teams, const std::vector<GoalProgress> &goals);
QJsonObject guardrailsToJson(const std::vector<GuardrailWarning> &warnings);
QJsonObject channelsToJson(const std::vector<ChannelValue> &channels);
QJsonObject experimentsToJson(const std::vector<ExperimentResult> &experiments);

} // namespace lodestar
