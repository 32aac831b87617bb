#include "quarterlyfacts.h"

#include <algorithm>
#include <cmath>

namespace lodestar {

namespace {

// A second purchase within this many days counts as activation: long enough for a monthly
// buyer, short enough that the rate can be read one quarter after acquisition.
constexpr int kActivationDays = 90;

// Counters per quarter, turned into shares once every customer has been seen.
struct Tally
{
    double sales = 0.0;
    double discount = 0.0;
    double marginRevenue = 0.0;
    double marginCost = 0.0;
    int retentionBase = 0;
    int retained = 0;
    int repeatBoth = 0;
    int expandedBase = 0;
    int expandedChurned = 0;
    int otherBase = 0;
    int otherChurned = 0;
    double expandedRefunds = 0.0;
    double expandedSales = 0.0;
    double otherRefunds = 0.0;
    double otherSales = 0.0;
    int activationEligible = 0;
    int activated = 0;
    int cohortBase = 0;
    int cohortRetained = 0;
    std::vector<double> daysToSecond;
    int promoters = 0;
    int detractors = 0;
    double scoreSum = 0.0;
};

// One customer's purchases bucketed by quarter.
struct CustomerQuarters
{
    std::vector<double> sales;
    std::vector<double> refunds;
    int firstDay = -1;
    int secondDay = -1;

    explicit CustomerQuarters(std::size_t quarters) : sales(quarters, 0.0), refunds(quarters, 0.0) {}
    bool active(std::size_t q) const { return sales[q] > 0.0; }
};

double share(double part, double whole)
{
    return whole > 0.0 ? part / whole : kUnknown;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return kUnknown;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    return (upper + *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid))) / 2.0;
}

class FactsBuilder
{
public:
    FactsBuilder(const Quarter &first, std::size_t count, QDate dataEnd, double expansionThreshold)
        : m_first(first), m_end(dataEnd), m_endDay(static_cast<int>(QDate(1970, 1, 1).daysTo(dataEnd))),
          m_threshold(expansionThreshold), m_tally(count)
    {
        m_result.dataEnd = dataEnd;
        Quarter quarter = first;
        for (std::size_t i = 0; i < count; ++i, quarter = quarter.next()) {
            m_result.quarters.push_back({});
            m_result.quarters.back().quarter = quarter;
            m_result.quarters.back().complete = quarter.end() <= dataEnd;
        }
    }

    int indexOf(QDate date) const { return m_first.quartersUntil(Quarter::containing(date)); }
    std::size_t count() const { return m_tally.size(); }

    void addTransaction(const TransactionRecord &t, CustomerQuarters &customer);
    void addCustomer(const CustomerQuarters &customer);
    void addResponse(const NpsRecord &response);
    QuarterlyFacts finish();

private:
    bool complete(std::size_t q) const { return q < count() && m_result.quarters[q].complete; }
    void addExpansion(const CustomerQuarters &customer, std::size_t q);

    Quarter m_first;
    QDate m_end;
    int m_endDay;
    double m_threshold;
    std::vector<Tally> m_tally;
    QuarterlyFacts m_result;
};

void FactsBuilder::addTransaction(const TransactionRecord &t, CustomerQuarters &customer)
{
    const QDate date = dateOf(t.occurredAt);
    const int q = indexOf(date);
    if (q < 0 || q >= static_cast<int>(count()) || date > m_end)
        return;
    QuarterFacts &facts = m_result.quarters[static_cast<std::size_t>(q)];
    Tally &tally = m_tally[static_cast<std::size_t>(q)];
    facts.revenue += t.amount;
    if (t.amount < 0.0) {
        facts.refunds -= t.amount;
        customer.refunds[static_cast<std::size_t>(q)] -= t.amount;
        return;
    }
    tally.sales += t.amount;
    tally.discount += t.discount;
    if (!std::isnan(t.cost)) {
        tally.marginRevenue += t.amount;
        tally.marginCost += t.cost;
    }
    customer.sales[static_cast<std::size_t>(q)] += t.amount;
    const int day = epochDay(t.occurredAt);
    if (customer.firstDay < 0)
        customer.firstDay = day;
    else if (customer.secondDay < 0 && day > customer.firstDay)
        customer.secondDay = day;
}

// Did a customer active last and this quarter spend more by the threshold, and what happened next?
void FactsBuilder::addExpansion(const CustomerQuarters &customer, std::size_t q)
{
    Tally &tally = m_tally[q];
    ++tally.repeatBoth;
    const bool expanded = customer.sales[q] >= (1.0 + m_threshold) * customer.sales[q - 1];
    if (expanded)
        ++m_result.quarters[q].expandedCustomers;
    if (!complete(q + 1))
        return;
    const bool churned = !customer.active(q + 1);
    if (expanded) {
        ++tally.expandedBase;
        tally.expandedChurned += churned ? 1 : 0;
        tally.expandedRefunds += customer.refunds[q + 1];
        tally.expandedSales += customer.sales[q + 1];
    } else {
        ++tally.otherBase;
        tally.otherChurned += churned ? 1 : 0;
        tally.otherRefunds += customer.refunds[q + 1];
        tally.otherSales += customer.sales[q + 1];
    }
}

