#include "uniteconomics.h"

#include "models/clv/customersummary.h"

#include <algorithm>
#include <cmath>

namespace lodestar {

bool countsForUnitEconomics(const CustomerValue &value)
{
    return value.hasClv && std::isfinite(value.acquisitionCost) && value.acquisitionCost >= 0.0;
}

double monthsSinceFirstPurchase(const CustomerValue &value, const QDate &dataEnd)
{
    if (!dataEnd.isValid())
        return 1.0;
    return std::max(1.0, (epochDayOf(dataEnd) - value.firstPurchaseDay) / kDaysPerMonth);
}

double ltvToCacRatio(double clvSum, double cacSum)
{
    return cacSum > 0.0 ? clvSum / cacSum : kUnknown;
}

bool UnitEconomics::add(const CustomerValue &value)
{
    if (!countsForUnitEconomics(value))
        return false;
    ++m_customers;
    m_clv += value.clv;
    m_cac += value.acquisitionCost;
    // Realised gross margin: the margin actually earned back so far, not a forecast (that is LTV:CAC's job).
    m_margin += value.historicClv;
    m_months += monthsSinceFirstPurchase(value, m_dataEnd);
    return true;
}

double UnitEconomics::averageCac() const
{
    return m_customers > 0 ? m_cac / m_customers : kUnknown;
}

double UnitEconomics::ltvToCac() const
{
    return ltvToCacRatio(m_clv, m_cac);
}

double UnitEconomics::paybackMonths() const
{
    if (m_customers == 0 || m_cac <= 0.0 || m_months <= 0.0)
        return kUnknown;
    const double marginPerMonth = m_margin / m_months;
    return marginPerMonth > 0.0 ? averageCac() / marginPerMonth : kUnknown;
}

} // namespace lodestar
