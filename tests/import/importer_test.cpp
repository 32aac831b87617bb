#include "importfixture.h"

#include "models/import/dateparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

using namespace lodestar;
using lodestar::test::ImportTest;

namespace {

QByteArray manyRows(int count)
{
    QByteArray contents("customer_id,date,amount,order_id\n");
    for (int i = 0; i < count; ++i)
        contents += QByteArray::number(i % 97) + ",2024-01-02," + QByteArray::number(i % 50 + 1) + ",O" + QByteArray::number(i) + '\n';
    return contents;
}

} // namespace

TEST_F(ImportTest, Import_DetectsDayFirstDatesFromTheData)
{
    const auto report = importText("customer_id,date,amount\nA,01/02/2024,5\nB,25/02/2024,6\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->dateOrder, QStringLiteral("d/M/yyyy"));
    EXPECT_TRUE(report->dateOrderDetected);
    EXPECT_EQ(scalar(QStringLiteral("SELECT MIN(occurred_at) FROM transactions")), daysFromCivil(2024, 2, 1) * 86400);
}

TEST_F(ImportTest, Import_DetectsMonthFirstDatesFromTheData)
{
    const auto report = importText("customer_id,date,amount\nA,01/02/2024,5\nB,12/25/2024,6\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->dateOrder, QStringLiteral("M/d/yyyy"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT MIN(occurred_at) FROM transactions")), daysFromCivil(2024, 1, 2) * 86400);
}

TEST_F(ImportTest, Import_ReportsAmbiguousDatesAsAssumed)
{
    const auto report = importText("customer_id,date,amount\nA,01/02/2024,5\n");
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->dateOrderAmbiguous);
    EXPECT_FALSE(report->dateOrderDetected);
}

TEST_F(ImportTest, Import_ExplicitDateFormatOverridesDetection)
{
    ImportOptions options;
    options.dateOrder = DayMonthOrder::DayFirst;
    const auto report = importText("customer_id,date,amount\nA,01/02/2024,5\n", options);
    ASSERT_TRUE(report);
    EXPECT_EQ(scalar(QStringLiteral("SELECT occurred_at FROM transactions")), daysFromCivil(2024, 2, 1) * 86400);
}

TEST_F(ImportTest, Import_ReadsNumberFormatsAndKeepsRefundsNegative)
{
    const auto report = importText("customer_id;date;amount\nA;2024-01-02;\"1.234,50\"\nA;2024-01-03;\xE2\x82\xAC 10,00\nA;2024-01-04;-4,50\n");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 3);
    EXPECT_DOUBLE_EQ(real(QStringLiteral("SELECT SUM(amount) FROM transactions")), 1240.0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE amount < 0")), 1);
    EXPECT_EQ(text(QStringLiteral("SELECT currency FROM transactions WHERE currency IS NOT NULL")), QStringLiteral("EUR"));
}

