#include "culturesettings.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lodestar {

// The ranges keep a setting meaningful (a share between 0 and 1, at least one quarter), not "sensible":
// what is sensible differs per business, which is why these are settings.
std::vector<CultureSettings::Field> CultureSettings::fields()
{
    return {
        {"window_quarters", nullptr, &windowQuarters, 1, 8},
        {"watch_tolerance", &watchTolerance, nullptr, 0, 1},
        {"min_ltv_to_cac", &minLtvToCac, nullptr, 0, 100},
        {"max_payback_months", &maxPaybackMonths, nullptr, 0, 240},
        {"min_discount_rise", &minDiscountRise, nullptr, 0, 1},
        {"min_margin_fall", &minMarginFall, nullptr, 0, 1},
        {"expansion_threshold", &expansionThreshold, nullptr, 0.01, 10},
        {"expansion_spike_ratio", &expansionSpikeRatio, nullptr, 1, 100},
        {"min_expanded_customers", nullptr, &minExpandedCustomers, 1, 1000000},
        {"cohort_retention_drop", &cohortRetentionDrop, nullptr, 0, 1},
        {"cohorts_compared", nullptr, &cohortsCompared, 1, 12},
        {"expected_definition_surfaces", nullptr, &expectedDefinitionSurfaces, 1, 100},
        {"target_revenue_growth", &targetRevenueGrowth, nullptr, -1, 10},
        {"target_gross_margin", &targetGrossMargin, nullptr, -1, 1},
        {"target_clv_growth", &targetClvGrowth, nullptr, -1, 10},
        {"target_expansion_rate", &targetExpansionRate, nullptr, 0, 1},
        {"target_ltv_to_cac", &targetLtvToCac, nullptr, 0, 100},
        {"target_cohort_retention", &targetCohortRetention, nullptr, 0, 1},
        {"target_first_period_churn", &targetFirstPeriodChurn, nullptr, 0, 1},
        {"target_second_purchase_rate", &targetSecondPurchaseRate, nullptr, 0, 1},
        {"target_days_to_second_purchase", &targetDaysToSecondPurchase, nullptr, 0, 3650},
        {"target_nps", &targetNps, nullptr, -100, 100},
        {"target_satisfaction", &targetSatisfaction, nullptr, 0, 10},
    };
}

QString CultureSettings::problemWith(const QString &key, double value)
{
    CultureSettings settings;
    for (const Field &field : settings.fields()) {
        if (key != QLatin1String(field.key))
            continue;
        const QLocale locale;
        if (!(value >= field.minimum && value <= field.maximum))
            return QCoreApplication::translate("store", "The setting %1 must lie between %2 and %3.")
                .arg(key, locale.toString(field.minimum), locale.toString(field.maximum));
        if (field.integer && value != std::floor(value))
            return QCoreApplication::translate("store", "The setting %1 needs a whole number.").arg(key);
        return {};
    }
    return QCoreApplication::translate("store", "Unknown setting %1.").arg(key);
}

bool CultureSettings::isKnown(const QString &key)
{
    CultureSettings settings;
    const auto fields = settings.fields();
    return std::any_of(fields.begin(), fields.end(), [&key](const Field &field) { return key == QLatin1String(field.key); });
}

} // namespace lodestar
