#include "importfixture.h"

#include "models/demo/demobuilder.h"
#include "models/demo/demogenerator.h"
#include "models/demo/demorandom.h"

#include <QDate>

using namespace lodestar;
using lodestar::test::ImportTest;

namespace {

struct Totals
{
    qint64 customers, transactions, spend, nps;
    double revenue;
};

class DemoTest : public ImportTest
{
protected:
    Totals totals() const
    {
        return {scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")),
                scalar(QStringLiteral("SELECT COUNT(*) FROM marketing_spend")), scalar(QStringLiteral("SELECT COUNT(*) FROM nps_responses")),
                real(QStringLiteral("SELECT TOTAL(amount) FROM transactions"))};
    }
};

// Mean net margin of the demo's purchases in a date range, from the generator's own rows.
double margin(const demo::DemoData &data, int fromDay, int toDay)
{
    double amount = 0.0, cost = 0.0;
    for (const demo::DemoTransaction &t : data.transactions) {
        if (!t.refund && t.day >= fromDay && t.day <= toDay) {
            amount += t.amount;
            cost += t.cost;
        }
    }
    return (amount - cost) / amount;
}

} // namespace

TEST(DemoRandom, SameSeedGivesSameDraws)
{
    demo::DemoRandom a(7), b(7);
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(a.gamma(2.5, 1.0), b.gamma(2.5, 1.0));
}

TEST(DemoRandom, GammaHasItsMean)
{
    demo::DemoRandom random(11);
    double sum = 0.0;
    for (int i = 0; i < 20000; ++i)
        sum += random.gamma(0.7, 3.0);
    EXPECT_NEAR(sum / 20000.0, 2.1, 0.1);
}

TEST(DemoData, IsDeterministic)
{
    const demo::DemoData a = demo::generateDemoData();
    const demo::DemoData b = demo::generateDemoData();
    ASSERT_EQ(a.transactions.size(), b.transactions.size());
    double totalA = 0.0, totalB = 0.0;
    for (std::size_t i = 0; i < a.transactions.size(); ++i) {
        totalA += a.transactions[i].amount;
        totalB += b.transactions[i].amount;
    }
    EXPECT_EQ(totalA, totalB);
}

TEST(DemoData, MarginFallsAsDiscountsRiseInTheLastQuarters)
{
    const demo::DemoData data = demo::generateDemoData();
    const int start2025 = int(QDate(2023, 1, 1).daysTo(QDate(2025, 1, 1)));
    const int q4 = int(QDate(2023, 1, 1).daysTo(QDate(2025, 10, 1)));
    EXPECT_GT(margin(data, 0, start2025 - 1), margin(data, q4, 1095) + 0.05);
}

TEST_F(DemoTest, Demo_BuildsTheSameWorkspaceTwice)
{
    ASSERT_TRUE(demo::buildDemoWorkspace(*m_store));
    const Totals first = totals();

    lodestar::test::TempWorkspace other;
    auto second = Store::open(other.dbPath());
    ASSERT_TRUE(second);
    ASSERT_TRUE(demo::buildDemoWorkspace(**second));
    m_store = std::move(second).value();
    const Totals again = totals();
    EXPECT_EQ(first.customers, again.customers);
    EXPECT_EQ(first.transactions, again.transactions);
    EXPECT_EQ(first.spend, again.spend);
    EXPECT_EQ(first.nps, again.nps);
    EXPECT_DOUBLE_EQ(first.revenue, again.revenue);
}

TEST_F(DemoTest, Demo_HasTheShapeOfABelievableCompany)
{
    const auto reports = demo::buildDemoWorkspace(*m_store);
    ASSERT_TRUE(reports) << qPrintable(reports.errorString());
    for (const ImportReport &report : *reports)
        EXPECT_EQ(report.counts.rejected, 0) << qPrintable(kindName(report.kind));
    EXPECT_NEAR(double(customers()), 5000.0, 1.0);
    EXPECT_GT(transactions(), 10000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(DISTINCT channel) FROM customers")), 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(DISTINCT region) FROM customers")), 4);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(DISTINCT plan) FROM customers")), 3);
    EXPECT_GT(scalar(QStringLiteral("SELECT COUNT(*) FROM marketing_spend")), 100);
    EXPECT_GT(scalar(QStringLiteral("SELECT COUNT(*) FROM nps_responses")), 1000);
    EXPECT_GT(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE amount < 0")), 100);
    EXPECT_LE(scalar(QStringLiteral("SELECT MAX(occurred_at) FROM transactions")), daysFromCivil(2025, 12, 31) * 86400);
    EXPECT_GE(scalar(QStringLiteral("SELECT MIN(occurred_at) FROM transactions")), daysFromCivil(2023, 1, 1) * 86400);
}

TEST_F(DemoTest, Demo_SocialReturnsLessThanItCosts)
{
    ASSERT_TRUE(demo::buildDemoWorkspace(*m_store));
    // Gross profit per customer against acquisition cost, per channel, over the three years.
    const auto ratio = [this](const char *channel) {
        return real(QStringLiteral("SELECT (SELECT TOTAL(t.amount - COALESCE(t.cost, 0)) FROM transactions t JOIN customers c "
                                   "ON c.id = t.customer_id WHERE c.channel = '%1') / "
                                   "(SELECT TOTAL(acquisition_cost) FROM customers WHERE channel = '%1')").arg(QLatin1String(channel)));
    };
    EXPECT_LT(ratio("Social"), 1.0);
    EXPECT_GT(ratio("Referral"), 1.0);
    EXPECT_GT(ratio("Organic"), 1.0);
}

TEST_F(DemoTest, Demo_NewestCohortsRepeatLess)
{
    ASSERT_TRUE(demo::buildDemoWorkspace(*m_store));
    // Share of customers with a second purchase within 180 days of signup, by signup year.
    const auto repeatShare = [this](int year) {
        return real(QStringLiteral(
            "SELECT AVG(EXISTS (SELECT 1 FROM transactions t WHERE t.customer_id = c.id AND t.amount > 0 "
            "AND t.occurred_at > c.signup_at AND t.occurred_at <= c.signup_at + 180 * 86400)) FROM customers c "
            "WHERE strftime('%Y', c.signup_at, 'unixepoch') = '%1' AND c.signup_at < %2")
                        .arg(year).arg(daysFromCivil(2025, 7, 1) * 86400));
    };
    EXPECT_LT(repeatShare(2025), repeatShare(2023));
    EXPECT_LT(repeatShare(2025), repeatShare(2024));
}

// A failure while the demo is imported (a full disk, here a trigger that refuses the NPS rows, the
// last file) leaves nothing: not 5,000 customers without their transactions (issue 12, item 11).
TEST_F(DemoTest, Demo_IsAllOrNothing)
{
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_nps BEFORE INSERT ON nps_responses "
                                          "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
    const auto reports = demo::buildDemoWorkspace(*m_store);
    ASSERT_FALSE(reports);
    const Totals after = totals();
    EXPECT_EQ(after.customers, 0);
    EXPECT_EQ(after.transactions, 0);
    EXPECT_EQ(after.spend, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM imports")), 0);

    ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER refuse_nps")));
    ASSERT_TRUE(demo::buildDemoWorkspace(*m_store)) << "a second run finds the workspace empty";
    EXPECT_GT(totals().transactions, 0);
}
