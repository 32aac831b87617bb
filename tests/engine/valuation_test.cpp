#include "enginefixtures.h"

#include "models/clv/customersummary.h"
#include "models/clv/simulator.h"
#include "models/engine/analysis.h"
#include "models/engine/churn.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;
using lodestar::test::DatasetBuilder;

namespace {

ClvDefinition cdnowDefinition(ClvMethod method = ClvMethod::BgNbdGammaGamma)
{
    ClvDefinition d;
    d.method = method;
    d.timeUnit = TimeUnit::Week;
    d.calibrationEnd = QDate(1997, 9, 30);
    return d;
}

const Result<Valuation> &cdnowValuation()
{
    static const Result<Valuation> valuation = valueCustomers(test::cdnowDataset(), cdnowDefinition());
    return valuation;
}

bool finite(const CustomerValue &v)
{
    return std::isfinite(v.probabilityAlive) && std::isfinite(v.expectedPurchases) && std::isfinite(v.expectedSpend)
        && std::isfinite(v.clv) && std::isfinite(v.historicClv);
}

} // namespace

TEST(Valuation, CdnowBgNbdFitReproducesFaderHardieLee2005)
{
    const auto &valuation = cdnowValuation();
    ASSERT_TRUE(valuation) << qPrintable(valuation.errorString());
    ASSERT_TRUE(valuation->transactionModel);
    const ModelFit &fit = *valuation->transactionModel;
    EXPECT_EQ(fit.model, QStringLiteral("bgnbd"));
    ASSERT_EQ(fit.parameters.size(), 4u);
    EXPECT_NEAR(fit.parameters[0], 0.243, 0.0005);
    EXPECT_NEAR(fit.parameters[1], 4.414, 0.005);
    EXPECT_NEAR(fit.parameters[2], 0.793, 0.0005);
    EXPECT_NEAR(fit.parameters[3], 2.426, 0.005);
    EXPECT_NEAR(fit.logLikelihood, -9582.4, 0.1);
    EXPECT_EQ(fit.customers, 2357);
}

TEST(Valuation, CdnowGammaGammaFitMatchesPublishedValues)
{
    const auto &valuation = cdnowValuation();
    ASSERT_TRUE(valuation);
    ASSERT_TRUE(valuation->spendModel);
    ASSERT_TRUE(valuation->spendModel->converged) << qPrintable(valuation->spendModel->warning);
    EXPECT_NEAR(valuation->spendModel->parameters[0], 6.25, 0.01);
    EXPECT_NEAR(valuation->spendModel->parameters[1], 3.74, 0.01);
    EXPECT_NEAR(valuation->spendModel->parameters[2], 15.44, 0.05);
}

TEST(Valuation, CdnowOutputsHaveNoNaN)
{
    const auto &valuation = cdnowValuation();
    ASSERT_TRUE(valuation);
    for (const CustomerValue &v : valuation->customers)
        ASSERT_TRUE(finite(v)) << "customer " << v.customer;
}

TEST(Valuation, ClvIsDiscountedExpectedMarginOverTheHorizon)
{
    const auto &valuation = cdnowValuation();
    ASSERT_TRUE(valuation);
    for (const CustomerValue &v : valuation->customers) {
        // Discounting and the margin can only lower the undiscounted expected revenue.
        EXPECT_LE(v.clv, v.expectedPurchases * v.expectedSpend * 0.3 + 1e-9);
        EXPECT_GT(v.clv, 0.0);
    }
}

TEST(Valuation, CdnowExpectedHoldoutPurchasesMatchPublishedTotal)
{
    // FHL 2005: about 1,653 repeat transactions expected in the 39-week holdout.
    ClvDefinition d = cdnowDefinition();
    d.horizonMonths = 9; // 39 weeks ≈ 8.97 months
    const auto valuation = valueCustomers(test::cdnowDataset(), d);
    ASSERT_TRUE(valuation);
    double total = 0.0;
    for (const CustomerValue &v : valuation->customers)
        total += v.expectedPurchases;
    EXPECT_NEAR(total * (39.0 * 7.0) / (9 * 365.25 / 12.0), 1653.0, 25.0);
}

TEST(Valuation, TiersFollowDefinitionShares)
{
    const auto &valuation = cdnowValuation();
    ASSERT_TRUE(valuation);
    int high = 0;
    for (const CustomerValue &v : valuation->customers)
        high += v.tier == Tier::High ? 1 : 0;
    EXPECT_NEAR(high, 0.2 * 2357, 5);
}

