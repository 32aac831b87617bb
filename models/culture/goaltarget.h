#pragma once

#include "models/culture/goal.h"

#include <QString>

namespace lodestar {

/// Largest target or actual an amount goal takes (the goal dialog's range too).
inline constexpr double kGoalValueLimit = 1e9;

/// Empty when value is a target or actual the indicator can reach; otherwise why not, in one
/// sentence: not finite, a share outside 0–1, an NPS outside −100–100, or an amount beyond ±1e9
/// (a target of 1e308 printed its progress as "inf%").
QString goalValueProblem(Indicator indicator, double value);

} // namespace lodestar
