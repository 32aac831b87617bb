#pragma once

#include "models/culture/channelvalue.h"
#include "models/culture/culturesettings.h"
#include "models/culture/engineseries.h"
#include "models/culture/quarterlyfacts.h"

#include <QString>

#include <utility>
#include <vector>

namespace lodestar {

/// A warning that growth is being bought at the expense of lifetime value, with its numbers.
struct GuardrailWarning
{
    QString rule;     ///< "discount-erosion", "expansion-churn", "expansion-refunds", "buying-revenue",
                      ///< "channel-ltv-cac", "channel-payback", "cohort-retention"
    QString subject;  ///< the channel, for channel rules; empty otherwise
    QString message;  ///< one translated sentence with the numbers
    std::vector<std::pair<QString, double>> values; ///< the numbers that triggered it, stable keys
};

/// Evaluates every guardrail over the trailing windows of complete quarters.
std::vector<GuardrailWarning> evaluateGuardrails(const QuarterlyFacts &facts, const EngineSeries &engine,
                                                 const std::vector<ChannelValue> &channels,
                                                 const CultureSettings &settings);

} // namespace lodestar
