#include "scoring.h"

#include <algorithm>
#include <cmath>

namespace lodestar {

namespace {

/// Indices of values, ascending by value (sorting pairs: no indirection in the comparisons).
std::vector<std::size_t> ascendingOrder(const std::vector<double> &values)
{
    std::vector<std::pair<double, std::size_t>> keyed(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        keyed[i] = {values[i], i};
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::size_t> order(values.size());
    for (std::size_t i = 0; i < keyed.size(); ++i)
        order[i] = keyed[i].second;
    return order;
}

/// Calls visit(index, below, above) for every value: how many values are strictly lower / higher.
template <typename Visit>
void forEachRank(const std::vector<double> &values, Visit visit)
{
    const std::vector<std::size_t> order = ascendingOrder(values);
    const std::size_t n = order.size();
    std::size_t start = 0;
    while (start < n) {
        std::size_t end = start;
        while (end < n && values[order[end]] == values[order[start]])
            ++end;
        for (std::size_t k = start; k < end; ++k)
            visit(order[k], start, n - end);
        start = end;
    }
}

// A customer who brings no value (CLV zero or below, e.g. net refunds) is never High or Medium,
// however few customers rank above them.
void demoteWithoutValue(const std::vector<double> &values, std::vector<Tier> &tiers)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!(values[i] > 0.0))
            tiers[i] = Tier::Low;
}

} // namespace

std::vector<int> percentileScores(const std::vector<double> &values)
{
    std::vector<int> scores(values.size(), 100);
    if (values.size() < 2)
        return scores;
    const double top = static_cast<double>(values.size() - 1);
    forEachRank(values, [&](std::size_t i, std::size_t below, std::size_t) {
        scores[i] = static_cast<int>(std::lround(100.0 * static_cast<double>(below) / top));
    });
    return scores;
}

std::vector<Tier> tiersByShare(const std::vector<double> &values, double highShare, double mediumShare)
{
    std::vector<Tier> tiers(values.size(), Tier::Low);
    const double n = static_cast<double>(values.size());
    // A small tolerance so 0.2 × 10 customers is exactly 2, not 1 by rounding error.
    constexpr double eps = 1e-9;
    forEachRank(values, [&](std::size_t i, std::size_t, std::size_t above) {
        const double shareAbove = static_cast<double>(above) / n;
        if (shareAbove < highShare - eps)
            tiers[i] = Tier::High;
        else if (shareAbove < highShare + mediumShare - eps)
            tiers[i] = Tier::Medium;
    });
    demoteWithoutValue(values, tiers);
    return tiers;
}

std::vector<Tier> tiersByAmount(const std::vector<double> &values, double highAmount, double mediumAmount)
{
    std::vector<Tier> tiers(values.size(), Tier::Low);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] >= highAmount)
            tiers[i] = Tier::High;
        else if (values[i] >= mediumAmount)
            tiers[i] = Tier::Medium;
    }
    demoteWithoutValue(values, tiers);
    return tiers;
}

std::vector<Tier> tiersFor(const std::vector<double> &values, const ClvDefinition &definition)
{
    if (definition.tierCutoff == TierCutoff::Amount)
        return tiersByAmount(values, definition.highTierAmount, definition.mediumTierAmount);
    return tiersByShare(values, definition.highTierShare, definition.mediumTierShare);
}

} // namespace lodestar
