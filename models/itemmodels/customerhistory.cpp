#include "customerhistory.h"

#include "models/clv/customersummary.h"
#include "models/engine/modelfitting.h"

#include <algorithm>
#include <set>

namespace lodestar {

namespace {

std::pair<std::size_t, std::size_t> transactionRange(const Dataset &data, int customer)
{
    const auto byCustomer = [](const TransactionRecord &record, std::int32_t value) { return record.customer < value; };
    const auto first = std::lower_bound(data.transactions.begin(), data.transactions.end(), customer, byCustomer);
    auto last = first;
    while (last != data.transactions.end() && last->customer == customer)
        ++last;
    return {static_cast<std::size_t>(first - data.transactions.begin()),
            static_cast<std::size_t>(last - data.transactions.begin())};
}

// P(alive) at day `at` from the purchase days (distinct, sorted) up to and including it.
double aliveAt(const TransactionModel &model, const std::vector<std::int32_t> &days, std::int32_t at, double unitDays)
{
    const auto end = std::upper_bound(days.begin(), days.end(), at);
    const double repeats = static_cast<double>(end - days.begin()) - 1.0;
    RepeatPurchaseRow row;
    row.x = std::max(0.0, repeats);
    row.tx = repeats > 0 ? (*(end - 1) - days.front()) / unitDays : 0.0;
    row.T = (at - days.front()) / unitDays;
    return model.probabilityAlive(row);
}

} // namespace

std::shared_ptr<const TransactionModel> transactionModelOf(const Valuation &valuation)
{
    if (!valuation.transactionModel)
        return nullptr;
    return transactionModelFor(valuation.transactionModel->model, valuation.transactionModel->parameters);
}

CustomerHistory customerHistory(const Dataset &data, const Valuation &valuation, int customer)
{
    CustomerHistory history;
    const auto [first, last] = transactionRange(data, customer);
    std::set<std::int32_t> distinctDays;
    for (std::size_t i = first; i < last; ++i) {
        const TransactionRecord &record = data.transactions[i];
        history.purchaseDates.push_back(dateOfEpochDay(epochDay(record.occurredAt)));
        history.amounts.push_back(record.amount);
        if (record.amount >= 0)
            distinctDays.insert(epochDay(record.occurredAt));
    }
    const auto model = transactionModelOf(valuation);
    if (!model || distinctDays.empty())
        return history;
    const std::vector<std::int32_t> days(distinctDays.begin(), distinctDays.end());
    const QDate end = valuation.calibrationEnd.isValid() ? valuation.calibrationEnd : valuation.dataEnd;
    const std::int32_t endDay = std::max(epochDayOf(end), days.back());
    const double unitDays = valuation.definition.unitDays();

    std::set<std::int32_t> points;
    const std::int32_t step = std::max<std::int32_t>(1, (endDay - days.front()) / 150);
    for (std::int32_t day = days.front(); day <= endDay; day += step)
        points.insert(day);
    for (const std::int32_t day : days) {
        if (day > days.front())
            points.insert(day - 1);
        points.insert(day);
    }
    points.insert(endDay);
    for (const std::int32_t day : points) {
        if (day > endDay)
            break;
        history.aliveDates.push_back(dateOfEpochDay(day));
        history.probabilityAlive.push_back(aliveAt(*model, days, day, unitDays));
    }
    return history;
}

} // namespace lodestar
