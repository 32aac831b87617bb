#include "rfm.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace lodestar {

namespace {

/// Quintile of each purchasing customer on one measure where larger is better.
void assignQuintiles(const std::vector<RfmInput> &inputs, const std::function<double(const RfmInput &)> &goodness,
                     const std::function<void(std::size_t, int)> &store)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (inputs[i].hasPurchases)
            order.push_back(i);
    std::vector<double> key(inputs.size(), 0.0);
    for (std::size_t i : order)
        key[i] = goodness(inputs[i]);
    std::sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) { return key[l] < key[r]; });
    const double n = static_cast<double>(order.size());
    std::size_t start = 0;
    while (start < order.size()) {
        std::size_t end = start;
        while (end < order.size() && key[order[end]] == key[order[start]])
            ++end;
        const int score = 1 + std::min(4, static_cast<int>(std::floor(5.0 * static_cast<double>(start) / n)));
        for (std::size_t k = start; k < end; ++k)
            store(order[k], score);
        start = end;
    }
}

} // namespace

std::vector<RfmScore> scoreRfm(const std::vector<RfmInput> &inputs)
{
    std::vector<RfmScore> scores(inputs.size());
    assignQuintiles(inputs, [](const RfmInput &c) { return -c.daysSinceLastPurchase; },
                    [&](std::size_t i, int s) { scores[i].recency = s; });
    assignQuintiles(inputs, [](const RfmInput &c) { return c.purchaseDays; },
                    [&](std::size_t i, int s) { scores[i].frequency = s; });
    assignQuintiles(inputs, [](const RfmInput &c) { return c.revenue; },
                    [&](std::size_t i, int s) { scores[i].monetary = s; });
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        RfmScore &s = scores[i];
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
