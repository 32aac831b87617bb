#include "models/culture/guardrails.h"

#include <gtest/gtest.h>

using namespace lodestar;

namespace {

QuarterlyFacts quarters(int count)
{
    QuarterlyFacts facts;
    facts.dataEnd = QDate(2025, 12, 31);
    for (int i = 0; i < count; ++i) {
        QuarterFacts q;
        q.quarter = Quarter{2025, 1}.previous();
        for (int k = 0; k <= i; ++k)
            q.quarter = q.quarter.next();
        q.complete = true;
        q.revenue = 100;
        q.discountRate = 0.05;
        q.grossMargin = 0.40;
        facts.quarters.push_back(q);
    }
    return facts;
}

std::vector<GuardrailWarning> rulesNamed(const std::vector<GuardrailWarning> &warnings, const char *rule)
{
    std::vector<GuardrailWarning> matching;
    for (const auto &warning : warnings) {
        if (warning.rule == QLatin1String(rule))
            matching.push_back(warning);
    }
    return matching;
}

double valueOf(const GuardrailWarning &warning, const char *key)
{
    for (const auto &[name, value] : warning.values) {
        if (name == QLatin1String(key))
            return value;
    }
    ADD_FAILURE() << "no value " << key;
    return 0.0;
}

} // namespace

TEST(Guardrails, QuietWhenNothingMoves)
{
    EXPECT_TRUE(evaluateGuardrails(quarters(4), EngineSeries::empty(4), {}, CultureSettings{}).empty());
}

TEST(Guardrails, DiscountErosionWhenDiscountRisesAndMarginFalls)
{
    QuarterlyFacts facts = quarters(4);
    const double discount[] = {0.05, 0.05, 0.08, 0.10};
    const double margin[] = {0.40, 0.40, 0.35, 0.33};
    for (int i = 0; i < 4; ++i) {
        facts.quarters[static_cast<std::size_t>(i)].discountRate = discount[i];
        facts.quarters[static_cast<std::size_t>(i)].grossMargin = margin[i];
    }
    const auto warnings = rulesNamed(evaluateGuardrails(facts, EngineSeries::empty(4), {}, CultureSettings{}), "discount-erosion");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_DOUBLE_EQ(valueOf(warnings[0], "discount_before"), 0.05);
    EXPECT_DOUBLE_EQ(valueOf(warnings[0], "discount_now"), 0.09);
    EXPECT_DOUBLE_EQ(valueOf(warnings[0], "margin_now"), 0.34);
    EXPECT_TRUE(warnings[0].message.contains(QStringLiteral("9.0%")));
}

TEST(Guardrails, NoDiscountErosionWhileMarginHolds)
{
    QuarterlyFacts facts = quarters(4);
    facts.quarters[2].discountRate = 0.09;
    facts.quarters[3].discountRate = 0.09;
    EXPECT_TRUE(rulesNamed(evaluateGuardrails(facts, EngineSeries::empty(4), {}, CultureSettings{}), "discount-erosion").empty());
}

TEST(Guardrails, BuyingRevenueWhenRevenueGrowsAndClvFalls)
{
    QuarterlyFacts facts = quarters(4);
    facts.quarters[2].revenue = 120;
    facts.quarters[3].revenue = 130;
    EngineSeries engine = EngineSeries::empty(4);
    engine.averageClv = {50, 50, 45, 44};
    const auto warnings = rulesNamed(evaluateGuardrails(facts, engine, {}, CultureSettings{}), "buying-revenue");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_DOUBLE_EQ(valueOf(warnings[0], "revenue_growth"), 0.25);
    EXPECT_DOUBLE_EQ(valueOf(warnings[0], "clv_growth"), 44.5 / 50.0 - 1.0);
}

TEST(Guardrails, ChannelBelowOneLtvToCacAndSlowPayback)
{
    ChannelValue good;
    good.channel = QStringLiteral("Referral");
    good.ltvToCac = 4.0;
    good.paybackMonths = 3.0;
    ChannelValue bad;
    bad.channel = QStringLiteral("Display");
    bad.ltvToCac = 0.8;
    bad.cac = 250;
    bad.averageClv = 200;
    bad.paybackMonths = 20.0;
    const auto warnings = evaluateGuardrails(quarters(4), EngineSeries::empty(4), {good, bad}, CultureSettings{});
    const auto ltv = rulesNamed(warnings, "channel-ltv-cac");
    ASSERT_EQ(ltv.size(), 1u);
    EXPECT_EQ(ltv[0].subject, QStringLiteral("Display"));
    EXPECT_DOUBLE_EQ(valueOf(ltv[0], "ltv_to_cac"), 0.8);
    ASSERT_EQ(rulesNamed(warnings, "channel-payback").size(), 1u);
}

TEST(Guardrails, PaybackLimitIsASetting)
{
    ChannelValue slow;
    slow.channel = QStringLiteral("Events");
    slow.ltvToCac = 2.0;
    slow.paybackMonths = 20.0;
    CultureSettings settings;
    settings.maxPaybackMonths = 24;
    EXPECT_TRUE(evaluateGuardrails(quarters(4), EngineSeries::empty(4), {slow}, settings).empty());
}

TEST(Guardrails, RetentionFallingInNewestCohorts)
{
    QuarterlyFacts facts = quarters(5);
    const double cohort[] = {0.40, 0.40, 0.30, 0.30, kUnknown};
    for (int i = 0; i < 5; ++i)
        facts.quarters[static_cast<std::size_t>(i)].cohortRetention = cohort[i];
    const auto warnings = rulesNamed(evaluateGuardrails(facts, EngineSeries::empty(5), {}, CultureSettings{}), "cohort-retention");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_DOUBLE_EQ(valueOf(warnings[0], "newest_cohorts"), 0.30);
    EXPECT_DOUBLE_EQ(valueOf(warnings[0], "earlier_cohorts"), 0.40);
}

TEST(Guardrails, ChurnSpikeAfterExpansionNeedsEnoughExpansions)
{
    QuarterlyFacts facts = quarters(4);
    for (std::size_t i = 1; i < 3; ++i) {
        facts.quarters[i].expandedCustomers = 15;
        facts.quarters[i].churnAfterExpansion = 0.5;
        facts.quarters[i].churnBaseline = 0.2;
    }
    const auto warnings = rulesNamed(evaluateGuardrails(facts, EngineSeries::empty(4), {}, CultureSettings{}), "expansion-churn");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_DOUBLE_EQ(valueOf(warnings[0], "expanded_customers"), 30.0);
    CultureSettings strict;
    strict.minExpandedCustomers = 31;
    EXPECT_TRUE(rulesNamed(evaluateGuardrails(facts, EngineSeries::empty(4), {}, strict), "expansion-churn").empty());
}

TEST(Guardrails, RefundSpikeAfterExpansion)
{
    QuarterlyFacts facts = quarters(4);
    for (std::size_t i = 1; i < 3; ++i) {
        facts.quarters[i].expandedCustomers = 15;
        facts.quarters[i].churnAfterExpansion = 0.2;
        facts.quarters[i].churnBaseline = 0.2;
        facts.quarters[i].refundsAfterExpansion = 0.09;
        facts.quarters[i].refundsBaseline = 0.03;
    }
    const auto all = evaluateGuardrails(facts, EngineSeries::empty(4), {}, CultureSettings{});
    EXPECT_TRUE(rulesNamed(all, "expansion-churn").empty());
    ASSERT_EQ(rulesNamed(all, "expansion-refunds").size(), 1u);
}
