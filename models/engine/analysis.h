#pragma once

// The engine's contract with views, reports and the command line.
// Two stages, so a filter change is cheap:
//   valueCustomers()  heavy: customer summary, model fits, CLV of every customer (whole population);
//   buildInsights()   light: segments, cohorts, KPIs and headline figures for one filter.

#include "models/clv/clvdefinition.h"
#include "models/engine/dataset.h"
#include "models/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace lodestar {

class FitCache;
class AsOfValuations;

enum class Tier { High, Medium, Low };
enum class Period { Month, Quarter };

/// Lets long work stop early; set from any thread.
using CancelFlag = std::atomic_bool;
/// Progress in [0, 1]; returns false to cancel.
using ProgressCallback = std::function<bool(double)>;

/// A fitted model as views and reports print it.
struct ModelFit
{
    QString model;                      ///< "bgnbd", "pareto-nbd" or "gamma-gamma"
    QStringList parameterNames;         ///< e.g. r, alpha, a, b
    std::vector<double> parameters;
    std::vector<double> standardErrors; ///< NaN where the Hessian was not invertible
    double logLikelihood = 0.0;
    int customers = 0;
    bool converged = false;
    QString warning;                    ///< non-empty when the fit is doubtful (thin data, no convergence)
};

/// One customer's value under the definition; index matches Dataset::customers.
struct CustomerValue
{
    std::int32_t customer = 0;
    double frequency = 0.0;   ///< x: repeat purchases in the calibration window
    double recency = 0.0;     ///< t_x in the definition's time unit
    double age = 0.0;         ///< T in the definition's time unit
    double revenue = 0.0;     ///< realised net revenue, all time
    double probabilityAlive = 1.0;
    double expectedPurchases = 0.0; ///< over the horizon
    double expectedSpend = 0.0;     ///< expected average order value
    double clv = 0.0;               ///< under the definition's method
    double historicClv = 0.0;       ///< realised net revenue x margin
    int score = 0;                  ///< 0-100, percentile of clv
    Tier tier = Tier::Low;
    int recencyScore = 1;           ///< RFM quintiles 1-5
    int frequencyScore = 1;
    int monetaryScore = 1;
    QString rfmSegment;
    bool hasClv = false;            ///< false when not valued (no purchase in the calibration window)
    double margin = 0.0;            ///< gross margin fraction applied to this customer
    double acquisitionCost = kUnknown; ///< customers.acquisition_cost, else channel spend ÷ customers acquired
    std::int32_t firstPurchaseDay = 0; ///< epoch day of the first purchase (meaningful when the customer has one)
    bool hasPurchases = false;         ///< at least one purchase (not only refunds), at any time
};

/// Stage one: everything that needs the whole population.
struct Valuation
{
    ClvDefinition definition;
    QDate dataStart;
    QDate dataEnd;
    QDate calibrationEnd;
    std::optional<ModelFit> transactionModel; ///< BG/NBD or Pareto/NBD when the method is predictive
    std::optional<ModelFit> spendModel;       ///< Gamma-Gamma when the method is predictive
    std::vector<CustomerValue> customers;
    /// Share of the horizon's expected purchases made by the end of each month after the
    /// calibration end (index 0 = month 1; last = 1); cohort projections follow this curve.
    std::vector<double> projectionShape;
    double annualChurn = kUnknown; ///< measured for the simple formula
    QStringList warnings;          ///< doubts worth showing (spend model fallback, thin data)
    /// A predictive method whose transaction models both failed: CLV is historic (see warnings).
    bool historicFallback = false;
    /// The fits this valuation used or made; the as-of valuations of period ends reuse it.
    std::shared_ptr<FitCache> fitCache;
    /// The valuations at past period ends (asof.h), computed when a period table first needs them.
    std::shared_ptr<AsOfValuations> asOf;
};

/// Global filters shared by every view; empty strings and nullopt mean "all".
struct AnalysisFilter
{
    QDate from;
    QDate to;
    QString channel;
    QString region;
    QString plan;
    std::optional<Tier> tier;
    Period period = Period::Quarter;
};

/// One row of a segment table (by tier, RFM segment, channel, region or plan).
struct SegmentSummary
{
    QString key;
    int customers = 0;
    double customerShare = 0.0;
    double revenue = 0.0;
    double averageClv = 0.0;
    double totalClv = 0.0;
    double clvShare = 0.0;
    double averageProbabilityAlive = 0.0;
    double acquisitionCost = kUnknown; ///< total CAC of the segment's customers, when known
    double averageAcquisitionCost = kUnknown; ///< the "cac" metric (metricregistry.h)
    double ltvToCac = kUnknown;       ///< the "ltv_cac" metric, computed by UnitEconomics
    double paybackMonths = kUnknown;  ///< the "payback_months" metric, computed by UnitEconomics
};

