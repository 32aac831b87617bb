#include "testsupport.h"

#include "models/store/store.h"

#include <gtest/gtest.h>

#include <cmath>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using lodestar::test::TempWorkspace;
using lodestar::test::runLodestar;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

/// The CDNOW sample imported once into a workspace shared by the read-only tests.
class EngineCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_workspace = new TempWorkspace;
        const auto imported = runLodestar({str("import"), str("--db"), s_workspace->dbPath(), str("--transactions"),
                                           lodestar::test::testData(str("engine/cdnowElog.csv")), str("--map"),
                                           str("customer_id=sampleid"), str("--map"), str("date=date"), str("--map"),
                                           str("amount=sales")});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
    }
    static void TearDownTestSuite()
    {
        delete s_workspace;
        s_workspace = nullptr;
    }
    static QString db() { return s_workspace->dbPath(); }

    static QJsonObject runJson(QStringList arguments)
    {
        arguments << str("--db") << db() << str("--json");
        const auto result = runLodestar(arguments);
        EXPECT_EQ(result.exitCode, 0) << result.err.constData();
        EXPECT_FALSE(result.out.contains("nan")) << "NaN in JSON";
        return QJsonDocument::fromJson(result.out).object();
    }

    static TempWorkspace *s_workspace;
};

TempWorkspace *EngineCli::s_workspace = nullptr;

void expectKeys(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        EXPECT_TRUE(object.contains(QString::fromLatin1(key))) << key;
}

} // namespace

TEST_F(EngineCli, FitBgNbdJsonReproducesCdnowWithStableKeys)
{
    const QJsonObject json = runJson({str("fit"), str("--model"), str("bgnbd"), str("--calibration-end"), str("1997-09-30")});
    expectKeys(json, {"model", "params", "log_likelihood", "customers", "converged", "std_errors"});
    EXPECT_EQ(json.value(str("model")).toString(), str("bgnbd"));
    const QJsonObject params = json.value(str("params")).toObject();
    expectKeys(params, {"r", "alpha", "a", "b"});
    EXPECT_NEAR(params.value(str("r")).toDouble(), 0.243, 0.0005);
    EXPECT_NEAR(json.value(str("log_likelihood")).toDouble(), -9582.4, 0.1);
    EXPECT_EQ(json.value(str("customers")).toInt(), 2357);
    EXPECT_TRUE(json.value(str("converged")).toBool());
}

// Issue 17: MBG/NBD through the command line reproduces Batislam et al.'s CDNOW estimates.
TEST_F(EngineCli, FitMbgNbdJsonReproducesPublishedCdnow)
{
    const QJsonObject json = runJson({str("fit"), str("--model"), str("mbgnbd"), str("--calibration-end"), str("1997-09-30"),
                                      str("--time-unit"), str("week"), str("--holdout-end"), str("1998-06-30")});
    EXPECT_EQ(json.value(str("model")).toString(), str("mbgnbd"));
    const QJsonObject params = json.value(str("params")).toObject();
    EXPECT_NEAR(params.value(str("r")).toDouble(), 0.525, 0.005 * 0.525);
    EXPECT_NEAR(params.value(str("alpha")).toDouble(), 6.183, 0.005 * 6.183);
    EXPECT_NEAR(params.value(str("a")).toDouble(), 0.891, 0.005 * 0.891);
    EXPECT_NEAR(params.value(str("b")).toDouble(), 1.614, 0.005 * 1.614);
    EXPECT_NEAR(json.value(str("log_likelihood")).toDouble(), -9582.1, 0.1);
    EXPECT_EQ(json.value(str("holdout")).toObject().value(str("actual")).toDouble(), 1882.0);
    EXPECT_GT(json.value(str("holdout")).toObject().value(str("predicted")).toDouble(), 1500.0);
}

// As the definition's method, MBG/NBD values one-time buyers below certainty (BG/NBD: P(alive) = 1).
TEST_F(EngineCli, MbgNbdMethodGivesOneTimeBuyersAChanceToBeGone)
{
    TempWorkspace own;
    ASSERT_TRUE(QFile::copy(db(), own.dbPath()));
    const auto set = runLodestar({str("definition"), str("--db"), own.dbPath(), str("--method"), str("mbgnbd-gg")});
    ASSERT_EQ(set.exitCode, 0) << set.err.constData();
    const auto valued = runLodestar({str("clv"), str("--db"), own.dbPath(), str("--json")});
    ASSERT_EQ(valued.exitCode, 0) << valued.err.constData();
    const QJsonObject json = QJsonDocument::fromJson(valued.out).object();
    EXPECT_TRUE(json.value(str("definition")).toString().contains(str("MBG/NBD"))) << qPrintable(json.value(str("definition")).toString());
    int oneTimeBuyers = 0;
    for (const auto &row : json.value(str("customers")).toArray()) {
        const QJsonObject customer = row.toObject();
        if (customer.value(str("x")).toDouble() != 0.0)
            continue;
        ++oneTimeBuyers;
        EXPECT_LT(customer.value(str("p_alive")).toDouble(), 0.5) << qPrintable(customer.value(str("id")).toString());
    }
    EXPECT_GT(oneTimeBuyers, 1000);
}

