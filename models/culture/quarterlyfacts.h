#pragma once

#include "models/culture/quarter.h"
#include "models/engine/dataset.h"

#include <QDate>

#include <functional>
#include <vector>

namespace lodestar {

/// What the culture pages need per calendar quarter that the engine's KPIs do not carry:
/// discounting, refunds, expansion and what happened after it, activation, cohorts and NPS.
/// Shares are fractions; NaN where the quarter gives no basis.
struct QuarterFacts
{
    Quarter quarter;
    bool complete = false;            ///< the data reaches the quarter's last day
    double revenue = 0.0;             ///< net of refunds
    double refunds = 0.0;             ///< magnitude of negative amounts
    double discountRate = kUnknown;   ///< discount / (sales + discount) of positive sales
    double grossMargin = kUnknown;    ///< (amount - cost) / amount over sales with a known cost
    int activeCustomers = 0;          ///< with a positive purchase in the quarter
    int newCustomers = 0;             ///< first purchase in the quarter
    double retention = kUnknown;      ///< previous quarter's active customers active again
    int expandedCustomers = 0;
    double expansionRate = kUnknown;  ///< of customers active last and this quarter, share that spent more by the threshold
    double churnAfterExpansion = kUnknown;   ///< expanded customers with no purchase next quarter
    double churnBaseline = kUnknown;         ///< the same for repeat customers who did not expand
    double refundsAfterExpansion = kUnknown; ///< next-quarter refunds / sales of expanded customers
    double refundsBaseline = kUnknown;
    double secondPurchaseRate = kUnknown;    ///< new customers buying again within 90 days (when observed)
    double medianDaysToSecondPurchase = kUnknown;
    double cohortRetention = kUnknown;       ///< new customers of the quarter buying in the next one
    double nps = kUnknown;                   ///< % promoters (9-10) minus % detractors (0-6)
    double satisfaction = kUnknown;          ///< mean score 0-10
    int npsResponses = 0;
};

struct QuarterlyFacts
{
    QDate dataEnd;
    std::vector<QuarterFacts> quarters; ///< oldest first, contiguous

    const QuarterFacts *find(const Quarter &quarter) const;
    /// Index of the newest complete quarter, or -1.
    int lastComplete() const;
    /// One field per quarter, oldest first, up to and including index last: the input of the rolling windows.
    std::vector<double> series(const std::function<double(const QuarterFacts &)> &pick, int last) const;
};

/// One pass over the dataset. dataEnd null: the last transaction's date.
/// expansionThreshold: relative rise in a customer's quarter revenue that counts as an expansion.
QuarterlyFacts computeQuarterlyFacts(const Dataset &data, double expansionThreshold, QDate dataEnd = {});

/// Date of an instant in UTC.
QDate dateOf(EpochSeconds seconds);

} // namespace lodestar
