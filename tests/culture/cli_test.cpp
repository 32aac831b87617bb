#include "cultureworkspace.h"
#include "testsupport.h"

#include "models/culture/culturedemo.h"
#include "models/store/assessmentrepository.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lodestar;
using lodestar::test::TempWorkspace;
using lodestar::test::runLodestar;

namespace {

// One seeded workspace for all CLI tests: valuing customers is the slow part.
class CultureCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_workspace = new TempWorkspace;
        auto store = Store::open(s_workspace->dbPath());
        ASSERT_TRUE(store);
        ASSERT_TRUE(test::writeCultureWorkspace(**store));
        ASSERT_TRUE(seedCultureDemo(**store));
    }
    static void TearDownTestSuite()
    {
        delete s_workspace;
        s_workspace = nullptr;
    }

    static QJsonObject json(const QString &command, QStringList extra = {})
    {
        const auto result = runLodestar(QStringList{command, QStringLiteral("--db"), s_workspace->dbPath(), QStringLiteral("--json")} + extra);
        EXPECT_EQ(result.exitCode, 0) << result.err.constData();
        return QJsonDocument::fromJson(result.out).object();
    }

    static QString db() { return s_workspace->dbPath(); }

    static TempWorkspace *s_workspace;
};

TempWorkspace *CultureCli::s_workspace = nullptr;

} // namespace

TEST_F(CultureCli, MatrixJsonHasSixCapabilitiesWithFourQuartersOfTrend)
{
    const QJsonObject matrix = json(QStringLiteral("matrix"));
    EXPECT_EQ(matrix.value(QStringLiteral("quarter")).toString(), QStringLiteral("2025Q4"));
    const QJsonArray rows = matrix.value(QStringLiteral("capabilities")).toArray();
    ASSERT_EQ(rows.size(), 6);
    const QJsonObject first = rows.at(0).toObject();
    for (const char *key : {"name", "from", "to", "owner", "kpi", "level", "target", "gap", "kpi_value", "trend"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_EQ(first.value(QStringLiteral("trend")).toArray().size(), 4);
    EXPECT_EQ(first.value(QStringLiteral("level")).toInt(), 4);
    EXPECT_EQ(first.value(QStringLiteral("gap")).toInt(), 1);
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("kpi_value")).toDouble(), 1.0); // definition set, 5 of 5 surfaces
}

TEST_F(CultureCli, MatrixOfAnEarlierQuarterShowsThatQuarter)
{
    const QJsonObject matrix = json(QStringLiteral("matrix"), {QStringLiteral("--quarter"), QStringLiteral("2025Q2")});
    const QJsonObject first = matrix.value(QStringLiteral("capabilities")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("level")).toInt(), 3);
    EXPECT_EQ(first.value(QStringLiteral("trend")).toArray().size(), 2);
}

TEST_F(CultureCli, ScorecardJsonListsFinancialAndCustomerIndicators)
{
    const QJsonObject card = json(QStringLiteral("scorecard"));
    for (const char *side : {"financial", "customer"}) {
        const QJsonArray rows = card.value(QLatin1String(side)).toArray();
        ASSERT_FALSE(rows.isEmpty()) << side;
        for (const char *key : {"name", "target", "actual", "trend", "status"})
            EXPECT_TRUE(rows.at(0).toObject().contains(QLatin1String(key))) << side << key;
    }
}

TEST_F(CultureCli, GuardrailsFlagTheCostlyChannelAndDiscountErosion)
{
    const QJsonArray warnings = json(QStringLiteral("guardrails")).value(QStringLiteral("warnings")).toArray();
    QStringList rules;
    for (const QJsonValue &warning : warnings) {
        rules << warning.toObject().value(QStringLiteral("rule")).toString();
        EXPECT_FALSE(warning.toObject().value(QStringLiteral("values")).toObject().isEmpty());
    }
    EXPECT_TRUE(rules.contains(QStringLiteral("channel-ltv-cac"))) << qPrintable(rules.join(QLatin1Char(',')));
    EXPECT_TRUE(rules.contains(QStringLiteral("discount-erosion"))) << qPrintable(rules.join(QLatin1Char(',')));
}

TEST_F(CultureCli, ChannelsJsonHasNetValuePerChannel)
{
    const QJsonArray channels = json(QStringLiteral("channels")).value(QStringLiteral("channels")).toArray();
    ASSERT_EQ(channels.size(), 3);
    for (const char *key : {"channel", "customers", "cac", "average_clv", "ltv_to_cac", "payback_months", "net_value"})
        EXPECT_TRUE(channels.at(0).toObject().contains(QLatin1String(key))) << key;
}

TEST_F(CultureCli, GoalsJsonGroupsGoalsByTeamWithTheirDriver)
{
    const QJsonArray teams = json(QStringLiteral("goals")).value(QStringLiteral("teams")).toArray();
    ASSERT_EQ(teams.size(), 4);
    const QJsonArray marketing = teams.at(0).toObject().value(QStringLiteral("goals")).toArray();
    ASSERT_FALSE(marketing.isEmpty());
    EXPECT_FALSE(marketing.at(0).toObject().value(QStringLiteral("driver")).toString().isEmpty());
    EXPECT_TRUE(marketing.at(0).toObject().value(QStringLiteral("computed")).toBool());
}

