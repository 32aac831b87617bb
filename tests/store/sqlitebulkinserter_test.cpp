#include "testsupport.h"

#include "models/store/sqlitebulkinserter.h"
#include "models/store/store.h"
#include "models/store/transactionguard.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

#include <memory>

using namespace lodestar;
using lodestar::test::TempWorkspace;

namespace {

constexpr std::string_view kInsertCustomer = "INSERT INTO customers (external_id, import_id) VALUES (?, ?)";

class BulkInserterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Store::open(m_workspace.dbPath());
        ASSERT_TRUE(opened) << qPrintable(opened.errorString());
        m_store = std::move(opened).value();
    }

    qint64 customers() const
    {
        QSqlQuery query(m_store->database());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && query.next() ? query.value(0).toLongLong() : -1;
    }

    TempWorkspace m_workspace;
    std::unique_ptr<Store> m_store;
};

} // namespace

TEST_F(BulkInserterTest, BulkInserter_ReturnsTheNewRowIds)
{
    SqliteBulkInserter insert;
    ASSERT_TRUE(insert.prepare(m_store->database(), kInsertCustomer));
    insert.bindText(0, "A");
    insert.bindNull(1);
    const auto first = insert.insert("add a customer");
    insert.bindText(0, "B");
    insert.bindNull(1);
    const auto second = insert.insert("add a customer");
    ASSERT_TRUE(first && second);
    EXPECT_EQ(*second, *first + 1);
    EXPECT_EQ(customers(), 2);
}

TEST_F(BulkInserterTest, BulkInserter_ReportsAConstraintFailureWithSqlitesMessageAndTheStatement)
{
    SqliteBulkInserter insert;
    ASSERT_TRUE(insert.prepare(m_store->database(), kInsertCustomer));
    insert.bindText(0, "A");
    insert.bindNull(1);
    ASSERT_TRUE(insert.insert("add a customer"));
    insert.bindText(0, "A");
    insert.bindNull(1);
    const auto again = insert.insert("add a customer");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.errorString(), QStringLiteral("The workspace could not add a customer."));
    EXPECT_TRUE(again.errorDetail().contains(QStringLiteral("UNIQUE constraint failed: customers.external_id"))) << qPrintable(again.errorDetail());
    EXPECT_TRUE(again.errorDetail().contains(QStringLiteral("INSERT INTO customers"))) << qPrintable(again.errorDetail());
    // The statement is usable again after a failure.
    insert.bindText(0, "B");
    insert.bindNull(1);
    EXPECT_TRUE(insert.insert("add a customer"));
}

TEST_F(BulkInserterTest, BulkInserter_WritesInsideTheCallersTransaction)
{
    {
        TransactionGuard transaction(m_store->database());
        ASSERT_TRUE(transaction.isActive());
        SqliteBulkInserter insert;
        ASSERT_TRUE(insert.prepare(m_store->database(), kInsertCustomer));
        insert.bindText(0, "A");
        insert.bindNull(1);
        ASSERT_TRUE(insert.insert("add a customer"));
        EXPECT_EQ(customers(), 1);
    } // rolled back
    EXPECT_EQ(customers(), 0);
}

TEST_F(BulkInserterTest, BulkInserter_ExistsSaysWhetherAQueryFoundARow)
{
    SqliteBulkInserter insert, find;
    ASSERT_TRUE(insert.prepare(m_store->database(), kInsertCustomer));
    ASSERT_TRUE(find.prepare(m_store->database(), "SELECT 1 FROM customers WHERE external_id = ?"));
    insert.bindText(0, "A");
    insert.bindNull(1);
    ASSERT_TRUE(insert.insert("add a customer"));
    find.bindText(0, "A");
    const auto found = find.exists("look up a customer");
    find.bindText(0, "B");
    const auto missing = find.exists("look up a customer");
    ASSERT_TRUE(found && missing);
    EXPECT_TRUE(*found);
    EXPECT_FALSE(*missing);
}

TEST_F(BulkInserterTest, BulkInserter_ReportsABadBindOnTheNextRun)
{
    SqliteBulkInserter insert;
    ASSERT_TRUE(insert.prepare(m_store->database(), kInsertCustomer));
    insert.bindText(0, "A");
    insert.bindNull(1);
    insert.bindInt(5, 1); // there is no sixth parameter
    const auto inserted = insert.insert("add a customer");
    ASSERT_FALSE(inserted);
    EXPECT_TRUE(inserted.errorDetail().contains(QStringLiteral("range"))) << qPrintable(inserted.errorDetail());
    EXPECT_EQ(customers(), 0);
}

TEST_F(BulkInserterTest, BulkInserter_RefusesBadSqlAndAClosedConnection)
{
    SqliteBulkInserter insert;
    const Status bad = insert.prepare(m_store->database(), "INSERT INTO no_such_table VALUES (?)");
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.errorDetail().contains(QStringLiteral("no_such_table"))) << qPrintable(bad.errorDetail());
    EXPECT_FALSE(insert.insert("add a row"));
    EXPECT_FALSE(SqliteBulkInserter().prepare(QSqlDatabase(), kInsertCustomer));
}
