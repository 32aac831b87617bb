#include "demogenerator.h"

#include "demorandom.h"

#include <algorithm>
#include <cmath>

namespace lodestar::demo {

namespace {

constexpr int kCustomers = 5000;
constexpr int kLastDay = 1095; // 2025-12-31, counted from 2023-01-01
constexpr int kFirst2025Day = 731;

// What a customer from each channel is like. Purchase rate per year and dropout are the means of
// the BG/NBD gamma and beta; spend is the gamma-gamma mean per order before discount.
struct ChannelProfile
{
    double share;
    double cac;
    double purchasesPerYear;
    double dropoutMean;
    double spendMean;
    double npsMean;
};

// Social buys expensive, short-lived, small-basket customers: LTV:CAC below 1 by design.
const ChannelProfile kProfiles[] = {
    {0.30, 12.0, 4.0, 0.18, 80.0, 8.2},   // Organic
    {0.25, 85.0, 3.6, 0.22, 90.0, 7.4},   // Paid Search
    {0.20, 150.0, 2.2, 0.45, 45.0, 6.1},  // Social
    {0.15, 35.0, 4.4, 0.15, 100.0, 8.8},  // Referral
    {0.10, 120.0, 3.0, 0.20, 115.0, 7.6}, // Partners
};

const double kPlanSpend[] = {0.8, 1.1, 1.6};

// The average discount rate by quarter of 2025 climbs; before 2025 it is 5 %.
double discountRate(int day)
{
    if (day < kFirst2025Day)
        return 0.05;
    const int quarter = std::min(3, (day - kFirst2025Day) / 92);
    static constexpr double rates[] = {0.08, 0.11, 0.15, 0.19};
    return rates[quarter];
}

// More customers join later (the company grows): half uniform, half with density rising linearly.
int signupDay(DemoRandom &random)
{
    const double u = random.uniform();
    const double position = random.chance(0.5) ? u : std::sqrt(u);
    return std::min(kLastDay, int(position * (kLastDay + 1)));
}

DemoCustomer makeCustomer(DemoRandom &random)
{
    DemoCustomer customer;
    customer.signupDay = signupDay(random);
    std::vector<double> shares;
    for (const ChannelProfile &profile : kProfiles)
        shares.push_back(profile.share);
    customer.channel = int(random.pick(shares));
    customer.region = int(random.pick({0.40, 0.35, 0.15, 0.10}));
    customer.plan = int(random.pick({0.50, 0.35, 0.15}));
    customer.acquisitionCost = std::round(random.gamma(8.0, kProfiles[customer.channel].cac / 8.0) * 100.0) / 100.0;
    customer.companySize = int(random.pick({0.5, 0.3, 0.15, 0.05}));
    return customer;
}

DemoTransaction makePurchase(DemoRandom &random, int customer, int day, double meanSpend)
{
    DemoTransaction purchase;
    purchase.customer = customer;
    purchase.day = day;
    purchase.quantity = 1 + (random.chance(0.3) ? 1 : 0) + (random.chance(0.1) ? 1 : 0);
    // Gamma-gamma: each order's value is Gamma(p = 4) around the customer's own mean.
    const double gross = std::max(1.0, random.gamma(4.0, meanSpend / 4.0));
    purchase.discount = std::round(gross * discountRate(day) * (0.5 + random.uniform()) * 100.0) / 100.0;
    purchase.amount = std::round((gross - purchase.discount) * 100.0) / 100.0;
    purchase.cost = std::round(gross * (0.50 + 0.1 * random.uniform()) * 100.0) / 100.0;
    return purchase;
}

// One customer's life under BG/NBD: a purchase at signup, then after each purchase a coin with
// probability p ends the relationship; otherwise the next purchase comes after an exponential wait.
void simulateCustomer(DemoRandom &random, DemoData &data, int index, int &nextOrder)
{
    const DemoCustomer &customer = data.customers[std::size_t(index)];
    const ChannelProfile &profile = kProfiles[customer.channel];
    const double rate = random.gamma(2.0, profile.purchasesPerYear / 365.0 / 2.0);
    const double dropoutMean = profile.dropoutMean + (customer.signupDay >= kFirst2025Day ? 0.10 : 0.0);
    const double dropout = random.beta(2.0 * dropoutMean / (1.0 - dropoutMean), 2.0);
    const double meanSpend = random.gamma(5.0, profile.spendMean * kPlanSpend[customer.plan] / 5.0);
    double day = customer.signupDay;
    for (;;) {
        DemoTransaction purchase = makePurchase(random, index, int(day), meanSpend);
        purchase.order = ++nextOrder;
        data.transactions.push_back(purchase);
        if (random.chance(0.03)) {
            DemoTransaction refund = purchase;
            refund.refund = true;
            refund.day = purchase.day + random.between(1, 20);
            refund.amount = -purchase.amount;
            refund.discount = 0.0;
            refund.cost = 0.0;
            if (refund.day <= kLastDay)
                data.transactions.push_back(refund);
        }
        if (random.chance(dropout))
            break;
        day += std::max(1.0, random.exponential(rate));
        if (day > kLastDay)
            break;
    }
}

void surveyCustomer(DemoRandom &random, DemoData &data, int index)
{
    const DemoCustomer &customer = data.customers[std::size_t(index)];
    if (!random.chance(0.35))
        return;
    const int day = customer.signupDay + random.between(30, 90);
    if (day > kLastDay)
        return;
    const double score = kProfiles[customer.channel].npsMean + 1.8 * random.normal();
    data.nps.push_back({index, day, std::clamp(int(std::lround(score)), 0, 10)});
}

} // namespace

const QStringList &DemoData::channels()
{
    static const QStringList names{QStringLiteral("Organic"), QStringLiteral("Paid Search"), QStringLiteral("Social"),
                                   QStringLiteral("Referral"), QStringLiteral("Partners")};
    return names;
}

const QStringList &DemoData::regions()
{
    static const QStringList names{QStringLiteral("North America"), QStringLiteral("EMEA"), QStringLiteral("APAC"),
                                   QStringLiteral("LATAM")};
    return names;
}

const QStringList &DemoData::plans()
{
    static const QStringList names{QStringLiteral("Basic"), QStringLiteral("Plus"), QStringLiteral("Pro")};
    return names;
}

DemoData generateDemoData(std::uint64_t seed)
{
    DemoRandom random(seed);
    DemoData data;
    for (int i = 0; i < kCustomers; ++i)
        data.customers.push_back(makeCustomer(random));
    // Ids follow signup order, as a real CRM's would.
    std::stable_sort(data.customers.begin(), data.customers.end(),
                     [](const DemoCustomer &a, const DemoCustomer &b) { return a.signupDay < b.signupDay; });
    int nextOrder = 100000;
    for (int i = 0; i < kCustomers; ++i) {
        simulateCustomer(random, data, i, nextOrder);
        surveyCustomer(random, data, i);
    }
    return data;
}

} // namespace lodestar::demo
