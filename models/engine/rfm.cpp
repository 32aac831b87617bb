#include "rfm.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lodestar {

namespace {

/// Quintile of each purchasing customer on one measure where larger is better (1 otherwise).
/// Sorting (key, index) pairs keeps this a plain sort at a million customers.
std::vector<int> quintiles(const std::vector<RfmInput> &inputs, double (*goodness)(const RfmInput &))
{
    std::vector<std::pair<double, std::size_t>> keyed;
    keyed.reserve(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (inputs[i].hasPurchases)
            keyed.emplace_back(goodness(inputs[i]), i);
    std::sort(keyed.begin(), keyed.end());
    std::vector<int> scores(inputs.size(), 1);
    const double n = static_cast<double>(keyed.size());
    std::size_t start = 0;
    while (start < keyed.size()) {
        std::size_t end = start;
        while (end < keyed.size() && keyed[end].first == keyed[start].first)
            ++end;
        const int score = 1 + std::min(4, static_cast<int>(std::floor(5.0 * static_cast<double>(start) / n)));
        for (std::size_t k = start; k < end; ++k)
            scores[keyed[k].second] = score;
        start = end;
    }
    return scores;
}

} // namespace

std::vector<RfmScore> scoreRfm(const std::vector<RfmInput> &inputs)
{
    const std::vector<int> r = quintiles(inputs, [](const RfmInput &c) { return -c.daysSinceLastPurchase; });
    const std::vector<int> f = quintiles(inputs, [](const RfmInput &c) { return c.purchaseDays; });
    const std::vector<int> m = quintiles(inputs, [](const RfmInput &c) { return c.revenue; });
    std::vector<RfmScore> scores(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        RfmScore &s = scores[i];
        s.recency = r[i];
        s.frequency = f[i];
        s.monetary = m[i];
        s.segment = inputs[i].hasPurchases ? rfmSegment(s.recency, s.frequency, s.monetary, inputs[i].purchaseDays)
                                           : QStringLiteral("No purchases");
    }
    return scores;
}

// The segment rules, first match wins. R is the recency score; FM = (F + M) / 2, the
// average of the frequency and monetary scores (the usual two-axis RFM grid, e.g. Putler's
// and Klaviyo's segment maps, reduced to eight segments):
//   New                  R >= 4 and exactly one purchase day
//   Champions            R >= 4 and FM >= 4
//   Loyal                R >= 3 and FM >= 3
//   Potential loyalists  R >= 3 (FM < 3)
//   Can't lose them      R = 1 and FM >= 4   (were among the best, gone longest)
//   At risk              R <= 2 and FM >= 3
//   Hibernating          R = 2 (FM < 3)
//   Lost                 R = 1 (FM < 3)
QString rfmSegment(int recency, int frequency, int monetary, double purchaseDays)
{
    const double fm = (frequency + monetary) / 2.0;
    if (recency >= 4 && purchaseDays <= 1.0)
        return QStringLiteral("New");
    if (recency >= 4 && fm >= 4.0)
        return QStringLiteral("Champions");
    if (recency >= 3 && fm >= 3.0)
        return QStringLiteral("Loyal");
    if (recency >= 3)
        return QStringLiteral("Potential loyalists");
    if (recency == 1 && fm >= 4.0)
        return QStringLiteral("Can't lose them");
    if (fm >= 3.0)
        return QStringLiteral("At risk");
    if (recency == 2)
        return QStringLiteral("Hibernating");
    return QStringLiteral("Lost");
}

QStringList rfmSegmentNames()
{
    return {QStringLiteral("Champions"), QStringLiteral("Loyal"), QStringLiteral("Potential loyalists"),
            QStringLiteral("New"), QStringLiteral("At risk"), QStringLiteral("Can't lose them"),
            QStringLiteral("Hibernating"), QStringLiteral("Lost"), QStringLiteral("No purchases")};
}

} // namespace lodestar
