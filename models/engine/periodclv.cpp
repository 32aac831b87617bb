#include "periodclv.h"

#include "models/clv/customersummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace lodestar {

std::vector<QDate> periodValuationDates(const PeriodCalendar &calendar, const DayRange &range, const QDate &dataEnd)
{
    std::vector<QDate> dates(calendar.count());
    for (int p = 0; p < calendar.count(); ++p) {
        if (calendar.endDay(p) < range.from || epochDayOf(calendar.start(p)) > range.to)
            continue;
        dates[p] = std::min(calendar.end(p), dataEnd);
    }
    return dates;
}

namespace {

// Net revenue of one customer per period, in period order (transactions are in time order).
struct PeriodAmount
{
    int period;
    double amount;
    double inRange;
};

class CustomerFold
{
public:
    CustomerFold(std::vector<PeriodClv> &out, const PeriodCalendar &calendar, const DayRange &range,
                 const std::vector<std::shared_ptr<const AsOfValues>> &byPeriod, double threshold)
        : m_out(out), m_calendar(calendar), m_range(range), m_byPeriod(byPeriod), m_threshold(threshold),
          m_span(12 / calendar.monthsPerPeriod())
    {
    }

    void run(std::int32_t c, const TransactionRecord *begin, const TransactionRecord *end, double cac)
    {
        m_amounts.clear();
        int acquired = -1;
        for (const TransactionRecord *t = begin; t != end; ++t) {
            const std::int32_t day = epochDay(t->occurredAt);
            const int k = m_calendar.indexOfDay(day);
            if (k < 0 || k >= m_calendar.count())
                continue;
            if (acquired < 0 && t->amount >= 0.0)
                acquired = k;
            if (m_amounts.empty() || m_amounts.back().period != k)
                m_amounts.push_back({k, 0.0, 0.0});
            m_amounts.back().amount += t->amount;
            m_amounts.back().inRange += m_range.contains(day) ? t->amount : 0.0;
        }
        for (int p = 0; p < m_calendar.count(); ++p) {
            const AsOfValues *values = m_byPeriod[p].get();
            if (!values || !values->valued || !values->hasClv[c])
                continue;
            PeriodClv &figures = m_out[p];
            figures.totalClv += values->clv[c];
            ++figures.valued;
            if (acquired >= 0 && p >= acquired && std::isfinite(cac) && cac >= 0.0) {
                figures.acquiredCacClv += values->clv[c];
                figures.acquiredCac += cac;
            }
            foldRevenue(p, values->probabilityAlive[c] < m_threshold, figures);
        }
    }

private:
    void foldRevenue(int p, bool atRisk, PeriodClv &figures) const
    {
        bool trailing = false;
        double trailingRevenue = 0.0;
        for (const PeriodAmount &a : m_amounts) {
            if (a.period > p)
                break;
            if (a.period == p)
                figures.coveredRevenue += a.inRange;
            if (a.period > p - m_span) {
                trailing = true;
                trailingRevenue += a.amount;
            }
        }
        if (atRisk && trailing) {
            ++figures.atRiskCustomers;
            figures.atRiskRevenue += trailingRevenue;
        }
    }

    std::vector<PeriodClv> &m_out;
    const PeriodCalendar &m_calendar;
    const DayRange &m_range;
    const std::vector<std::shared_ptr<const AsOfValues>> &m_byPeriod;
    double m_threshold;
    int m_span;
    std::vector<PeriodAmount> m_amounts;
};

} // namespace

std::vector<PeriodClv> computePeriodClv(const Dataset &data, const Valuation &valuation, const InsightScan &scan,
                                        const PeriodCalendar &calendar, const DayRange &range,
                                        const std::vector<std::shared_ptr<const AsOfValues>> &byPeriod)
{
    std::vector<PeriodClv> out(calendar.count());
    for (int p = 0; p < calendar.count(); ++p) {
        const AsOfValues *values = byPeriod[p].get();
        out[p].known = values && values->valued;
        if (values && !values->valued)
            out[p].note = values->note;
        else if (!values)
            out[p].note = QCoreApplication::translate("engine", "Not valued at this period's end.");
    }
    std::vector<std::uint8_t> selected(data.customers.size(), 0);
    for (std::int32_t c : scan.customers)
        selected[c] = 1;
    CustomerFold fold(out, calendar, range, byPeriod, valuation.definition.atRiskProbability);
    const TransactionRecord *begin = data.transactions.data();
    const TransactionRecord *const end = begin + data.transactions.size();
    while (begin != end) {
        const TransactionRecord *next = begin;
        while (next != end && next->customer == begin->customer)
            ++next;
        const std::size_t c = static_cast<std::size_t>(begin->customer);
        if (c < selected.size() && selected[c] && c < valuation.customers.size())
            fold.run(static_cast<std::int32_t>(c), begin, next, valuation.customers[c].acquisitionCost);
        begin = next;
    }
    return out;
}

} // namespace lodestar
