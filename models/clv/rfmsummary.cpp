#include "models/clv/rfmsummary.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace lodestar {

namespace {

// Rows sorted by value rather than through an index: contiguous, so sorting a million rows
// takes a fraction of the time.
struct KeyedRow
{
    double x, tx, T, weight;
    std::size_t input;
    bool sameCustomerAs(const KeyedRow &o) const { return x == o.x && tx == o.tx && T == o.T; }
    bool operator<(const KeyedRow &o) const { return std::tie(x, tx, T) < std::tie(o.x, o.tx, o.T); }
};

} // namespace

CompressedRows compressRows(const std::vector<RepeatPurchaseRow> &input)
{
    std::vector<KeyedRow> keyed(input.size());
    for (std::size_t i = 0; i < input.size(); ++i)
        keyed[i] = {input[i].x, input[i].tx, input[i].T, input[i].weight, i};
    std::sort(keyed.begin(), keyed.end());

    CompressedRows out;
    out.rowOfInput.resize(input.size());
    for (std::size_t k = 0; k < keyed.size(); ++k) {
        if (k == 0 || !keyed[k - 1].sameCustomerAs(keyed[k]))
            out.rows.push_back({keyed[k].x, keyed[k].tx, keyed[k].T, 0.0});
        out.rows.back().weight += keyed[k].weight;
        out.rowOfInput[keyed[k].input] = out.rows.size() - 1;
    }
    return out;
}

bool isCompressed(const std::vector<RepeatPurchaseRow> &rows)
{
    const auto key = [](const RepeatPurchaseRow &r) { return std::tie(r.x, r.tx, r.T); };
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (!(key(rows[i - 1]) < key(rows[i])))
            return false;
    return true;
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
