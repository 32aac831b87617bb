#pragma once

#include "models/engine/analysis.h"
#include "models/clv/transactionmodel.h"

#include <QDate>

#include <memory>
#include <vector>

namespace lodestar {

/// The fitted transaction model of a valuation as an object that can predict, or null when
/// the method is not predictive.
std::shared_ptr<const TransactionModel> transactionModelOf(const Valuation &valuation);

/// One customer's purchases and the model's P(alive) along that history, for the detail panel.
struct CustomerHistory
{
    std::vector<QDate> purchaseDates;   ///< one per transaction, oldest first
    std::vector<double> amounts;
    std::vector<QDate> aliveDates;      ///< where P(alive) was evaluated
    std::vector<double> probabilityAlive; ///< empty when the method has no transaction model
};

/// Evaluates P(alive | x, t_x, T) of the fitted model at regular points and just before and at
/// every purchase day, from the first purchase to the calibration end (BG/NBD: Fader, Hardie &
/// Lee 2005; Pareto/NBD: Schmittlein et al. 1987), so the chart shows the decay and the jumps.
CustomerHistory customerHistory(const Dataset &data, const Valuation &valuation, int customer);

} // namespace lodestar
