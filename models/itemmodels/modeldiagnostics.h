#pragma once

#include "models/engine/analysis.h"

#include <QDate>

#include <vector>

namespace lodestar {

/// Predicted against actual repeat transactions per month: the calibration (in-sample) and
/// holdout (out-of-sample) check of a transaction model.
struct TrackingSeries
{
    std::vector<QDate> monthStarts;
    std::vector<double> actual;
    std::vector<double> predicted;
    QDate calibrationEnd;
};

/// Customers in calibration repeat-purchasing per month against the model's expectation
/// sum_i E[X(t)] increments from each customer's first purchase (Fader, Hardie & Lee 2005, eq. 9).
/// Empty when the method has no transaction model.
TrackingSeries trackingSeries(const Dataset &data, const Valuation &valuation);

/// P(alive) for a customer of the longest calibration age by frequency (rows) and recency (columns).
struct AliveMatrix
{
    std::vector<int> frequencies;       ///< x of each row, 0 upwards
    std::vector<double> recencies;      ///< t_x of each column, in the definition's time unit
    std::vector<std::vector<double>> probability; ///< rows × columns
    double age = 0.0;                   ///< T used, in the definition's time unit
};

AliveMatrix aliveMatrix(const Valuation &valuation, int rows = 20, int columns = 20);

} // namespace lodestar
