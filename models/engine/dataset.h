#pragma once

#include <QString>

#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace lodestar {

class TransactionAggregates;

/// Seconds since the Unix epoch, UTC: how the store and the engine keep instants.
using EpochSeconds = std::int64_t;

/// Whole days since 1970-01-01 (UTC) of an instant; floor, so instants before 1970 work too.
inline std::int32_t epochDay(EpochSeconds seconds)
{
    constexpr EpochSeconds day = 86400;
    return static_cast<std::int32_t>(seconds >= 0 ? seconds / day : -((-seconds + day - 1) / day));
}

inline constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

struct CustomerRecord
{
    QString externalId;
    QString channel;
    QString region;
    QString plan;
    double acquisitionCost = kUnknown;
    EpochSeconds signupAt = 0;
    bool hasSignup = false;
};

struct TransactionRecord
{
    std::int32_t customer = 0; ///< index into Dataset::customers
    EpochSeconds occurredAt = 0;
    double amount = 0.0;       ///< net of discount; negative for a refund
    double discount = 0.0;
    double cost = kUnknown;    ///< cost of goods when the source gives it
    double quantity = kUnknown;
};

struct SpendRecord
{
    QString month; ///< "yyyy-MM"
    QString channel;
    double amount = 0.0;
};

struct NpsRecord
{
    std::int32_t customer = 0; ///< index into Dataset::customers
    EpochSeconds occurredAt = 0;
    int score = 0;
};

/// How much of a workspace a read brings into memory.
enum class DatasetScope {
    Everything,        ///< every transaction: what the period tables, cohorts and the window need
    CustomerSummaries, ///< one row per customer, the transactions aggregated where they are stored:
                       ///< enough for a valuation, its fits and its segment tables
};

/// Everything the engine reads from a workspace, as plain vectors. Transactions are sorted
/// by customer, then time, so per-customer passes are one linear scan.
///
/// A dataset read for a valuation only (DatasetScope::CustomerSummaries) leaves the transactions
/// where they are stored: transactions is empty and aggregates answers for them (push-down).
struct Dataset
{
    std::vector<CustomerRecord> customers;
    std::vector<TransactionRecord> transactions;
    std::vector<SpendRecord> spend;
    std::vector<NpsRecord> nps;
    std::shared_ptr<const TransactionAggregates> aggregates;

    /// Whether there is any transaction, here or where aggregates computes.
    bool hasTransactions() const;
    /// Whether the transactions are in memory (every analysis) or only aggregated (a valuation).
    bool holdsTransactions() const { return !aggregates; }
};

} // namespace lodestar
