#include "culturesettings.h"

namespace lodestar {

std::vector<CultureSettings::Field> CultureSettings::fields()
{
    return {
        {"window_quarters", nullptr, &windowQuarters},
        {"watch_tolerance", &watchTolerance, nullptr},
        {"min_ltv_to_cac", &minLtvToCac, nullptr},
        {"max_payback_months", &maxPaybackMonths, nullptr},
        {"min_discount_rise", &minDiscountRise, nullptr},
        {"min_margin_fall", &minMarginFall, nullptr},
        {"expansion_threshold", &expansionThreshold, nullptr},
        {"expansion_spike_ratio", &expansionSpikeRatio, nullptr},
        {"min_expanded_customers", nullptr, &minExpandedCustomers},
        {"cohort_retention_drop", &cohortRetentionDrop, nullptr},
        {"cohorts_compared", nullptr, &cohortsCompared},
        {"expected_definition_surfaces", nullptr, &expectedDefinitionSurfaces},
        {"target_revenue_growth", &targetRevenueGrowth, nullptr},
        {"target_gross_margin", &targetGrossMargin, nullptr},
        {"target_clv_growth", &targetClvGrowth, nullptr},
        {"target_expansion_rate", &targetExpansionRate, nullptr},
        {"target_ltv_to_cac", &targetLtvToCac, nullptr},
        {"target_cohort_retention", &targetCohortRetention, nullptr},
        {"target_first_period_churn", &targetFirstPeriodChurn, nullptr},
        {"target_second_purchase_rate", &targetSecondPurchaseRate, nullptr},
        {"target_days_to_second_purchase", &targetDaysToSecondPurchase, nullptr},
        {"target_nps", &targetNps, nullptr},
        {"target_satisfaction", &targetSatisfaction, nullptr},
    };
}

} // namespace lodestar
