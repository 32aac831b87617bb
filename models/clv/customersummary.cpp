#include "customersummary.h"

#include "models/engine/transactionaggregates.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace lodestar {

namespace {

constexpr qint64 kJulianDayOfEpoch = 2440588; // QDate(1970, 1, 1).toJulianDay()

/// The window in epoch days, inclusive at both ends.
struct Window
{
    std::int32_t calibrationStart = std::numeric_limits<std::int32_t>::min();
    std::int32_t calibrationEnd = 0;
    std::int32_t holdoutEnd = std::numeric_limits<std::int32_t>::min();
};

/// Folds one customer's purchase days, oldest first, into a CustomerSummary.
class CustomerAccumulator
{
public:
    explicit CustomerAccumulator(const Window &window, SummaryTable &table) : m_window(window), m_table(table) {}

    void addDay(std::int32_t day, double spend)
    {
        if (!m_summary.hasPurchases)
            m_summary.firstDay = day;
        m_summary.hasPurchases = true;
        m_summary.lastDay = day;
        ++m_summary.purchaseDays;
        if (day > m_window.calibrationEnd) {
            if (day <= m_window.holdoutEnd && m_calibrationDays > 0) {
                m_summary.holdoutFrequency += 1.0;
                m_summary.holdoutRevenue += spend;
                m_table.holdoutPurchasesByPeriod[m_table.holdoutPeriodOf(day)] += 1.0;
            }
            return;
        }
        if (day < m_window.calibrationStart)
            return;
        if (m_calibrationDays == 0)
            m_calibrationFirst = day;
        else
            m_repeatSpend += spend;
        m_calibrationLast = day;
        ++m_calibrationDays;
    }

    void addRevenue(std::int32_t day, double amount)
    {
        m_summary.revenue += amount;
        if (day >= m_window.calibrationStart && day <= m_window.calibrationEnd)
            m_summary.calibrationRevenue += amount;
    }

    CustomerSummary finish(double unitDays)
    {
        if (m_calibrationDays > 0) {
            m_summary.inCalibration = true;
            m_summary.frequency = m_calibrationDays - 1;
            m_summary.recency = (m_calibrationLast - m_calibrationFirst) / unitDays;
            m_summary.age = (m_window.calibrationEnd - m_calibrationFirst) / unitDays;
            if (m_calibrationDays > 1)
                m_summary.meanRepeatValue = m_repeatSpend / (m_calibrationDays - 1);
        }
        return m_summary;
    }

private:
    Window m_window;
    SummaryTable &m_table;
    CustomerSummary m_summary;
    std::int32_t m_calibrationFirst = 0;
    std::int32_t m_calibrationLast = 0;
    int m_calibrationDays = 0;
    double m_repeatSpend = 0.0;
};

/// First and last purchase day over all customers; first > last when there is none.
std::pair<std::int32_t, std::int32_t> purchaseSpan(const std::vector<TransactionRecord> &transactions)
{
    std::int32_t first = std::numeric_limits<std::int32_t>::max();
    std::int32_t last = std::numeric_limits<std::int32_t>::min();
    for (const TransactionRecord &t : transactions) {
        if (t.amount < 0.0)
            continue;
        const std::int32_t day = epochDay(t.occurredAt);
        first = std::min(first, day);
        last = std::max(last, day);
    }
    return {first, last};
}

/// Scans one customer's transactions [begin, end) and returns their summary.
CustomerSummary summarizeOne(const TransactionRecord *begin, const TransactionRecord *end, const Window &window,
                             SummaryTable &table)
{
    CustomerAccumulator accumulator(window, table);
    std::int32_t openDay = 0;
    double openSpend = 0.0;
    bool open = false;
    for (const TransactionRecord *t = begin; t != end; ++t) {
        const std::int32_t day = epochDay(t->occurredAt);
        accumulator.addRevenue(day, t->amount);
        if (t->amount < 0.0)
            continue;
        if (open && day == openDay) {
            openSpend += t->amount; // same-day purchases are one transaction (Fader & Hardie)
            continue;
        }
        if (open)
            accumulator.addDay(openDay, openSpend);
        open = true;
        openDay = day;
        openSpend = t->amount;
    }
    if (open)
        accumulator.addDay(openDay, openSpend);
    return accumulator.finish(table.unitDays);
}

} // namespace