TEST_F(CultureCli, ExperimentsJsonCarriesAnIntervalForIncrementalClv)
{
    const QJsonArray experiments = json(QStringLiteral("experiments")).value(QStringLiteral("experiments")).toArray();
    ASSERT_EQ(experiments.size(), 1);
    const QJsonObject clv = experiments.at(0).toObject().value(QStringLiteral("incremental_clv")).toObject();
    EXPECT_LE(clv.value(QStringLiteral("low")).toDouble(), clv.value(QStringLiteral("high")).toDouble());
}

TEST(CultureCliUsage, MatrixSetRecordsAnAssessmentAndRejectsBadLevels)
{
    TempWorkspace workspace;
    ASSERT_TRUE(Store::open(workspace.dbPath()));
    const QStringList base{QStringLiteral("matrix"), QStringLiteral("set"), QStringLiteral("--db"), workspace.dbPath(),
                           QStringLiteral("--capability"), QStringLiteral("dashboards"), QStringLiteral("--quarter"), QStringLiteral("2025Q4")};
    const auto bad = runLodestar(base + QStringList{QStringLiteral("--level"), QStringLiteral("7")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("lodestar matrix: --level")) << bad.err.constData();
    const auto good = runLodestar(base + QStringList{QStringLiteral("--level"), QStringLiteral("3"), QStringLiteral("--target"), QStringLiteral("4"),
                                                     QStringLiteral("--owner"), QStringLiteral("Mia")});
    ASSERT_EQ(good.exitCode, 0) << good.err.constData();
    auto store = Store::open(workspace.dbPath());
    const auto saved = AssessmentRepository(**store).list();
    ASSERT_EQ(saved->size(), 1u);
    EXPECT_EQ(saved->front().owner, QStringLiteral("Mia"));
}

TEST(CultureCliUsage, UnknownCapabilityOrQuarterExitsTwo)
{
    TempWorkspace workspace;
    ASSERT_TRUE(Store::open(workspace.dbPath()));
    EXPECT_EQ(runLodestar({QStringLiteral("matrix"), QStringLiteral("set"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--capability"),
                           QStringLiteral("vibes"), QStringLiteral("--quarter"), QStringLiteral("2025Q4"), QStringLiteral("--level"), QStringLiteral("2")}).exitCode, 2);
    EXPECT_EQ(runLodestar({QStringLiteral("matrix"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--quarter"), QStringLiteral("Q4")}).exitCode, 2);
    EXPECT_EQ(runLodestar({QStringLiteral("guardrails"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--set"), QStringLiteral("nope=1")}).exitCode, 2);
}

TEST(CultureCliUsage, ThresholdOutsideItsRangeExitsTwoAndIsNotStored)
{
    TempWorkspace workspace;
    ASSERT_TRUE(Store::open(workspace.dbPath()));
    const auto refused = runLodestar({QStringLiteral("guardrails"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--set"),
                                      QStringLiteral("max_payback_months=-6")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains("max_payback_months")) << refused.err.constData();
    const auto listed = runLodestar({QStringLiteral("guardrails"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--list-settings")});
    EXPECT_TRUE(listed.out.contains("max_payback_months = 12")) << listed.out.constData();
}

TEST(CultureCliUsage, ExperimentArmByTierAndByListFile)
{
    TempWorkspace workspace;
    {
        auto store = Store::open(workspace.dbPath());
        ASSERT_TRUE(test::writeCultureWorkspace(**store));
    }
    const QString list = workspace.writeFile(QStringLiteral("control.csv"), "customer_id\nC0001\nC0002\nC0004\n");
    const auto added = runLodestar({QStringLiteral("experiments"), QStringLiteral("add"), QStringLiteral("--db"), workspace.dbPath(),
                                    QStringLiteral("--name"), QStringLiteral("Perks for the best"), QStringLiteral("--from"), QStringLiteral("2025-07-01"),
                                    QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--treatment"), QStringLiteral("tier=High"),
                                    QStringLiteral("--control-file"), list});
    ASSERT_EQ(added.exitCode, 0) << added.err.constData();
    const auto shown = runLodestar({QStringLiteral("experiments"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.constData();
    const QJsonArray experiments = QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("experiments")).toArray();
    ASSERT_EQ(experiments.size(), 1);
    EXPECT_TRUE(shown.out.contains("Perks for the best"));
}

TEST(CultureCliUsage, EmptyWorkspaceStillPrintsTheMatrix)
{
    TempWorkspace workspace;
    ASSERT_TRUE(Store::open(workspace.dbPath()));
    const auto result = runLodestar({QStringLiteral("matrix"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("capabilities")).toArray().size(), 6);
}
