#pragma once

// Inputs of the buy-till-you-die models: one row per customer (or per group of identical
// customers), in model time units (the definition's TimeUnit). Plain structs so the
// likelihood loops stay free of Qt types.

#include <cstddef>
#include <vector>

namespace lodestar {

/// Frequency x (repeat purchases), recency t_x (time of the last repeat purchase since the
/// first one, 0 when x = 0) and age T (calibration end minus first purchase);
/// weight = number of identical customers this row stands for.
struct RepeatPurchaseRow
{
    double x = 0.0;
    double tx = 0.0;
    double T = 0.0;
    double weight = 1.0;
};

/// A repeat customer's spend: x repeat purchases (x > 0) of average value meanValue.
struct SpendRow
{
    double x = 0.0;
    double meanValue = 0.0;
    double weight = 1.0;
};

/// Identical rows merged into weights, with the map back to the input order, so a fit and
/// the per-customer predictions run once per distinct (x, t_x, T).
struct CompressedRows
{
    std::vector<RepeatPurchaseRow> rows;
    std::vector<std::size_t> rowOfInput; ///< rows[rowOfInput[i]] describes input i
};

/// Merges rows with exactly equal (x, t_x, T), summing their weights.
CompressedRows compressRows(const std::vector<RepeatPurchaseRow> &input);

/// True when rows are strictly increasing in (x, t_x, T), i.e. already compressRows' output.
bool isCompressed(const std::vector<RepeatPurchaseRow> &rows);

/// Merges spend rows with exactly equal (x, meanValue), summing their weights.
std::vector<SpendRow> compressSpendRows(const std::vector<SpendRow> &input);

/// Sum of weights: the number of customers the rows stand for.
double totalWeight(const std::vector<RepeatPurchaseRow> &rows);

/// Why rows cannot be fitted, as one sentence for the user; nullptr when they are usable.
const char *validateRows(const std::vector<RepeatPurchaseRow> &rows);
const char *validateSpendRows(const std::vector<SpendRow> &rows);

} // namespace lodestar
