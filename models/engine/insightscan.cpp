#include "insightscan.h"

#include "models/engine/uniteconomics.h"

#include <algorithm>
#include <cmath>

namespace lodestar {

PeriodTotals::PeriodTotals(int count)
    : revenue(count), orders(count), costedRevenue(count), cost(count), active(count), retained(count),
      returning(count), newCustomers(count), returnedNext(count)
{
}

CohortCounts::CohortCounts(int count) : expectedRevenue(count), m_count(count), m_rows(count)
{
}

CohortCounts::Row &CohortCounts::row(int acquired)
{
    std::unique_ptr<Row> &row = m_rows[static_cast<std::size_t>(acquired)];
    if (!row) {
        const auto periods = static_cast<std::size_t>(m_count - acquired);
        row = std::make_unique<Row>(Row{std::vector<int>(periods), std::vector<int>(periods), std::vector<double>(periods)});
    }
    return *row;
}

const CohortCounts::Row *CohortCounts::find(int acquired) const
{
    return acquired >= 0 && acquired < m_count ? m_rows[static_cast<std::size_t>(acquired)].get() : nullptr;
}

std::size_t CohortCounts::cellCount() const
{
    std::size_t cells = 0;
    for (const auto &row : m_rows)
        cells += row ? row->active.size() : 0;
    return cells;
}

namespace {

bool matches(const QString &wanted, const QString &value)
{
    return wanted.isEmpty() || wanted == value;
}

bool attributesMatch(const AnalysisFilter &filter, const CustomerRecord &record, const CustomerValue &value)
{
    return matches(filter.channel, record.channel) && matches(filter.region, record.region)
        && matches(filter.plan, record.plan) && (!filter.tier || (value.hasClv && *filter.tier == value.tier));
}

/// Folds one selected customer's transactions into the scan.
class CustomerPass
{
public:
    CustomerPass(InsightScan &scan, const PeriodCalendar &calendar, const DayRange &range)
        : m_scan(scan), m_calendar(calendar), m_range(range)
    {
    }

    void run(const TransactionRecord *begin, const TransactionRecord *end, const CustomerValue &value)
    {
        const TransactionRecord *first = begin;
        while (first != end && first->amount < 0.0)
            ++first;
        if (first == end)
            return;
        const int acquired = m_calendar.indexOfDay(epochDay(first->occurredAt));
        if (acquired < 0 || acquired >= m_calendar.count())
            return; // cannot happen: the calendar spans every purchase
        CohortCounts::Row &cohort = m_scan.cohorts.row(acquired);
        m_scan.customers.push_back(value.customer);
        double revenue = 0.0;
        int lastPeriod = -1;
        int distinct = 0;
        const int n = m_calendar.count();
        PeriodTotals &p = m_scan.periods;
        for (const TransactionRecord *t = begin; t != end; ++t) {
            const std::int32_t day = epochDay(t->occurredAt);
            const int k = m_calendar.indexOfDay(day);
            if (k < 0 || k >= n)
                continue;
            if (k >= acquired)
                cohort.revenue[k - acquired] += t->amount;
            if (m_range.contains(day)) {
                revenue += t->amount;
                p.revenue[k] += t->amount;
                if (std::isfinite(t->cost)) {
                    p.costedRevenue[k] += t->amount;
                    p.cost[k] += t->cost;
                }
            }
            if (t->amount < 0.0)
                continue;
            if (m_range.contains(day))
                p.orders[k] += 1.0;
            if (k == lastPeriod)
                continue;
            ++distinct;
            ++p.active[k];
            p.retained[k] += lastPeriod >= 0 && lastPeriod == k - 1 ? 1 : 0;
            p.returning[k] += lastPeriod >= 0 ? 1 : 0;
            if (distinct == 2 && k == acquired + 1)
                ++p.returnedNext[acquired];
            if (k >= acquired)
                ++cohort.active[k - acquired];
            lastPeriod = k;
        }
        finish(value, cohort, acquired, lastPeriod, revenue);
    }

private:
    void finish(const CustomerValue &value, CohortCounts::Row &cohort, int acquired, int lastPeriod, double revenue)
    {
        PeriodTotals &p = m_scan.periods;
        m_scan.revenueInRange.push_back(revenue);
        ++p.newCustomers[acquired];
        if (lastPeriod >= acquired)
            ++cohort.lastActive[lastPeriod - acquired];
        if (value.hasClv)
            m_scan.cohorts.expectedRevenue[acquired] += value.expectedPurchases * value.expectedSpend;
    }

    InsightScan &m_scan;
    const PeriodCalendar &m_calendar;
    const DayRange &m_range;
};

bool hasTransactionIn(const TransactionRecord *begin, const TransactionRecord *end, const DayRange &range)
{
    for (const TransactionRecord *t = begin; t != end; ++t)
        if (range.contains(epochDay(t->occurredAt)))
            return true;
    return false;
}

} // namespace

InsightScan scanInsights(const Dataset &data, const Valuation &valuation, const AnalysisFilter &filter,
                         const PeriodCalendar &calendar, const DayRange &range)
{
    InsightScan scan{{}, {}, PeriodTotals(calendar.count()), CohortCounts(calendar.count())};
    const bool dated = filter.from.isValid() || filter.to.isValid();
    CustomerPass pass(scan, calendar, range);
    const TransactionRecord *begin = data.transactions.data();
    const TransactionRecord *const end = begin + data.transactions.size();
    while (begin != end) {
        const TransactionRecord *next = begin;
        while (next != end && next->customer == begin->customer)
            ++next;
        const std::size_t c = static_cast<std::size_t>(begin->customer);
        if (c < valuation.customers.size() && c < data.customers.size()) {
            const CustomerValue &value = valuation.customers[c];
            if (attributesMatch(filter, data.customers[c], value) && (!dated || hasTransactionIn(begin, next, range)))
                pass.run(begin, next, value);
        }
        begin = next;
    }
    return scan;
}

} // namespace lodestar