// fit --compare: the purchase models side by side on the same rows, as issue 17 asks.
TEST_F(EngineCli, FitCompareRanksThePurchaseModelsOnTheSameRows)
{
    const QJsonObject json = runJson({str("fit"), str("--compare"), str("--calibration-end"), str("1997-09-30"),
                                      str("--time-unit"), str("week"), str("--holdout-end"), str("1998-06-30")});
    const QJsonArray models = json.value(str("models")).toArray();
    ASSERT_EQ(models.size(), 3);
    QStringList names;
    for (const auto &value : models) {
        const QJsonObject model = value.toObject();
        names << model.value(str("model")).toString();
        EXPECT_TRUE(model.value(str("converged")).toBool());
        const double ll = model.value(str("log_likelihood")).toDouble();
        EXPECT_NEAR(model.value(str("aic")).toDouble(), 8.0 - 2.0 * ll, 1e-6);
        EXPECT_NEAR(model.value(str("bic")).toDouble(), 4.0 * std::log(2357.0) - 2.0 * ll, 1e-6);
        const QJsonObject holdout = model.value(str("holdout")).toObject();
        EXPECT_EQ(holdout.value(str("actual")).toDouble(), 1882.0);
        EXPECT_NEAR(holdout.value(str("error")).toDouble(), holdout.value(str("predicted")).toDouble() / 1882.0 - 1.0, 1e-12);
    }
    EXPECT_EQ(names, (QStringList{str("bgnbd"), str("mbgnbd"), str("pareto-nbd")}));
    // Published log-likelihoods: BG/NBD -9582.4, MBG/NBD -9582.1, Pareto/NBD -9595.0; MBG/NBD is lowest by AIC.
    EXPECT_EQ(json.value(str("best_by_aic")).toString(), str("mbgnbd"));
    EXPECT_NEAR(models[2].toObject().value(str("log_likelihood")).toDouble(), -9595.0, 0.1);

    const auto both = runLodestar({str("fit"), str("--db"), db(), str("--compare"), str("--model"), str("bgnbd")});
    EXPECT_EQ(both.exitCode, 2);
}

TEST_F(EngineCli, FitWithHoldoutPrintsPredictedAndActual)
{
    const QJsonObject json = runJson({str("fit"), str("--model"), str("bgnbd"), str("--calibration-end"), str("1997-09-30"),
                                      str("--holdout-end"), str("1998-06-30")});
    const QJsonObject holdout = json.value(str("holdout")).toObject();
    EXPECT_NEAR(holdout.value(str("predicted")).toDouble(), 1653.0, 2.0);
    EXPECT_EQ(holdout.value(str("actual")).toDouble(), 1882.0);

    // Issue 17: the weekly tracking adds up to the totals (1,882 actual, about 1,653 predicted), and
    // the calibration-frequency groups hold every calibration customer and the same totals.
    const QJsonArray tracking = holdout.value(str("tracking")).toArray();
    ASSERT_EQ(tracking.size(), 39);
    double actual = 0.0, predicted = 0.0;
    for (const auto &value : tracking) {
        const QJsonObject period = value.toObject();
        actual += period.value(str("actual")).toDouble();
        predicted += period.value(str("predicted")).toDouble();
        EXPECT_GT(period.value(str("predicted")).toDouble(), 0.0);
    }
    EXPECT_EQ(actual, 1882.0);
    EXPECT_NEAR(predicted, holdout.value(str("predicted")).toDouble(), 1e-6);
    EXPECT_EQ(tracking.first().toObject().value(str("period_end")).toString(), str("1997-10-07"));
    EXPECT_EQ(tracking.last().toObject().value(str("period_end")).toString(), str("1998-06-30"));
    double customers = 0.0;
    actual = predicted = 0.0;
    for (const auto &value : holdout.value(str("by_frequency")).toArray()) {
        const QJsonObject group = value.toObject();
        const double n = group.value(str("customers")).toDouble();
        customers += n;
        actual += n * group.value(str("actual_mean")).toDouble();
        predicted += n * group.value(str("predicted_mean")).toDouble();
    }
    EXPECT_EQ(customers, 2357.0);
    EXPECT_NEAR(actual, 1882.0, 1e-6);
    EXPECT_NEAR(predicted, holdout.value(str("predicted")).toDouble(), 1e-6);
}

