#pragma once

// RFM (recency, frequency, monetary) quintile scores and the named segments built on them.

#include <QString>

#include <vector>

namespace lodestar {

/// One customer's raw RFM inputs, measured on the whole history up to the reference day.
struct RfmInput
{
    bool hasPurchases = false;
    double daysSinceLastPurchase = 0.0; ///< smaller is better
    double purchaseDays = 0.0;          ///< distinct purchase days
    double revenue = 0.0;               ///< net revenue
};

struct RfmScore
{
    int recency = 1;   ///< 1-5, 5 = bought most recently
    int frequency = 1; ///< 1-5, 5 = bought most often
    int monetary = 1;  ///< 1-5, 5 = spent most
    QString segment;
};

/// Quintile scores among the customers with purchases: score = 1 + floor(5 × worse / n),
/// where worse is the number of customers strictly worse on that measure (ties share the
/// lower score). Customers without purchases get 1, 1, 1 and the segment "No purchases".
std::vector<RfmScore> scoreRfm(const std::vector<RfmInput> &inputs);

/// The named segment for scores; see rfm.cpp for the rules, applied in order.
QString rfmSegment(int recency, int frequency, int monetary, double purchaseDays);

/// Every segment name, best first, for tables and legends.
QStringList rfmSegmentNames();

} // namespace lodestar
