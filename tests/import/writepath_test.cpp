#include "importfixture.h"

using namespace lodestar;
using lodestar::test::ImportTest;

namespace {

const QByteArray kHeader("customer_id,date,amount,order_id\n");

// Makes the store refuse one amount, as a constraint would, halfway through an import.
void refuseAmount(Store &store, int amount)
{
    QSqlQuery query(store.database());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TRIGGER refuse_amount BEFORE INSERT ON transactions WHEN NEW.amount = %1 "
                                          "BEGIN SELECT RAISE(ABORT, 'amount refused by the test'); END").arg(amount)));
}

// kBulkLoadRows rows over 1,000 customers: more than 4 MiB, so the importer defers the transaction
// indexes (a bulk load). The last row's amount is lastAmount, every other row's 5.
constexpr int kBulkLoadRows = 160000;

QByteArray bulkLoad(int lastAmount = 5)
{
    QByteArray contents = kHeader;
    for (int i = 0; i < kBulkLoadRows; ++i)
        contents += "customer-" + QByteArray::number(i % 1000) + ",2024-01-02," + QByteArray::number(i == kBulkLoadRows - 1 ? lastAmount : 5) + ",\n";
    return contents;
}

} // namespace

TEST_F(ImportTest, Import_StoreFailureNamesTheLineAndChangesNothing)
{
    ASSERT_TRUE(importText(kHeader + "Z,2024-01-01,1,O0\n", {}, QStringLiteral("first.csv")));
    refuseAmount(*m_store, 13);
    const auto report = importText(kHeader + "A,2024-01-02,5,O1\nB,2024-01-03,6,O2\nC,2024-01-04,13,O3\n");
    ASSERT_FALSE(report);
    EXPECT_EQ(m_failure, ImportFailure::StoreFailure);
    EXPECT_EQ(report.errorString(), QStringLiteral("The workspace could not add a transaction."));
    EXPECT_TRUE(report.errorDetail().contains(QStringLiteral("line 4"))) << qPrintable(report.errorDetail());
    EXPECT_TRUE(report.errorDetail().contains(QStringLiteral("amount refused by the test"))) << qPrintable(report.errorDetail());
    EXPECT_EQ(transactions(), 1);
    EXPECT_EQ(customers(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM imports")), 1);
}

TEST_F(ImportTest, Import_StoreFailureInsideABatchNamesItsOwnLine)
{
    refuseAmount(*m_store, 13);
    QByteArray contents = kHeader;
    for (int i = 0; i < 200; ++i)
        contents += "C" + QByteArray::number(i % 7) + ",2024-01-02," + (i == 99 ? "13" : "5") + ",O" + QByteArray::number(i) + '\n';
    const auto report = importText(contents);
    ASSERT_FALSE(report);
    EXPECT_EQ(m_failure, ImportFailure::StoreFailure);
    EXPECT_TRUE(report.errorDetail().startsWith(QStringLiteral("line 101 of the file:"))) << qPrintable(report.errorDetail());
    EXPECT_TRUE(report.errorDetail().contains(QStringLiteral("amount refused by the test"))) << qPrintable(report.errorDetail());
    EXPECT_EQ(transactions(), 0);
}

// A full disk is the user's to fix (exit code 2 on the command line), not a fault of the program.
TEST_F(ImportTest, Import_OnFullDiskFailsAsUnusableInputAndChangesNothing)
{
    ASSERT_TRUE(importText(kHeader + "Z,2024-01-01,1,O0\n", {}, QStringLiteral("first.csv")));
    QSqlQuery query(m_store->database());
    // SQLite reports SQLITE_FULL once the file would outgrow max_page_count, as on a full disk.
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(scalar(QStringLiteral("PRAGMA page_count")) + 4)));
    QByteArray contents = kHeader;
    for (int i = 0; i < 20000; ++i)
        contents += "C" + QByteArray::number(i) + ",2024-01-02,5,O" + QByteArray::number(i + 1) + '\n';
    const auto report = importText(contents);
    ASSERT_FALSE(report);
    EXPECT_EQ(m_failure, ImportFailure::UnusableInput);
    EXPECT_TRUE(report.errorString().contains(QStringLiteral("full"))) << qPrintable(report.errorString());
    EXPECT_EQ(transactions(), 1);
    EXPECT_EQ(customers(), 1);
}