/// Acquisition cohorts × periods since acquisition; every matrix is cohorts × periods, zeros not gaps.
struct CohortTable
{
    Period period = Period::Month;
    QStringList cohorts;                 ///< "2024-01" or "2024Q1"
    std::vector<int> sizes;              ///< customers acquired in each cohort
    std::vector<int> observedPeriods;    ///< periods with data per cohort; later cells are projections only
    std::vector<std::vector<double>> customerRetention;   ///< share purchasing in period k
    std::vector<std::vector<double>> retentionOnOrAfter;  ///< share purchasing in period k or later
    std::vector<std::vector<double>> revenueRetention;    ///< revenue in k / revenue in period 0
    std::vector<std::vector<double>> cumulativeRevenuePerCustomer;
    std::vector<std::vector<double>> projectedCumulativeRevenuePerCustomer; ///< model continuation
    std::vector<std::vector<bool>> incomplete;            ///< period not yet over at data end
};

/// KPIs of one calendar month or quarter.
struct KpiPeriod
{
    QString label;                ///< "2025-03" or "2025Q1"
    QDate start;
    QDate end;
    double revenue = 0.0;
    double revenueGrowth = kUnknown;  ///< vs previous period, as a fraction
    int activeCustomers = 0;
    int newCustomers = 0;
    // The CLV figures are as of the period end (asof.h): the models fitted on the data up to
    // min(end, data end) with the calibration ending there. Unknown when that cannot be fitted.
    double averageClv = kUnknown;
    double totalClv = kUnknown;
    double clvGrowth = kUnknown;      ///< total CLV vs the previous period, as a fraction
    double repeatPurchaseRate = 0.0;
    double firstPeriodChurn = kUnknown;
    double retention = kUnknown;
    double averageOrderValue = 0.0;
    double grossMargin = kUnknown;
    double clvCoverage = kUnknown;    ///< share of the period's revenue from customers valued at its end
    int atRiskCustomers = 0;          ///< valued at the end with P(alive) below the threshold, bought in the 12 months to it
    double atRiskRevenue = kUnknown;  ///< their net revenue in the 12 months to the period end (a 12-month figure)
    bool clvKnown = false;            ///< false when the as-of valuation could not be made (too little data)
    QString clvNote;                  ///< why the CLV figures are unknown
    double ltvToCac = kUnknown;       ///< the "ltv_cac" metric (uniteconomics.h) of the customers acquired by the period's end, valued at it
    bool complete = true;             ///< false for a period that had not ended at the data end
};

/// A headline figure with the previous period's value, for scorecards.
struct Figure
{
    double value = kUnknown;
    double previous = kUnknown;
    std::vector<double> history; ///< per period, oldest first, for sparklines

    /// Relative change vs the previous period, (value − previous) / |previous|; NaN when
    /// either is unknown or previous is 0.
    double change() const
    {
        if (!std::isfinite(value) || !std::isfinite(previous) || previous == 0.0)
            return kUnknown;
        return (value - previous) / std::abs(previous);
    }
};

struct Headline
{
    QString period;     ///< label of the latest complete period
    Figure averageClv;
    Figure totalClv;
    Figure revenue;
    Figure activeCustomers;
    Figure retention;
    Figure ltvToCac;
    Figure atRiskRevenue;
};

/// Stage two: what views and reports show for one filter.
struct Insights
{
    AnalysisFilter filter;
    std::vector<std::int32_t> customers;  ///< indices passing the filter
    Headline headline;
    std::vector<KpiPeriod> kpis;          ///< in filter.period
    std::vector<SegmentSummary> byTier;
    std::vector<SegmentSummary> byRfm;
    std::vector<SegmentSummary> byChannel;
    std::vector<SegmentSummary> byRegion;
    std::vector<SegmentSummary> byPlan;
    CohortTable cohorts;
};

/// Stage one. Fails with a clear message on no transactions, a calibration end before the
/// first purchase, or a fit that cannot be used. Fits are reused from (and added to) fitCache;
/// without one the valuation starts its own.
Result<Valuation> valueCustomers(const Dataset &data, const ClvDefinition &definition,
                                 const ProgressCallback &progress = {}, std::shared_ptr<FitCache> fitCache = {});

/// Stage two; cheap enough to run on every filter change.
Insights buildInsights(const Dataset &data, const Valuation &valuation, const AnalysisFilter &filter);

/// The segment tables of the whole population (no filter) from the valuation alone, revenue being
/// each customer's net revenue: what a dataset read without its transactions supports (the other
/// fields stay empty). buildInsights() gives the same segments when the transactions are at hand.
Insights buildSegmentInsights(const Dataset &data, const Valuation &valuation);

QString tierName(Tier tier);

} // namespace lodestar
