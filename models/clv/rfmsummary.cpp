#include "models/clv/rfmsummary.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace lodestar {

CompressedRows compressRows(const std::vector<RepeatPurchaseRow> &input)
{
    // Sorting an index keeps the map back to input order without copying rows twice.
    std::vector<std::size_t> order(input.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto key = [&](std::size_t i) { return std::tie(input[i].x, input[i].tx, input[i].T); };
    std::sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) { return key(l) < key(r); });

    CompressedRows out;
    out.rowOfInput.resize(input.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k];
        if (k == 0 || key(order[k - 1]) != key(i)) {
            out.rows.push_back({input[i].x, input[i].tx, input[i].T, 0.0});
        }
        out.rows.back().weight += input[i].weight;
        out.rowOfInput[i] = out.rows.size() - 1;
    }
    return out;
}

std::vector<SpendRow> compressSpendRows(const std::vector<SpendRow> &input)
{
    std::vector<SpendRow> sorted = input;
    std::sort(sorted.begin(), sorted.end(), [](const SpendRow &l, const SpendRow &r) {
        return std::tie(l.x, l.meanValue) < std::tie(r.x, r.meanValue);
    });
    std::vector<SpendRow> out;
    for (const SpendRow &row : sorted) {
        if (!out.empty() && out.back().x == row.x && out.back().meanValue == row.meanValue)
            out.back().weight += row.weight;
        else
            out.push_back(row);
    }
    return out;
}

double totalWeight(const std::vector<RepeatPurchaseRow> &rows)
{
    double sum = 0.0;
    for (const RepeatPurchaseRow &row : rows)
        sum += row.weight;
    return sum;
}

const char *validateRows(const std::vector<RepeatPurchaseRow> &rows)
{
    if (rows.empty())
        return "There are no customers to fit the model to.";
    for (const RepeatPurchaseRow &row : rows) {
        if (!std::isfinite(row.x) || !std::isfinite(row.tx) || !std::isfinite(row.T) || !std::isfinite(row.weight))
            return "A customer summary holds a value that is not a finite number.";
        if (row.x < 0.0 || row.tx < 0.0 || row.weight < 0.0)
            return "A customer summary holds a negative frequency, recency or weight.";
        if (row.T <= 0.0 || row.tx > row.T)
            return "A customer summary has no observation time or a last purchase after the calibration end.";
    }
    if (totalWeight(rows) <= 0.0)
        return "There are no customers to fit the model to.";
    // Without a single repeat purchase the likelihood has no maximum (r -> 0) and says
    // nothing about drop-out, so there is no model to fit.
    const bool anyRepeat = std::any_of(rows.begin(), rows.end(),
                                       [](const RepeatPurchaseRow &row) { return row.x > 0.0 && row.weight > 0.0; });
    if (!anyRepeat)
        return "No customer has made a repeat purchase yet, so purchase and drop-out rates cannot be estimated.";
    return nullptr;
}

const char *validateSpendRows(const std::vector<SpendRow> &rows)
{
    double weight = 0.0;
    for (const SpendRow &row : rows) {
        if (!std::isfinite(row.x) || !std::isfinite(row.meanValue) || !std::isfinite(row.weight))
            return "A spend summary holds a value that is not a finite number.";
        if (row.x > 0.0 && row.meanValue <= 0.0)
            return "A repeat customer has a mean transaction value that is not positive.";
        if (row.x > 0.0)
            weight += row.weight;
    }
    if (weight <= 0.0)
        return "There are no repeat customers to fit the spend model to.";
    return nullptr;
}

} // namespace lodestar
