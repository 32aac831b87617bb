#include "testsupport.h"

#include "models/engine/dataset.h"
#include "models/store/datasetreader.h"
#include "models/store/schema.h"
#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace lodestar;
using lodestar::test::TempWorkspace;

namespace {

QString pragma(const Store &store, const QString &name)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("PRAGMA ") + name);
    return query.next() ? query.value(0).toString() : QString();
}

// Customers and transactions need an import to belong to; runs each statement after adding one.
void insertRows(const Store &store, const QStringList &statements)
{
    QSqlQuery query(store.database());
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO imports (id, kind, file_name, content_hash, imported_at, mapping) "
                                          "VALUES (1, 'transactions', 'f.csv', 'h', 0, '{}')")))
        << qPrintable(query.lastError().text());
    for (const QString &statement : statements)
        ASSERT_TRUE(query.exec(statement)) << qPrintable(statement) << ": " << qPrintable(query.lastError().text());
}

} // namespace

TEST(Store, CreatesSchemaAtCurrentVersion)
{
    TempWorkspace workspace;
    auto store = Store::open(workspace.dbPath());
    ASSERT_TRUE(store) << qPrintable(store.errorString());
    EXPECT_EQ((*store)->schemaVersion(), Store::currentSchemaVersion());
    QSqlQuery tables((*store)->database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const char *expected : {"customers", "transactions", "imports", "import_rejects", "marketing_spend", "nps_responses", "clv_definition"})
        EXPECT_TRUE(names.contains(QString::fromLatin1(expected))) << expected;
}

TEST(Store, TurnsOnForeignKeysAndWal)
{
    TempWorkspace workspace;
    auto store = Store::open(workspace.dbPath());
    ASSERT_TRUE(store);
    EXPECT_EQ(pragma(**store, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(pragma(**store, QStringLiteral("journal_mode")), QStringLiteral("wal"));
}

TEST(Store, MigratesAWorkspaceOfTheFirstSchemaForward)
{
    TempWorkspace workspace;
    {
        // Build a workspace exactly as the first release wrote it, with one customer in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-v1"));
        db.setDatabaseName(workspace.dbPath());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : schemaMigrations().constFirst().statements)
            ASSERT_TRUE(query.exec(statement)) << qPrintable(statement);
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO customers (external_id) VALUES ('C-1')")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-v1"));

    auto store = Store::open(workspace.dbPath());
    ASSERT_TRUE(store) << qPrintable(store.errorString()) << qPrintable(store.errorDetail());
    EXPECT_EQ((*store)->schemaVersion(), Store::currentSchemaVersion());
    QSqlQuery query((*store)->database());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM clv_definition")));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT external_id FROM customers")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("C-1"));
}

TEST(Store, RefusesWorkspaceFromNewerVersion)
{
    TempWorkspace workspace;
    {
        auto store = Store::open(workspace.dbPath());
        ASSERT_TRUE(store);
        QSqlQuery query((*store)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    auto store = Store::open(workspace.dbPath());
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("newer Lodestar")));
}

TEST(Store, RefusesFileThatIsNotSqlite)
{
    TempWorkspace workspace;
    const QString path = workspace.writeFile(QStringLiteral("notes.lodestar"), "customer,date\n1,2020-01-01\n");
    auto store = Store::open(path);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("not a Lodestar workspace")));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("customer,date\n1,2020-01-01\n"));
}

TEST(Store, ReportsUnwritableFolder)
{
    auto store = Store::open(QStringLiteral("/proc/lodestar/workspace.lodestar"));
    ASSERT_FALSE(store);
    EXPECT_FALSE(store.errorString().isEmpty());
}

TEST(Store, DatasetListsEachCustomersTransactionsOldestFirstTiesAsStored)
{
    TempWorkspace workspace;
    auto store = Store::open(workspace.dbPath());
    ASSERT_TRUE(store);
    // Stored out of order: customer 7 before 3, later days before earlier ones, and two rows of
    // customer 3 on the same day whose stored order must survive.
    insertRows(**store, {QStringLiteral("INSERT INTO customers (id, external_id, import_id) VALUES (7, 'B', 1), (3, 'A', 1)"),
                         QStringLiteral("INSERT INTO transactions (customer_id, occurred_at, amount, import_id) VALUES "
                                        "(7, 300, 1, 1), (3, 200, 2, 1), (7, 100, 3, 1), (3, 200, 4, 1), (3, 50, 5, 1), (3, 200, 6, 1)")});
    const auto data = readDataset(**store);
    ASSERT_TRUE(data) << qPrintable(data.errorString());
    std::vector<double> amounts;
    for (const TransactionRecord &row : data->transactions)
        amounts.push_back(row.amount);
    EXPECT_EQ(amounts, (std::vector<double>{5, 2, 4, 6, 3, 1}));
    EXPECT_EQ(data->customers.at(std::size_t(data->transactions.front().customer)).externalId, QStringLiteral("A"));
}

TEST(Store, KeepsNoIndexOfTransactionsByCustomer)
{
    TempWorkspace workspace;
    auto store = Store::open(workspace.dbPath());
    ASSERT_TRUE(store);
    QSqlQuery query((*store)->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transactions'")));
    QStringList indexes;
    while (query.next())
        indexes << query.value(0).toString();
    EXPECT_EQ(indexes, QStringList{QStringLiteral("transactions_by_order")});
}

TEST(Store, DatasetMapsSparseCustomerIdsToTheirCustomers)
{
    TempWorkspace workspace;
    auto store = Store::open(workspace.dbPath());
    ASSERT_TRUE(store);
    // Row ids far apart (a workspace edited by hand): the reader cannot use a flat table here.
    insertRows(**store, {QStringLiteral("INSERT INTO customers (id, external_id, import_id) VALUES (2, 'near', 1), (5000000000, 'far', 1)"),
                         QStringLiteral("INSERT INTO transactions (customer_id, occurred_at, amount, import_id) VALUES "
                                        "(5000000000, 10, 1, 1), (2, 20, 2, 1)")});
    const auto data = readDataset(**store);
    ASSERT_TRUE(data) << qPrintable(data.errorString());
    ASSERT_EQ(data->transactions.size(), 2u);
    for (const TransactionRecord &row : data->transactions) {
        const QString expected = row.amount == 1 ? QStringLiteral("far") : QStringLiteral("near");
        EXPECT_EQ(data->customers.at(std::size_t(row.customer)).externalId, expected);
    }
}
