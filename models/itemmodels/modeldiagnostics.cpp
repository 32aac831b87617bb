#include "modeldiagnostics.h"

#include "customerhistory.h"
#include "models/clv/customersummary.h"

#include <algorithm>
#include <map>

namespace lodestar {

namespace {

struct FirstPurchases
{
    std::map<std::int32_t, int> customersByFirstDay; ///< first purchase day -> customers
    std::vector<std::int32_t> repeatDays;            ///< every repeat purchase day, all customers
};

// Distinct purchase days per customer, as the engine's frequency counts them.
FirstPurchases firstPurchases(const Dataset &data, std::int32_t calibrationEndDay)
{
    FirstPurchases result;
    std::size_t i = 0;
    while (i < data.transactions.size()) {
        const std::int32_t customer = data.transactions[i].customer;
        std::int32_t firstDay = -1;
        std::int32_t lastDay = -1;
        for (; i < data.transactions.size() && data.transactions[i].customer == customer; ++i) {
            if (data.transactions[i].amount < 0)
                continue;
            const std::int32_t day = epochDay(data.transactions[i].occurredAt);
            if (firstDay < 0)
                firstDay = day;
            else if (day != lastDay && firstDay <= calibrationEndDay)
                result.repeatDays.push_back(day);
            lastDay = day;
        }
        if (firstDay >= 0 && firstDay <= calibrationEndDay)
            ++result.customersByFirstDay[firstDay];
    }
    return result;
}

} // namespace

TrackingSeries trackingSeries(const Dataset &data, const Valuation &valuation)
{
    TrackingSeries series;
    const auto model = transactionModelOf(valuation);
    if (!model || !valuation.dataStart.isValid() || !valuation.dataEnd.isValid())
        return series;
    series.calibrationEnd = valuation.calibrationEnd.isValid() ? valuation.calibrationEnd : valuation.dataEnd;
    const FirstPurchases purchases = firstPurchases(data, epochDayOf(series.calibrationEnd));
    const double unitDays = valuation.definition.unitDays();

    QDate month(valuation.dataStart.year(), valuation.dataStart.month(), 1);
    while (month <= valuation.dataEnd) {
        const QDate next = month.addMonths(1);
        const std::int32_t from = epochDayOf(month);
        const std::int32_t to = epochDayOf(next);
        double predicted = 0.0;
        for (const auto &[firstDay, customers] : purchases.customersByFirstDay) {
            if (firstDay >= to)
                break;
            const double start = std::max(0, from - firstDay) / unitDays;
            const double end = (to - firstDay) / unitDays;
            predicted += customers * (model->expectedTransactions(end) - model->expectedTransactions(start));
        }
        const auto actual = std::count_if(purchases.repeatDays.begin(), purchases.repeatDays.end(),
                                          [&](std::int32_t day) { return day >= from && day < to; });
        series.monthStarts.push_back(month);
        series.actual.push_back(static_cast<double>(actual));
        series.predicted.push_back(predicted);
        month = next;
    }
    return series;
}

AliveMatrix aliveMatrix(const Valuation &valuation, int rows, int columns)
{
    AliveMatrix matrix;
    const auto model = transactionModelOf(valuation);
    if (!model || valuation.customers.empty() || rows < 1 || columns < 2)
        return matrix;
    double maxFrequency = 0.0;
    for (const CustomerValue &customer : valuation.customers) {
        matrix.age = std::max(matrix.age, customer.age);
        maxFrequency = std::max(maxFrequency, customer.frequency);
    }
    const int frequencies = std::clamp(static_cast<int>(maxFrequency) + 1, 1, rows);
    for (int x = 0; x < frequencies; ++x)
        matrix.frequencies.push_back(x);
    for (int c = 0; c < columns; ++c)
        matrix.recencies.push_back(matrix.age * c / (columns - 1));
    for (const int x : matrix.frequencies) {
        std::vector<double> row;
        for (const double recency : matrix.recencies) {
            RepeatPurchaseRow input;
            input.x = x;
            input.tx = x == 0 ? 0.0 : recency;
            input.T = matrix.age;
            row.push_back(model->probabilityAlive(input));
        }
        matrix.probability.push_back(std::move(row));
    }
    return matrix;
}

} // namespace lodestar