void FactsBuilder::addCustomer(const CustomerQuarters &customer)
{
    if (customer.firstDay < 0)
        return;
    for (std::size_t q = 0; q < count(); ++q) {
        if (customer.active(q))
            ++m_result.quarters[q].activeCustomers;
        if (q == 0 || !customer.active(q - 1))
            continue;
        ++m_tally[q].retentionBase;
        if (customer.active(q)) {
            ++m_tally[q].retained;
            addExpansion(customer, q);
        }
    }
    const auto f = static_cast<std::size_t>(indexOf(QDate(1970, 1, 1).addDays(customer.firstDay)));
    Tally &cohort = m_tally[f];
    ++m_result.quarters[f].newCustomers;
    if (complete(f + 1)) {
        ++cohort.cohortBase;
        cohort.cohortRetained += customer.active(f + 1) ? 1 : 0;
    }
    const int days = customer.secondDay >= 0 ? customer.secondDay - customer.firstDay : -1;
    if (customer.firstDay + kActivationDays <= m_endDay) {
        ++cohort.activationEligible;
        cohort.activated += (days >= 0 && days <= kActivationDays) ? 1 : 0;
    }
    if (days >= 0)
        cohort.daysToSecond.push_back(days);
}

void FactsBuilder::addResponse(const NpsRecord &response)
{
    const QDate date = dateOf(response.occurredAt);
    const int q = indexOf(date);
    if (q < 0 || q >= static_cast<int>(count()) || date > m_end)
        return;
    Tally &tally = m_tally[static_cast<std::size_t>(q)];
    ++m_result.quarters[static_cast<std::size_t>(q)].npsResponses;
    tally.promoters += response.score >= 9 ? 1 : 0;
    tally.detractors += response.score <= 6 ? 1 : 0;
    tally.scoreSum += response.score;
}

QuarterlyFacts FactsBuilder::finish()
{
    for (std::size_t q = 0; q < count(); ++q) {
        QuarterFacts &facts = m_result.quarters[q];
        const Tally &tally = m_tally[q];
        facts.discountRate = share(tally.discount, tally.sales + tally.discount);
        facts.grossMargin = share(tally.marginRevenue - tally.marginCost, tally.marginRevenue);
        facts.retention = share(tally.retained, tally.retentionBase);
        facts.expansionRate = share(facts.expandedCustomers, tally.repeatBoth);
        facts.churnAfterExpansion = share(tally.expandedChurned, tally.expandedBase);
        facts.churnBaseline = share(tally.otherChurned, tally.otherBase);
        facts.refundsAfterExpansion = share(tally.expandedRefunds, tally.expandedSales);
        facts.refundsBaseline = share(tally.otherRefunds, tally.otherSales);
        facts.secondPurchaseRate = share(tally.activated, tally.activationEligible);
        facts.medianDaysToSecondPurchase = median(tally.daysToSecond);
        facts.cohortRetention = share(tally.cohortRetained, tally.cohortBase);
        if (facts.npsResponses > 0) {
            facts.nps = 100.0 * (tally.promoters - tally.detractors) / facts.npsResponses;
            facts.satisfaction = tally.scoreSum / facts.npsResponses;
        }
    }
    return std::move(m_result);
}

} // namespace

QDate dateOf(EpochSeconds seconds)
{
    return QDate(1970, 1, 1).addDays(epochDay(seconds));
}

const QuarterFacts *QuarterlyFacts::find(const Quarter &quarter) const
{
    for (const QuarterFacts &facts : quarters) {
        if (facts.quarter == quarter)
            return &facts;
    }
    return nullptr;
}

int QuarterlyFacts::lastComplete() const
{
    for (int i = static_cast<int>(quarters.size()) - 1; i >= 0; --i) {
        if (quarters[static_cast<std::size_t>(i)].complete)
            return i;
    }
    return -1;
}

std::vector<double> QuarterlyFacts::series(const std::function<double(const QuarterFacts &)> &pick, int last) const
{
    std::vector<double> values;
    for (int i = 0; i <= last; ++i)
        values.push_back(pick(quarters[static_cast<std::size_t>(i)]));
    return values;
}

QuarterlyFacts computeQuarterlyFacts(const Dataset &data, double expansionThreshold, QDate dataEnd)
{
    if (data.transactions.empty())
        return {dataEnd, {}};
    const auto [earliest, latest] = std::minmax_element(
        data.transactions.begin(), data.transactions.end(),
        [](const TransactionRecord &a, const TransactionRecord &b) { return a.occurredAt < b.occurredAt; });
    if (!dataEnd.isValid())
        dataEnd = dateOf(latest->occurredAt);
    const Quarter first = Quarter::containing(dateOf(earliest->occurredAt));
    const int span = first.quartersUntil(Quarter::containing(dataEnd)) + 1;
    if (span <= 0)
        return {dataEnd, {}};
    FactsBuilder builder(first, static_cast<std::size_t>(span), dataEnd, expansionThreshold);

    // Transactions are sorted by customer, then time: one customer's run at a time.
    std::size_t i = 0;
    while (i < data.transactions.size()) {
        const std::int32_t customer = data.transactions[i].customer;
        CustomerQuarters quarters(builder.count());
        for (; i < data.transactions.size() && data.transactions[i].customer == customer; ++i)
            builder.addTransaction(data.transactions[i], quarters);
        builder.addCustomer(quarters);
    }
    for (const NpsRecord &response : data.nps)
        builder.addResponse(response);
    return builder.finish();
}

} // namespace lodestar
