#include "testsupport.h"

#include "models/clv/clvdefinition.h"
#include "models/store/definitionrepository.h"
#include "models/store/store.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace lodestar;

TEST(ClvDefinition, PlainTextNamesHorizonDiscountModelWindowAndUnit)
{
    ClvDefinition d;
    d.calibrationStart = QDate(2023, 1, 1);
    d.calibrationEnd = QDate(2025, 12, 31);
    const QString text = d.plainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("CLV = expected gross margin"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("next 3 years"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("discounted at 10%/yr"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("BG/NBD + Gamma-Gamma"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("from 2023-01-01 to 2025-12-31 (weeks)"))) << qPrintable(text);
}

TEST(ClvDefinition, SimpleFormulaTextDefinesChurn)
{
    ClvDefinition d;
    d.method = ClvMethod::SimpleFormula;
    EXPECT_TRUE(d.plainText().contains(QStringLiteral("bought in one year and did not buy in the next")));
}

TEST(ClvDefinition, JsonRoundTripKeepsEverySetting)
{
    ClvDefinition d;
    d.method = ClvMethod::ParetoNbdGammaGamma;
    d.horizonMonths = 60;
    d.annualDiscountRate = 0.08;
    d.grossMargin = 0.4;
    d.marginByPlan.insert(QStringLiteral("Pro"), 0.6);
    d.marginByChannel.insert(QStringLiteral("Paid"), 0.2);
    d.timeUnit = TimeUnit::Month;
    d.calibrationStart = QDate(2023, 1, 1);
    d.calibrationEnd = QDate(2025, 6, 30);
    d.highTierShare = 0.1;
    d.mediumTierShare = 0.4;
    d.atRiskProbability = 0.3;
    d.tierCutoff = TierCutoff::Amount;
    d.highTierAmount = 1200.5;
    d.mediumTierAmount = 300.0;
    EXPECT_EQ(ClvDefinition::fromJson(d.toJson()), d);
}

TEST(ClvDefinition, JsonUsesStableKeys)
{
    const QJsonObject json = ClvDefinition().toJson();
    for (const char *key : {"method", "horizon_months", "annual_discount_rate", "gross_margin", "margin_by_plan",
                            "margin_by_channel", "time_unit", "calibration_start", "calibration_end",
                            "high_tier_share", "medium_tier_share", "at_risk_probability", "tier_cutoff",
                            "high_tier_amount", "medium_tier_amount"})
        EXPECT_TRUE(json.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(json.value(QStringLiteral("method")).toString(), QStringLiteral("bgnbd-gg"));
    EXPECT_EQ(json.value(QStringLiteral("tier_cutoff")).toString(), QStringLiteral("share"));
}

TEST(ClvDefinition, MissingJsonKeysKeepDefaults)
{
    EXPECT_EQ(ClvDefinition::fromJson(QJsonObject{}), ClvDefinition{});
}

TEST(ClvDefinition, PlanMarginWinsOverChannelMarginOverGlobal)
{
    ClvDefinition d;
    d.marginByPlan.insert(QStringLiteral("Pro"), 0.6);
    d.marginByChannel.insert(QStringLiteral("Paid"), 0.2);
    EXPECT_EQ(d.marginFor(QStringLiteral("Pro"), QStringLiteral("Paid")), 0.6);
    EXPECT_EQ(d.marginFor(QStringLiteral("Basic"), QStringLiteral("Paid")), 0.2);
    EXPECT_EQ(d.marginFor(QStringLiteral("Basic"), QStringLiteral("Organic")), 0.3);
}

TEST(ClvDefinition, MonthlyRateCompoundsToTheAnnualRate)
{
    ClvDefinition d;
    d.annualDiscountRate = 0.10;
    EXPECT_NEAR(std::pow(1.0 + d.monthlyDiscountRate(), 12.0), 1.10, 1e-12);
}

TEST(ClvDefinition, RejectsTierSharesAboveOne)
{
    ClvDefinition d;
    d.highTierShare = 0.7;
    d.mediumTierShare = 0.5;
    EXPECT_FALSE(d.validationError().isEmpty());
}

namespace {

ClvDefinition amountTiers(double high, double medium)
{
    ClvDefinition d;
    d.tierCutoff = TierCutoff::Amount;
    d.highTierAmount = high;
    d.mediumTierAmount = medium;
    return d;
}

} // namespace

TEST(ClvDefinition, AcceptsAmountCutOffsWithMediumBelowHigh)
{
    EXPECT_EQ(amountTiers(1000.0, 200.0).validationError(), QString());
    EXPECT_EQ(amountTiers(1000.0, 0.0).validationError(), QString());
}

TEST(ClvDefinition, RejectsMediumAmountEqualToHighWithAClearMessage)
{
    const QString error = amountTiers(500.0, 500.0).validationError();
    EXPECT_TRUE(error.contains(QStringLiteral("Medium tier cut-off"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("below the High tier cut-off"))) << qPrintable(error);
}

TEST(ClvDefinition, RejectsMediumAmountAboveHigh)
{
    EXPECT_FALSE(amountTiers(100.0, 500.0).validationError().isEmpty());
}

TEST(ClvDefinition, RejectsNegativeOrNonFiniteAmounts)
{
    EXPECT_FALSE(amountTiers(100.0, -1.0).validationError().isEmpty());
    EXPECT_FALSE(amountTiers(std::numeric_limits<double>::infinity(), 10.0).validationError().isEmpty());
    EXPECT_FALSE(amountTiers(100.0, std::numeric_limits<double>::quiet_NaN()).validationError().isEmpty());
}

TEST(ClvDefinition, AmountModeDoesNotCheckTheUnusedShares)
{
    ClvDefinition d = amountTiers(1000.0, 200.0);
    d.highTierShare = 0.9;
    d.mediumTierShare = 0.9;
    EXPECT_EQ(d.validationError(), QString());
}

TEST(ClvDefinition, PlainTextNamesTheTierCutOffs)
{
    EXPECT_TRUE(ClvDefinition().plainText().contains(QStringLiteral("Tiers: High: the top 20% of customers by CLV; Medium: the next 30%")))
        << qPrintable(ClvDefinition().plainText());
    // Amounts below 1,000 so the text does not depend on the locale's group separator.
    const QString text = amountTiers(900.0, 250.5).plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("High: CLV of 900 or more; Medium: 250.50 or more; Low: below 250.50")))
        << qPrintable(text);
}

TEST(ClvDefinition, PlainTextListsPlanAndChannelMargins)
{
    ClvDefinition d;
    d.marginByPlan.insert(QStringLiteral("Pro"), 0.6);
    d.marginByChannel.insert(QStringLiteral("Paid"), 0.2);
    const QString text = d.plainText();
    // The list separator is the locale's ("a, b" in C, "a and b" in English).
    EXPECT_TRUE(text.contains(QStringLiteral("30% of net revenue, except plan Pro: 60%"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("channel Paid: 20%)"))) << qPrintable(text);
}

TEST(DefinitionRepository, LoadsDefaultsFromANewWorkspace)
{
    test::TempWorkspace workspace;
    auto store = Store::open(workspace.dbPath());
    ASSERT_TRUE(store);
    const auto loaded = DefinitionRepository(**store).load();
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, ClvDefinition{});
}

TEST(DefinitionRepository, SavedDefinitionLoadsBack)
{
    test::TempWorkspace workspace;
    auto store = Store::open(workspace.dbPath());
    ASSERT_TRUE(store);
    ClvDefinition d;
    d.horizonMonths = 60;
    d.marginByPlan.insert(QStringLiteral("Pro"), 0.5);
    const DefinitionRepository repository(**store);
    ASSERT_TRUE(repository.save(d));
    d.horizonMonths = 12;
    ASSERT_TRUE(repository.save(d));
    const auto loaded = repository.load();
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, d);
}