TEST_F(ImportTest, Import_CreatesCustomerForUnknownTransactionCustomer)
{
    const auto report = importText("customer_id,date,amount\nA,2024-01-02,5\nA,2024-01-03,5\nB,2024-01-04,5\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(customers(), 2);
    EXPECT_EQ(report->customersCreated, 2);
}

TEST_F(ImportTest, Import_CustomersFileKeepsOtherColumnsAsAttributes)
{
    const auto report = importText("customer_id,signup_date,channel,region,plan,acquisition_cost,company_size\n"
                                   "A,2024-01-02,Social,EMEA,Pro,120.5,51-200\n",
                                   kind(ImportKind::Customers));
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(text(QStringLiteral("SELECT channel || '/' || region || '/' || plan FROM customers")), QStringLiteral("Social/EMEA/Pro"));
    EXPECT_DOUBLE_EQ(real(QStringLiteral("SELECT acquisition_cost FROM customers")), 120.5);
    const QJsonObject attributes = QJsonDocument::fromJson(text(QStringLiteral("SELECT attributes FROM customers")).toUtf8()).object();
    EXPECT_EQ(attributes.value(QStringLiteral("company_size")).toString(), QStringLiteral("51-200"));
}

TEST_F(ImportTest, Import_CustomersFileUpdatesExistingCustomers)
{
    ASSERT_TRUE(importText("customer_id,date,amount\nA,2024-01-02,5\n"));
    const auto report = importText("customer_id,channel,tier_note\nA,Referral,gold\n", kind(ImportKind::Customers),
                                   QStringLiteral("customers.csv"));
    ASSERT_TRUE(report);
    EXPECT_EQ(customers(), 1);
    EXPECT_EQ(text(QStringLiteral("SELECT channel FROM customers")), QStringLiteral("Referral"));
    EXPECT_TRUE(text(QStringLiteral("SELECT attributes FROM customers")).contains(QStringLiteral("gold")));
}

TEST_F(ImportTest, Import_StoresSpendAndNps)
{
    ASSERT_TRUE(importText("month,channel,amount\n2024-01,Social,\"1,500.00\"\n2024-02,Organic,200\n", kind(ImportKind::Spend)));
    ASSERT_TRUE(importText("customer_id,date,score\nA,2024-01-02,9\n", kind(ImportKind::Nps), QStringLiteral("nps.csv")));
    EXPECT_DOUBLE_EQ(real(QStringLiteral("SELECT SUM(amount) FROM marketing_spend")), 1700.0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT score FROM nps_responses")), 9);
    EXPECT_EQ(customers(), 1);
}

TEST_F(ImportTest, Import_CancelHalfwayChangesNothing)
{
    ASSERT_TRUE(importText("customer_id,date,amount\nZ,2024-01-02,5\n", {}, QStringLiteral("first.csv")));
    const qint64 before = transactions();
    bool cancelledHalfway = false;
    CallbackProgress progress([&](qint64 position, qint64 total) {
        cancelledHalfway = position > 0 && position * 2 >= total;
        return !cancelledHalfway;
    });
    m_progress = &progress;
    const auto report = importText(manyRows(50000), {}, QStringLiteral("big.csv"));
    ASSERT_FALSE(report);
    EXPECT_TRUE(cancelledHalfway);
    EXPECT_EQ(m_failure, ImportFailure::Cancelled);
    EXPECT_EQ(transactions(), before);
    EXPECT_EQ(customers(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM imports")), 1);
}

TEST_F(ImportTest, Import_ReportsProgressUpToTheFileSize)
{
    qint64 last = 0, total = -1;
    CallbackProgress progress([&](qint64 position, qint64 size) { last = position; total = size; return true; });
    m_progress = &progress;
    ASSERT_TRUE(importText(manyRows(10000)));
    EXPECT_GT(total, 0);
    EXPECT_EQ(last, total);
}

TEST_F(ImportTest, Import_ReimportOfSameFileAddsNothing)
{
    const QByteArray contents("customer_id,date,amount\nA,2024-01-02,5\nB,2024-01-03,6\n");
    ASSERT_TRUE(importText(contents));
    const auto again = importText(contents, {}, QStringLiteral("copy.csv"));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->alreadyImported);
    EXPECT_EQ(again->counts.imported, 0);
    EXPECT_EQ(again->counts.duplicates, 2);
    EXPECT_EQ(transactions(), 2);
}

TEST_F(ImportTest, Import_SkipsOrderIdsStoredByEarlierImport)
{
    ASSERT_TRUE(importText("customer_id,date,amount,order_id\nA,2024-01-02,5,O1\nA,2024-01-03,6,O2\n"));
    const auto report = importText("customer_id,date,amount,order_id\nA,2024-01-03,6,O2\nB,2024-01-04,7,O3\n", {},
                                   QStringLiteral("later.csv"));
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.duplicates, 1);
    EXPECT_EQ(report->counts.imported, 1);
    EXPECT_EQ(transactions(), 3);
}

TEST_F(ImportTest, Import_KeepsLineItemsSharingAnOrderIdInOneFile)
{
    const auto report = importText("customer_id,date,amount,order_id\nA,2024-01-02,5,O1\nA,2024-01-02,6,O1\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 2);
    EXPECT_EQ(report->counts.duplicates, 0);
}

TEST_F(ImportTest, Import_RunsOnWorkerThreadWithItsOwnStore)
{
    const QString path = m_workspace.writeFile(QStringLiteral("worker.csv"), "customer_id,date,amount\nA,2024-01-02,5\n");
    const QString dbPath = m_workspace.dbPath();
    auto future = QtConcurrent::run([path, dbPath]() -> qint64 {
        auto store = Store::open(dbPath);
        if (!store)
            return -1;
        ImportOptions options;
        options.path = path;
        const auto report = Importer(**store).run(options);
        return report ? report->counts.imported : -1;
    });
    EXPECT_EQ(future.result(), 1);
    EXPECT_EQ(transactions(), 1);
}
