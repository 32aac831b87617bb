#pragma once

// The per-customer inputs of the buy-till-you-die models (the "CBS" of Fader & Hardie's
// papers and lifetimes' summary_data_from_transaction_data), from the raw transactions.

#include "models/clv/clvdefinition.h"
#include "models/clv/rfmsummary.h"
#include "models/engine/dataset.h"
#include "models/result.h"

#include <QDate>

#include <cstdint>
#include <vector>

namespace lodestar {

/// Which window the summary describes. Null dates mean "from the first purchase" / "to the
/// last purchase" / "no holdout".
struct SummaryOptions
{
    TimeUnit unit = TimeUnit::Week;
    QDate calibrationStart;
    QDate calibrationEnd;
    QDate holdoutEnd;

    bool operator==(const SummaryOptions &) const = default;
};

/// One customer. A purchase day is a day with at least one non-negative transaction (a refund
/// alone is not a purchase); same-day purchases count once and their spend is summed.
struct CustomerSummary
{
    bool hasPurchases = false;   ///< at least one purchase day, at any time
    bool inCalibration = false;  ///< first purchase inside the calibration window: used in the fit
    double frequency = 0.0;      ///< x: repeat purchase days in the calibration window
    double recency = 0.0;        ///< t_x: first to last calibration purchase, in units
    double age = 0.0;            ///< T: first purchase to calibration end, in units
    double meanRepeatValue = 0.0;    ///< mean spend of the calibration repeat days (0 when x = 0)
    double calibrationRevenue = 0.0; ///< net revenue inside the calibration window
    double revenue = 0.0;            ///< net revenue, all time (refunds included)
    double holdoutFrequency = 0.0;   ///< x*: purchase days in (calibration end, holdout end]
    double holdoutRevenue = 0.0;
    std::int32_t firstDay = 0;   ///< epoch day of the first purchase, all time
    std::int32_t lastDay = 0;    ///< epoch day of the last purchase, all time
    std::int32_t purchaseDays = 0; ///< distinct purchase days, all time
};

/// Summaries of every customer; customers[i] is Dataset::customers[i].
struct SummaryTable
{
    std::vector<CustomerSummary> customers;
    QDate firstPurchase;
    QDate lastPurchase;
    QDate calibrationEnd;        ///< resolved: the option, or the last purchase
    double unitDays = 7.0;
    int calibrationCustomers = 0;
    /// With a holdout: the calibration customers' purchase days in each time unit after the calibration
    /// end, [k] for (end + k units, end + (k + 1) units]; they add up to the holdout frequencies.
    std::vector<double> holdoutPurchasesByPeriod;

    /// The holdout period of an epoch day after the calibration end.
    std::size_t holdoutPeriodOf(std::int32_t day) const;
};

/// One linear scan over the transactions (sorted by customer, then time), or the dataset's
/// aggregates when its transactions stayed where they are stored. Fails when there are no
/// purchases or the calibration end is before the first purchase.
Result<SummaryTable> summarizeCustomers(const Dataset &data, const SummaryOptions &options);

/// A table without customers for purchases from epoch day firstDay to lastDay under options (dates,
/// unit, the resolved calibration end), or why the options cannot summarise them: no purchases
/// (firstDay > lastDay), or a calibration end before the first purchase. Every summary starts here.
Result<SummaryTable> summaryFrame(std::int32_t firstDay, std::int32_t lastDay, const SummaryOptions &options);

/// Model rows of the customers in the calibration window; indexOf[k] is the customer of row k.
struct FitInput
{
    std::vector<RepeatPurchaseRow> rows;
    std::vector<SpendRow> spend;        ///< repeat customers only (x > 0), for Gamma-Gamma
    std::vector<std::int32_t> customerOfRow;
};
FitInput fitInput(const SummaryTable &table);

/// Epoch day of a calendar date (1970-01-01 is day 0).
std::int32_t epochDayOf(const QDate &date);
QDate dateOfEpochDay(std::int32_t day);

} // namespace lodestar