TEST_F(ImportTest, Import_StoreFailureInABulkLoadKeepsTheIndexes)
{
    // Large enough for the importer to defer the transaction indexes, refused on the last row.
    const QByteArray contents = bulkLoad(13);
    ASSERT_GE(contents.size(), 4 << 20);
    const QString countIndexes = QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transactions'");
    const auto indexes = scalar(countIndexes);
    ASSERT_GT(indexes, 0);
    refuseAmount(*m_store, 13);
    ASSERT_FALSE(importText(contents));
    EXPECT_EQ(m_failure, ImportFailure::StoreFailure);
    EXPECT_EQ(transactions(), 0);
    EXPECT_EQ(customers(), 0);
    EXPECT_EQ(scalar(countIndexes), indexes);
}

TEST_F(ImportTest, Import_BulkLoadWithoutForeignKeyChecksStillReferencesValidRows)
{
    // The bulk load switches the per-row foreign-key lookups off: the rows must reference real
    // customers and imports anyway, and the checks must be back on afterwards.
    ASSERT_TRUE(importText(kHeader + "customer-0,2024-01-01,1,\n", {}, QStringLiteral("first.csv")));
    const QByteArray contents = bulkLoad();
    ASSERT_GE(contents.size(), 4 << 20);
    const auto report = importText(contents);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, kBulkLoadRows);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check('transactions')")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check('customers')")), 0);
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(customers(), 1000);
}

TEST_F(ImportTest, Import_FailedBulkLoadTurnsForeignKeyChecksBackOn)
{
    refuseAmount(*m_store, 13);
    ASSERT_FALSE(importText(bulkLoad(13)));
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
}

TEST_F(ImportTest, Import_ReadsPlainNumbersAsTheGeneralParserDoes)
{
    const auto report = importText("customer_id,date,amount,quantity\nA,2024-01-02,12.50,007\nA,2024-01-03,-3,1.5\n"
                                   "A,2024-01-04,\"1,000.25\",2\nA,2024-01-05,1e5,1\nA,2024-01-06,5.,1\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 4);
    EXPECT_EQ(report->counts.rejected, 1);
    EXPECT_DOUBLE_EQ(real(QStringLiteral("SELECT SUM(amount) FROM transactions")), 12.5 - 3 + 1000.25 + 5);
    EXPECT_DOUBLE_EQ(real(QStringLiteral("SELECT SUM(quantity) FROM transactions")), 7 + 1.5 + 2 + 1);
}

TEST_F(ImportTest, Import_StoresOptionalColumnsAsNullWhenAbsent)
{
    ASSERT_TRUE(importText("customer_id,date,amount,order_id,discount,currency\nA,2024-01-02,5,,,\nA,2024-01-03,6,O2,0.5,EUR\n"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE order_id IS NULL AND discount IS NULL "
                                    "AND currency IS NULL AND quantity IS NULL AND cost IS NULL")), 1);
    EXPECT_EQ(text(QStringLiteral("SELECT order_id || '/' || discount || '/' || currency FROM transactions WHERE order_id IS NOT NULL")),
              QStringLiteral("O2/0.5/EUR"));
}

// A file that is not UTF-8 is read as Windows-1252 (issue 12, item 6): the order id is stored as written.
TEST_F(ImportTest, Import_StoresAnOrderIdThatIsNotUtf8AsWritten)
{
    ASSERT_TRUE(importText(kHeader + "A,2024-01-02,5,M\xFC" "ller-1\n"));
    EXPECT_EQ(text(QStringLiteral("SELECT order_id FROM transactions")), QString::fromUtf8("Müller-1"));
    // Re-sent in a later file, the same bytes are recognised as the same order.
    const auto again = importText(kHeader + "A,2024-01-02,5,M\xFC" "ller-1\nA,2024-01-03,6,O2\n", {}, QStringLiteral("later.csv"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->counts.duplicates, 1);
}

TEST_F(ImportTest, Import_NewCustomersRecordTheirImportAndEmptyAttributes)
{
    const auto report = importText(kHeader + "A,2024-01-02,5,O1\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(scalar(QStringLiteral("SELECT import_id FROM customers")), report->importId);
    EXPECT_EQ(text(QStringLiteral("SELECT attributes FROM customers")), QStringLiteral("{}"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE channel IS NULL AND signup_at IS NULL")), 1);
}