std::int32_t epochDayOf(const QDate &date)
{
    return static_cast<std::int32_t>(date.toJulianDay() - kJulianDayOfEpoch);
}

QDate dateOfEpochDay(std::int32_t day)
{
    return QDate::fromJulianDay(day + kJulianDayOfEpoch);
}

Result<SummaryTable> summaryFrame(std::int32_t firstDay, std::int32_t lastDay, const SummaryOptions &options)
{
    if (firstDay > lastDay)
        return Error{QCoreApplication::translate("engine", "There are no transactions to value."), QString()};
    const std::int32_t calibrationEnd = options.calibrationEnd.isValid() ? epochDayOf(options.calibrationEnd) : lastDay;
    const std::int32_t calibrationStart = options.calibrationStart.isValid() ? epochDayOf(options.calibrationStart)
                                                                             : std::numeric_limits<std::int32_t>::min();
    if (calibrationEnd < firstDay || calibrationEnd < calibrationStart)
        return Error{QCoreApplication::translate("engine", "The calibration end date %1 is before the first purchase (%2).")
                         .arg(dateOfEpochDay(calibrationEnd).toString(Qt::ISODate),
                              dateOfEpochDay(std::max(firstDay, calibrationStart)).toString(Qt::ISODate)),
                     QString()};
    SummaryTable table;
    table.unitDays = timeUnitDays(options.unit);
    table.firstPurchase = dateOfEpochDay(firstDay);
    table.lastPurchase = dateOfEpochDay(lastDay);
    table.calibrationEnd = dateOfEpochDay(calibrationEnd);
    if (options.holdoutEnd.isValid() && options.holdoutEnd > table.calibrationEnd)
        table.holdoutPurchasesByPeriod.assign(table.holdoutPeriodOf(epochDayOf(options.holdoutEnd)) + 1, 0.0);
    return table;
}

std::size_t SummaryTable::holdoutPeriodOf(std::int32_t day) const
{
    return std::size_t(std::floor((day - epochDayOf(calibrationEnd) - 1) / unitDays));
}

Result<SummaryTable> summarizeCustomers(const Dataset &data, const SummaryOptions &options)
{
    if (!data.holdsTransactions())
        return data.aggregates->summarize(options); // the same summary, computed where the transactions are
    const auto [first, last] = purchaseSpan(data.transactions);
    auto frame = summaryFrame(first, last, options);
    if (!frame)
        return frame;
    SummaryTable table = std::move(frame).value();
    Window window;
    window.calibrationEnd = epochDayOf(table.calibrationEnd);
    if (options.calibrationStart.isValid())
        window.calibrationStart = epochDayOf(options.calibrationStart);
    if (options.holdoutEnd.isValid())
        window.holdoutEnd = epochDayOf(options.holdoutEnd);
    table.customers.resize(data.customers.size());
    const TransactionRecord *begin = data.transactions.data();
    const TransactionRecord *const end = begin + data.transactions.size();
    while (begin != end) {
        const TransactionRecord *next = begin;
        while (next != end && next->customer == begin->customer)
            ++next;
        if (begin->customer >= 0 && static_cast<std::size_t>(begin->customer) < table.customers.size()) {
            CustomerSummary &summary = table.customers[begin->customer];
            summary = summarizeOne(begin, next, window, table);
            table.calibrationCustomers += summary.inCalibration ? 1 : 0;
        }
        begin = next;
    }
    return table;
}

FitInput fitInput(const SummaryTable &table)
{
    FitInput input;
    input.rows.reserve(table.calibrationCustomers);
    input.customerOfRow.reserve(table.calibrationCustomers);
    for (std::size_t i = 0; i < table.customers.size(); ++i) {
        const CustomerSummary &c = table.customers[i];
        if (!c.inCalibration)
            continue;
        input.rows.push_back({c.frequency, c.recency, c.age, 1.0});
        input.customerOfRow.push_back(static_cast<std::int32_t>(i));
        if (c.frequency > 0.0)
            input.spend.push_back({c.frequency, c.meanRepeatValue, 1.0});
    }
    return input;
}

} // namespace lodestar
