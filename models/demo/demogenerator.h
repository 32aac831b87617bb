#pragma once

#include "models/result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace lodestar::demo {

/// The seed of the shipped demo company; the same seed gives the same company.
inline constexpr std::uint64_t kDemoSeed = 20230101;

struct DemoCustomer
{
    int signupDay = 0; ///< days since 2023-01-01
    int channel = 0;
    int region = 0;
    int plan = 0;
    double acquisitionCost = 0.0;
    int companySize = 0;
};

struct DemoTransaction
{
    int customer = 0;
    int day = 0;
    int order = 0;
    bool refund = false;
    double amount = 0.0; ///< net of discount; negative for a refund
    int quantity = 1;
    double discount = 0.0;
    double cost = 0.0;
};

struct DemoNps
{
    int customer = 0;
    int day = 0;
    int score = 0;
};

/// A believable subscription-and-shop company, 2023-01-01 .. 2025-12-31: ~5,000 customers from five
/// channels, repeat purchases that follow BG/NBD (Fader, Hardie & Lee 2005: Poisson purchases at a
/// gamma-distributed rate, geometric dropout after each purchase with beta-distributed p) and
/// gamma-gamma spend (Fader, Hardie & Lee 2005b), refunds, discounts, costs, spend and NPS.
/// Planted patterns: Social's LTV:CAC is below 1, discounts rise and margin falls over 2025,
/// and the 2025 cohorts churn faster.
struct DemoData
{
    std::vector<DemoCustomer> customers;
    std::vector<DemoTransaction> transactions;
    std::vector<DemoNps> nps;

    static const QStringList &channels();
    static const QStringList &regions();
    static const QStringList &plans();
};

DemoData generateDemoData(std::uint64_t seed = kDemoSeed);

/// Writes customers.csv, transactions.csv, spend.csv and nps.csv into folder (monthly spend per
/// channel is derived from the customers' acquisition costs).
Status writeDemoFiles(const DemoData &data, const QString &folder);

} // namespace lodestar::demo