TEST_F(EngineCli, FitParetoNbdHasItsParameterNames)
{
    const QJsonObject json = runJson({str("fit"), str("--model"), str("pareto-nbd"), str("--calibration-end"), str("1997-09-30")});
    expectKeys(json.value(str("params")).toObject(), {"r", "alpha", "s", "beta"});
}

TEST_F(EngineCli, FitGammaGammaHasItsParameterNames)
{
    const QJsonObject json = runJson({str("fit"), str("--model"), str("gamma-gamma"), str("--calibration-end"), str("1997-09-30")});
    expectKeys(json.value(str("params")).toObject(), {"p", "q", "gamma"});
    EXPECT_EQ(json.value(str("customers")).toInt(), 946);
}

TEST_F(EngineCli, CalibrationEndBeforeFirstPurchaseExitsTwoWithOneLine)
{
    const auto result = runLodestar({str("fit"), str("--db"), db(), str("--model"), str("bgnbd"), str("--calibration-end"), str("1990-01-01")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("before the first purchase")) << result.err.constData();
    int ownLines = 0; // Qt may add its own environment warnings on stderr
    for (const QByteArray &line : result.err.split('\n'))
        ownLines += line.startsWith("lodestar") ? 1 : 0;
    EXPECT_EQ(ownLines, 1) << result.err.constData();
}

TEST_F(EngineCli, UnknownModelExitsTwo)
{
    const auto result = runLodestar({str("fit"), str("--db"), db(), str("--model"), str("nbd")});
    EXPECT_EQ(result.exitCode, 2);
}

TEST_F(EngineCli, ClvJsonHasOneRowPerCustomerWithStableKeys)
{
    const QJsonObject json = runJson({str("clv")});
    EXPECT_TRUE(json.value(str("definition")).toString().startsWith(str("CLV = ")));
    const QJsonArray customers = json.value(str("customers")).toArray();
    ASSERT_EQ(customers.size(), 2357);
    expectKeys(customers.first().toObject(), {"id", "x", "t_x", "T", "p_alive", "expected_purchases", "expected_spend",
                                              "clv", "score", "tier", "rfm_segment"});
}

TEST_F(EngineCli, ClvOptionsOverrideTheDefinitionForOneRun)
{
    const QJsonObject json = runJson({str("clv"), str("--horizon-months"), str("60"), str("--margin"), str("0.5")});
    EXPECT_TRUE(json.value(str("definition")).toString().contains(str("next 5 years")));
    const QJsonObject stored = runJson({str("definition")});
    EXPECT_EQ(stored.value(str("definition")).toObject().value(str("horizon_months")).toInt(), 36);
}

TEST_F(EngineCli, ClvWritesCsvWithHeader)
{
    TempWorkspace scratch;
    const QString csv = scratch.filePath(str("clv.csv"));
    const auto result = runLodestar({str("clv"), str("--db"), db(), str("--out"), csv});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readLine().trimmed(), QByteArray("id,x,t_x,T,p_alive,expected_purchases,expected_spend,clv,score,tier,rfm_segment"));
    int rows = 0;
    while (!file.readLine().isEmpty())
        ++rows;
    EXPECT_EQ(rows, 2357);
}

TEST_F(EngineCli, SegmentsJsonHasStableKeys)
{
    const QJsonObject json = runJson({str("segments"), str("--by"), str("rfm")});
    const QJsonArray segments = json.value(str("segments")).toArray();
    ASSERT_FALSE(segments.isEmpty());
    expectKeys(segments.first().toObject(), {"key", "customers", "revenue", "average_clv", "total_clv", "clv_share",
                                             "average_p_alive", "ltv_cac", "payback_months"});
}

TEST_F(EngineCli, CohortsJsonHasMatricesPerCohort)
{
    const QJsonObject json = runJson({str("cohorts"), str("--period"), str("month")});
    const QJsonArray cohorts = json.value(str("cohorts")).toArray();
    ASSERT_EQ(cohorts.size(), 3); // January to March 1997
    expectKeys(cohorts.first().toObject(), {"cohort", "size", "retention", "retention_on_or_after", "revenue_retention",
                                            "cumulative_revenue_per_customer", "projected_cumulative_revenue_per_customer",
                                            "incomplete"});
}