TEST(Valuation, TiersFollowDefinitionAmounts)
{
    ClvDefinition d = cdnowDefinition();
    d.tierCutoff = TierCutoff::Amount;
    d.highTierAmount = 40.0;
    d.mediumTierAmount = 10.0;
    const auto valuation = valueCustomers(test::cdnowDataset(), d);
    ASSERT_TRUE(valuation) << qPrintable(valuation.errorString());
    int high = 0;
    for (const CustomerValue &v : valuation->customers) {
        if (!v.hasClv)
            continue;
        const Tier expected = v.clv >= 40.0 ? Tier::High : v.clv >= 10.0 ? Tier::Medium : Tier::Low;
        EXPECT_EQ(v.tier, expected) << v.clv;
        high += v.tier == Tier::High ? 1 : 0;
    }
    EXPECT_GT(high, 0);
}

TEST(Valuation, HistoricMethodIsRevenueTimesMargin)
{
    DatasetBuilder b;
    const int c = b.customer();
    b.buy(c, QDate(2024, 1, 1), 100).buy(c, QDate(2024, 2, 1), 50);
    ClvDefinition d;
    d.method = ClvMethod::Historic;
    d.grossMargin = 0.4;
    const auto valuation = valueCustomers(b.build(), d);
    ASSERT_TRUE(valuation) << qPrintable(valuation.errorString());
    EXPECT_DOUBLE_EQ(valuation->customers[0].clv, 60.0);
}

TEST(Valuation, NoTransactionsIsAClearError)
{
    DatasetBuilder b;
    b.customer();
    const auto valuation = valueCustomers(b.build(), ClvDefinition{});
    ASSERT_FALSE(valuation);
    EXPECT_TRUE(valuation.errorString().contains(QStringLiteral("no transactions")));
}

TEST(Valuation, CalibrationEndBeforeFirstPurchaseIsAClearError)
{
    ClvDefinition d = cdnowDefinition();
    d.calibrationEnd = QDate(1996, 6, 30);
    const auto valuation = valueCustomers(test::cdnowDataset(), d);
    ASSERT_FALSE(valuation);
    EXPECT_TRUE(valuation.errorString().contains(QStringLiteral("before the first purchase")));
}

TEST(Valuation, ModelThatCannotBeFittedFallsBackVisiblyToHistoricClv)
{
    // Nobody ever came back: neither BG/NBD nor Pareto/NBD has an interior maximum. The dashboard
    // must not go blank (issue 14): the valuation is historic CLV, with a warning naming the model.
    DatasetBuilder b;
    for (int i = 0; i < 20; ++i)
        b.buy(b.customer(), QDate(2024, 1, 1).addDays(i), 10);
    const auto valuation = valueCustomers(b.build(), ClvDefinition{});
    ASSERT_TRUE(valuation) << qPrintable(valuation.errorString());
    ASSERT_FALSE(valuation->warnings.isEmpty());
    EXPECT_TRUE(valuation->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("BG/NBD")))
        << qPrintable(valuation->warnings.join(QLatin1Char('\n')));
    for (const CustomerValue &v : valuation->customers) {
        EXPECT_TRUE(v.hasClv);
        EXPECT_DOUBLE_EQ(v.clv, v.historicClv);
    }
}

TEST(Valuation, ProgressCallbackCanCancel)
{
    const auto valuation = valueCustomers(test::cdnowDataset(), cdnowDefinition(), [](double) { return false; });
    ASSERT_FALSE(valuation);
    EXPECT_TRUE(valuation.errorString().contains(QStringLiteral("cancelled")));
}

TEST(Valuation, CancelDuringTheFitStopsItAtOnce)
{
    // The progress callback is asked inside the fit too, so a cancel is seen within one
    // likelihood evaluation instead of after the whole fit.
    for (const ClvMethod method : {ClvMethod::BgNbdGammaGamma, ClvMethod::ParetoNbdGammaGamma}) {
        int calls = 0;
        int callsAfterCancel = 0;
        const auto valuation = valueCustomers(test::cdnowDataset(), cdnowDefinition(method), [&](double) {
            ++calls;
            callsAfterCancel += calls > 10 ? 1 : 0;
            return calls <= 10;
        });
        ASSERT_FALSE(valuation);
        EXPECT_TRUE(valuation.errorString().contains(QStringLiteral("cancelled"))) << qPrintable(valuation.errorString());
        EXPECT_EQ(callsAfterCancel, 1);
    }
}

