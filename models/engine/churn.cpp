#include "churn.h"

#include "models/engine/transactionaggregates.h"

namespace lodestar {

AnnualChurn measureAnnualChurn(const Dataset &data, std::int32_t endDay)
{
    if (!data.holdsTransactions())
        return data.aggregates->annualChurn(endDay);
    AnnualChurn result;
    const std::int32_t yearStart = endDay - 365; // last year is (yearStart, endDay]
    const std::int32_t previousStart = endDay - 730;
    std::int32_t current = -1;
    bool inPrevious = false;
    bool inLast = false;
    const auto close = [&] {
        if (inPrevious) {
            ++result.activeInFirstYear;
            result.lapsed += inLast ? 0 : 1;
        }
    };
    for (const TransactionRecord &t : data.transactions) {
        if (t.customer != current) {
            close();
            current = t.customer;
            inPrevious = inLast = false;
        }
        if (t.amount < 0.0)
            continue;
        const std::int32_t day = epochDay(t.occurredAt);
        inPrevious = inPrevious || (day > previousStart && day <= yearStart);
        inLast = inLast || (day > yearStart && day <= endDay);
    }
    close();
    if (result.activeInFirstYear > 0)
        result.churn = static_cast<double>(result.lapsed) / result.activeInFirstYear;
    return result;
}

} // namespace lodestar