TEST_F(EngineCli, KpisJsonHasHeadlineWithValuePreviousChange)
{
    const QJsonObject json = runJson({str("kpis"), str("--period"), str("quarter")});
    expectKeys(json, {"headline", "period", "definition", "periods"});
    const QJsonObject headline = json.value(str("headline")).toObject();
    for (const char *key : {"average_clv", "total_clv", "revenue", "active_customers", "retention", "ltv_cac", "at_risk_revenue"})
        expectKeys(headline.value(str(key)).toObject(), {"value", "previous", "change"});
    EXPECT_EQ(json.value(str("period")).toString(), str("1998Q2"));
    EXPECT_EQ(json.value(str("periods")).toArray().size(), 6);
}

TEST(EngineCliErrors, ClvOfWorkspaceWithoutTransactionsExitsTwo)
{
    TempWorkspace workspace;
    ASSERT_TRUE(lodestar::Store::open(workspace.dbPath()));
    const auto result = runLodestar({str("clv"), str("--db"), workspace.dbPath(), str("--json")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("no transactions")) << result.err.constData();
    // Errors as data: --json puts the error on stdout too.
    EXPECT_TRUE(QJsonDocument::fromJson(result.out).object().value(str("error")).toString().contains(str("no transactions")))
        << result.out.constData();
}

TEST(EngineCliErrors, ModelThatDoesNotConvergeExitsTwo)
{
    TempWorkspace workspace;
    QByteArray csv("customer,date,amount\n");
    for (int i = 1; i <= 20; ++i)
        csv += QByteArray("c") + QByteArray::number(i) + ",2024-01-" + QByteArray::number(i).rightJustified(2, '0') + ",10\n";
    const QString file = workspace.writeFile(str("single.csv"), csv);
    ASSERT_EQ(runLodestar({str("import"), str("--db"), workspace.dbPath(), str("--transactions"), file, str("--map"),
                           str("customer_id=customer"), str("--map"), str("date=date"), str("--map"), str("amount=amount")}).exitCode, 0);
    const auto result = runLodestar({str("fit"), str("--db"), workspace.dbPath(), str("--model"), str("bgnbd"), str("--json")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("cannot be used") || result.err.contains("cannot be fitted")) << result.err.constData();
    EXPECT_FALSE(QJsonDocument::fromJson(result.out).object().value(str("reason")).toString().isEmpty()) << result.out.constData();
}

TEST(EngineCliErrors, DefinitionSetsAndPersists)
{
    TempWorkspace workspace;
    const auto set = runLodestar({str("definition"), str("--db"), workspace.dbPath(), str("--horizon-months"), str("60"),
                                  str("--discount-rate"), str("0.08"), str("--method"), str("pareto-nbd-gg")});
    ASSERT_EQ(set.exitCode, 0) << set.err.constData();
    const auto shown = runLodestar({str("definition"), str("--db"), workspace.dbPath(), str("--json")});
    const QJsonObject json = QJsonDocument::fromJson(shown.out).object();
    const QJsonObject definition = json.value(str("definition")).toObject();
    EXPECT_EQ(definition.value(str("horizon_months")).toInt(), 60);
    EXPECT_EQ(definition.value(str("method")).toString(), str("pareto-nbd-gg"));
    EXPECT_TRUE(json.value(str("text")).toString().contains(str("Pareto/NBD")));
}

TEST(EngineCliErrors, DefinitionSetsTierAmountsAndKeepsTheShareKeys)
{
    TempWorkspace workspace;
    const auto set = runLodestar({str("definition"), str("--db"), workspace.dbPath(), str("--high-tier-amount"), str("500"),
                                  str("--medium-tier-amount"), str("100"), str("--json")});
    ASSERT_EQ(set.exitCode, 0) << set.err.constData();
    const QJsonObject json = QJsonDocument::fromJson(set.out).object();
    EXPECT_TRUE(json.value(str("saved")).toBool());
    const QJsonObject definition = json.value(str("definition")).toObject();
    EXPECT_EQ(definition.value(str("tier_cutoff")).toString(), str("amount"));
    EXPECT_EQ(definition.value(str("high_tier_amount")).toDouble(), 500.0);
    EXPECT_EQ(definition.value(str("medium_tier_amount")).toDouble(), 100.0);
    expectKeys(definition, {"high_tier_share", "medium_tier_share"});
    EXPECT_TRUE(json.value(str("text")).toString().contains(str("High: CLV of 500 or more"))) << set.out.constData();
    const auto back = runLodestar({str("definition"), str("--db"), workspace.dbPath(), str("--tier-cutoff"), str("share"),
                                   str("--json")});
    ASSERT_EQ(back.exitCode, 0) << back.err.constData();
    const QJsonObject shares = QJsonDocument::fromJson(back.out).object().value(str("definition")).toObject();
    EXPECT_EQ(shares.value(str("tier_cutoff")).toString(), str("share"));
    EXPECT_EQ(shares.value(str("high_tier_amount")).toDouble(), 500.0);
}

TEST(EngineCliErrors, DefinitionRejectsMediumAmountNotBelowHigh)
{
    TempWorkspace workspace;
    const auto result = runLodestar({str("definition"), str("--db"), workspace.dbPath(), str("--high-tier-amount"),
                                     str("100"), str("--medium-tier-amount"), str("100")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("must be below the High tier cut-off")) << result.err.constData();
}

TEST(EngineCliErrors, DefinitionRejectsUnknownTierCutoffAndMixedCutOffs)
{
    TempWorkspace workspace;
    const auto unknown = runLodestar({str("definition"), str("--db"), workspace.dbPath(), str("--tier-cutoff"), str("rank")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("share or amount")) << unknown.err.constData();
    const auto mixed = runLodestar({str("definition"), str("--db"), workspace.dbPath(), str("--high-tier-share"), str("0.1"),
                                    str("--high-tier-amount"), str("100")});
    EXPECT_EQ(mixed.exitCode, 2);
    EXPECT_TRUE(mixed.err.contains("--tier-cutoff")) << mixed.err.constData();
}

TEST(EngineCliErrors, TierAmountsDecideEveryCustomersTier)
{
    TempWorkspace workspace;
    ASSERT_EQ(runLodestar({str("import"), str("--db"), workspace.dbPath(), str("--transactions"),
                           lodestar::test::testData(str("engine/cdnowElog.csv")), str("--map"), str("customer_id=sampleid"),
                           str("--map"), str("date=date"), str("--map"), str("amount=sales")}).exitCode, 0);
    ASSERT_EQ(runLodestar({str("definition"), str("--db"), workspace.dbPath(), str("--high-tier-amount"), str("40"),
                           str("--medium-tier-amount"), str("10")}).exitCode, 0);
    const auto clv = runLodestar({str("clv"), str("--db"), workspace.dbPath(), str("--json")});
    ASSERT_EQ(clv.exitCode, 0) << clv.err.constData();
    const QJsonArray customers = QJsonDocument::fromJson(clv.out).object().value(str("customers")).toArray();
    ASSERT_FALSE(customers.isEmpty());
    int high = 0;
    for (const QJsonValue &row : customers) {
        const QJsonObject customer = row.toObject();
        if (!customer.value(str("clv")).isDouble())
            continue;
        const double value = customer.value(str("clv")).toDouble();
        const QString expected = value >= 40.0 ? str("High") : value >= 10.0 ? str("Medium") : str("Low");
        EXPECT_EQ(customer.value(str("tier")).toString(), expected) << value;
        high += expected == str("High") ? 1 : 0;
    }
    EXPECT_GT(high, 0);
}

TEST(EngineCliErrors, DefinitionRejectsBadMargin)
{
    TempWorkspace workspace;
    const auto result = runLodestar({str("definition"), str("--db"), workspace.dbPath(), str("--margin"), str("3")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("margin")) << result.err.constData();
}

TEST(EngineCliDemo, DemoCompanyHasChannelLtvToCacAndHeadline)
{
    TempWorkspace workspace;
    const auto demo = runLodestar({str("demo"), str("--db"), workspace.dbPath()});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.constData();
    const auto kpis = runLodestar({str("kpis"), str("--db"), workspace.dbPath(), str("--json")});
    ASSERT_EQ(kpis.exitCode, 0) << kpis.err.constData();
    const QJsonObject headline = QJsonDocument::fromJson(kpis.out).object().value(str("headline")).toObject();
    EXPECT_TRUE(headline.value(str("ltv_cac")).toObject().value(str("value")).isDouble());
    EXPECT_GT(headline.value(str("total_clv")).toObject().value(str("value")).toDouble(), 0.0);
    const auto segments = runLodestar({str("segments"), str("--db"), workspace.dbPath(), str("--by"), str("channel"), str("--json")});
    ASSERT_EQ(segments.exitCode, 0) << segments.err.constData();
    const QJsonArray rows = QJsonDocument::fromJson(segments.out).object().value(str("segments")).toArray();
    ASSERT_FALSE(rows.isEmpty());
    for (const QJsonValue &row : rows)
        EXPECT_TRUE(row.toObject().value(str("ltv_cac")).isDouble()) << qPrintable(row.toObject().value(str("key")).toString());
}