TEST(Valuation, CancelDuringThePredictionsStopsBetweenChunks)
{
    // More distinct (x, t_x, T) rows than one prediction chunk holds (32,768), so the
    // prediction loop reports progress between its chunks and can be stopped there.
    SimulationSettings settings;
    settings.customers = 80000;
    settings.minAge = 1;
    settings.maxAge = 104;
    settings.resolution = 1.0 / 7.0;
    DatasetBuilder b;
    const QDate end(2024, 12, 31);
    int day = 0;
    for (const SimulatedCustomer &s : Simulator::bgNbd({0.25, 4.4, 0.8, 2.4}, settings)) {
        const int c = b.customer();
        // Ages on any weekday, not whole weeks only, for more distinct rows.
        const QDate first = end.addDays(-std::lround(s.calibration.T * 7.0) - day++ % 7);
        b.buy(c, first, 20.0);
        for (int k = 1; k <= static_cast<int>(s.calibration.x); ++k)
            b.buy(c, first.addDays(std::lround(s.calibration.tx * 7.0 * k / s.calibration.x)), 20.0);
    }
    std::vector<double> fractions;
    const auto valuation = valueCustomers(b.build(), ClvDefinition{}, [&](double fraction) {
        fractions.push_back(fraction);
        return !(fraction > 0.7 && fraction < 0.95);
    });
    ASSERT_FALSE(valuation);
    EXPECT_TRUE(valuation.errorString().contains(QStringLiteral("cancelled"))) << qPrintable(valuation.errorString());
    ASSERT_FALSE(fractions.empty());
    EXPECT_GT(fractions.back(), 0.7);
    EXPECT_LT(fractions.back(), 0.95);
}

TEST(Valuation, CdnowParetoNbdFitReproducesPublishedValues)
{
    const auto valuation = valueCustomers(test::cdnowDataset(), cdnowDefinition(ClvMethod::ParetoNbdGammaGamma));
    ASSERT_TRUE(valuation) << qPrintable(valuation.errorString());
    const ModelFit &fit = *valuation->transactionModel;
    EXPECT_EQ(fit.model, QStringLiteral("pareto-nbd"));
    EXPECT_NEAR(fit.parameters[0], 0.553, 0.001);
    EXPECT_NEAR(fit.parameters[1], 10.578, 0.01);
    EXPECT_NEAR(fit.logLikelihood, -9595.0, 0.1);
}

TEST(Churn, ShareOfLastYearsBuyersWhoDidNotBuyThisYear)
{
    DatasetBuilder b;
    const int both = b.customer();
    const int lapsed = b.customer();
    const int fresh = b.customer();
    b.buy(both, QDate(2023, 3, 1), 10).buy(both, QDate(2024, 3, 1), 10);
    b.buy(lapsed, QDate(2023, 6, 1), 10);
    b.buy(fresh, QDate(2024, 6, 1), 10);
    const AnnualChurn churn = measureAnnualChurn(b.build(), epochDayOf(QDate(2024, 12, 31)));
    EXPECT_EQ(churn.activeInFirstYear, 2);
    EXPECT_EQ(churn.lapsed, 1);
    EXPECT_DOUBLE_EQ(churn.churn, 0.5);
}

TEST(Valuation, SimpleFormulaIsYearlyRevenueTimesMarginOverChurn)
{
    DatasetBuilder b;
    const int both = b.customer();
    const int lapsed = b.customer();
    b.buy(both, QDate(2023, 2, 1), 100).buy(both, QDate(2024, 12, 31), 100);
    b.buy(lapsed, QDate(2023, 6, 1), 50);
    ClvDefinition d;
    d.method = ClvMethod::SimpleFormula;
    const auto valuation = valueCustomers(b.build(), d);
    ASSERT_TRUE(valuation) << qPrintable(valuation.errorString());
    EXPECT_DOUBLE_EQ(valuation->annualChurn, 0.5);
    // 200 over 700 days of tenure (2023-02-01 to 2024-12-31 inclusive) per year, × 0.3 ÷ 0.5.
    EXPECT_NEAR(valuation->customers[both].clv, 200.0 / (700.0 / 365.25) * 0.3 / 0.5, 1e-9);
}

TEST(Valuation, CustomerFirstBuyingOnCalibrationEndIsValuedNotFitted)
{
    Dataset data = test::cdnowDataset();
    data.customers.push_back({});
    TransactionRecord t;
    t.customer = static_cast<std::int32_t>(data.customers.size()) - 1;
    t.occurredAt = test::noonOf(QDate(1997, 9, 30));
    t.amount = 20.0;
    data.transactions.push_back(t);
    const auto valuation = valueCustomers(data, cdnowDefinition());
    ASSERT_TRUE(valuation) << qPrintable(valuation.errorString());
    EXPECT_EQ(valuation->transactionModel->customers, 2357);
    const CustomerValue &newcomer = valuation->customers.back();
    EXPECT_TRUE(newcomer.hasClv);
    EXPECT_EQ(newcomer.age, 0.0);
    EXPECT_GT(newcomer.clv, 0.0);
}
