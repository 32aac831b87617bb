#pragma once

#include <QString>

#include <vector>

namespace lodestar {

/// Guardrail thresholds, scorecard targets and windows: workspace settings, not constants,
/// because what counts as "too much discount" differs per business.
struct CultureSettings
{
    // Rolling windows: one noisy quarter should not swing a verdict.
    int windowQuarters = 2;
    double watchTolerance = 0.10;           ///< within 10% of target is "watch", beyond is "off-track"

    // Guardrails
    double minLtvToCac = 1.0;
    double maxPaybackMonths = 12.0;
    double minDiscountRise = 0.01;          ///< discount share of list price, rise over the window
    double minMarginFall = 0.01;            ///< gross margin fall over the window
    double expansionThreshold = 0.25;       ///< quarter revenue up by this share counts as an expansion
    double expansionSpikeRatio = 1.5;       ///< churn or refunds after expansion vs baseline
    int minExpandedCustomers = 20;          ///< fewer expansions are too few to call a spike
    double cohortRetentionDrop = 0.05;      ///< newest cohorts vs the cohorts before, absolute
    int cohortsCompared = 2;
    int expectedDefinitionSurfaces = 5;     ///< views and reports that should show the definition

    // Scorecard targets (fractions unless noted)
    double targetRevenueGrowth = 0.03;
    double targetGrossMargin = 0.35;
    double targetClvGrowth = 0.02;
    double targetExpansionRate = 0.15;
    double targetLtvToCac = 3.0;
    double targetCohortRetention = 0.35;
    double targetFirstPeriodChurn = 0.60;   ///< lower is better
    double targetSecondPurchaseRate = 0.30;
    double targetDaysToSecondPurchase = 60; ///< days, lower is better
    double targetNps = 30;                  ///< NPS points
    double targetSatisfaction = 7.5;        ///< mean 0-10 score

    /// Every setting as (key, pointer, accepted range), for storing, for `--set key=value` and the settings page.
    struct Field
    {
        const char *key;
        double *real;
        int *integer;
        double minimum;
        double maximum;
    };
    std::vector<Field> fields();
    /// Why a value does not suit the setting (unknown key, outside its range, not a whole number
    /// where one is needed), or an empty string when it does.
    static QString problemWith(const QString &key, double value);
    static bool isKnown(const QString &key);
};

} // namespace lodestar
