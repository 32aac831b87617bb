#pragma once

// The one computation of the "ltv_cac", "cac" and "payback_months" metrics (metricregistry.h).
// Channel tables, segment tables, the KPIs by period, the scorecard and the report all add
// customers to a UnitEconomics, so they cannot disagree on which customers count or on the formula.

#include "models/engine/analysis.h"

#include <QDate>

namespace lodestar {

/// Average days in a month (365.25 / 12), for months of tenure.
inline constexpr double kDaysPerMonth = 30.4375;

/// The customers whose unit economics count: valued under the CLV definition, with a known
/// acquisition cost.
bool countsForUnitEconomics(const CustomerValue &value);

/// Months from the customer's first purchase to the data end, at least one, so a customer
/// acquired in the last days does not earn a month's margin in a few days.
double monthsSinceFirstPurchase(const CustomerValue &value, const QDate &dataEnd);

/// LTV:CAC from sums over the same customers: Σ CLV ÷ Σ CAC (= average CLV ÷ average CAC).
/// Unknown without cost.
double ltvToCacRatio(double clvSum, double cacSum);

/// Sums over the customers that count; the metrics are read from them.
class UnitEconomics
{
public:
    explicit UnitEconomics(QDate dataEnd) : m_dataEnd(dataEnd) {}

    /// Adds the customer when countsForUnitEconomics(); returns whether it counted.
    bool add(const CustomerValue &value);

    int customers() const { return m_customers; }
    double clvSum() const { return m_clv; }
    double cacSum() const { return m_cac; }
    /// Average CAC of the customers that count; unknown when none.
    double averageCac() const;
    /// Average CLV ÷ average CAC of the same customers.
    double ltvToCac() const;
    /// Average CAC ÷ gross margin earned per customer-month since first purchase (Σ realised
    /// margin ÷ Σ months), over the same customers; unknown without cost or margin.
    double paybackMonths() const;

private:
    QDate m_dataEnd;
    int m_customers = 0;
    double m_clv = 0.0;
    double m_cac = 0.0;
    double m_margin = 0.0;
    double m_months = 0.0;
};

} // namespace lodestar
