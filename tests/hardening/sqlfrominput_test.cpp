// No SQL from input (issue 8): column names, values and file names full of quotes, semicolons and
// SQL keywords are stored verbatim, and nothing in the workspace runs them.
#include "testsupport.h"
#include "workspaceprobe.h"

#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace lodestar::test;

namespace {

const QStringList kHostile{
    QStringLiteral("Robert'); DROP TABLE customers;--"),
    QStringLiteral("x\" OR \"1\"=\"1"),
    QStringLiteral("'; DELETE FROM transactions WHERE '1'='1"),
    QStringLiteral("1; ATTACH DATABASE '/tmp/pwned.db' AS p; --"),
    QStringLiteral("SELECT * FROM imports"),
    QStringLiteral("%s%n\\x00 ' ; -- /* */"),
};

QByteArray csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return (QLatin1Char('"') + quoted + QLatin1Char('"')).toUtf8();
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(sql)) << qPrintable(sql);
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

TEST(SqlFromInput, Import_StoresHostileNamesAndValuesVerbatim)
{
    TempWorkspace workspace;
    // Customers: hostile ids and hostile extra column names (stored as attribute keys).
    QByteArray customers = "customer_id,channel";
    for (const QString &name : kHostile)
        customers += ',' + csvField(name);
    customers += '\n';
    for (int i = 0; i < kHostile.size(); ++i) {
        customers += csvField(kHostile.at(i)) + ',' + csvField(kHostile.at((i + 1) % kHostile.size()));
        for (int j = 0; j < kHostile.size(); ++j)
            customers += ',' + csvField(kHostile.at((i + j) % kHostile.size()));
        customers += '\n';
    }
    // Transactions: hostile customer and order ids, and one hostile amount that must be rejected.
    QByteArray transactions = "customer_id,date,amount,order_id\n";
    for (int i = 0; i < kHostile.size(); ++i)
        transactions += csvField(kHostile.at(i)) + ",2024-01-0" + QByteArray::number(i + 1) + ",1," + csvField(kHostile.at(i)) + '\n';
    transactions += "c,2024-02-01," + csvField(kHostile.at(2)) + ",o\n";

    const QString customersFile = workspace.writeFile(QStringLiteral("it's; DROP TABLE imports; --.csv"), customers);
    const QString transactionsFile = workspace.writeFile(QStringLiteral("\"); DELETE FROM customers; --.csv"), transactions);
    const auto result = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), workspace.dbPath(),
                                     QStringLiteral("--customers"), customersFile,
                                     QStringLiteral("--transactions"), transactionsFile});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();

    EXPECT_EQ(integrityCheck(workspace.dbPath()), QStringLiteral("ok"));
    auto store = lodestar::Store::open(workspace.dbPath(), lodestar::Store::Mode::ReadOnly);
    ASSERT_TRUE(store) << qPrintable(store.errorString());
    const QSqlDatabase db = (*store)->database();

    // Every table is still there and nothing was attached.
    const QStringList tables = column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    for (const char *table : {"customers", "transactions", "imports", "import_rejects"})
        EXPECT_TRUE(tables.contains(QString::fromLatin1(table))) << table;
    EXPECT_EQ(column(db, QStringLiteral("PRAGMA database_list")).size(), 1);

    const QSet<QString> hostile(kHostile.begin(), kHostile.end());
    const QStringList ids = column(db, QStringLiteral("SELECT external_id FROM customers"));
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()), hostile); // "c" had only the rejected row
    const QStringList orders = column(db, QStringLiteral("SELECT order_id FROM transactions"));
    EXPECT_EQ(QSet<QString>(orders.begin(), orders.end()), hostile);
    const QStringList channels = column(db, QStringLiteral("SELECT channel FROM customers WHERE channel IS NOT NULL"));
    EXPECT_EQ(QSet<QString>(channels.begin(), channels.end()), hostile);

    // The extra columns: hostile keys with hostile values, exactly as in the file.
    QSqlQuery attributes(db);
    ASSERT_TRUE(attributes.exec(QStringLiteral("SELECT external_id, attributes FROM customers WHERE external_id <> 'c'")));
    int checked = 0;
    while (attributes.next()) {
        const int i = int(kHostile.indexOf(attributes.value(0).toString()));
        ASSERT_GE(i, 0);
        const QJsonObject object = QJsonDocument::fromJson(attributes.value(1).toString().toUtf8()).object();
        ASSERT_EQ(object.size(), kHostile.size()) << qPrintable(attributes.value(1).toString());
        for (int j = 0; j < kHostile.size(); ++j)
            EXPECT_EQ(object.value(kHostile.at(j)).toString(), kHostile.at((i + j) % kHostile.size()));
        ++checked;
    }
    EXPECT_EQ(checked, kHostile.size());

    const QStringList files = column(db, QStringLiteral("SELECT file_name FROM imports ORDER BY id"));
    EXPECT_EQ(files, (QStringList{QStringLiteral("it's; DROP TABLE imports; --.csv"),
                                  QStringLiteral("\"); DELETE FROM customers; --.csv")}));
    EXPECT_EQ(column(db, QStringLiteral("SELECT raw_value FROM import_rejects")), QStringList{kHostile.at(2)});
    EXPECT_EQ(column(db, QStringLiteral("SELECT COUNT(*) FROM transactions")), QStringList{QStringLiteral("6")});
}

TEST(SqlFromInput, Import_MapsHostileColumnNamesGivenOnTheCommandLine)
{
    TempWorkspace workspace;
    const QString who = QStringLiteral("who'; DROP TABLE transactions; --");
    const QString when = QStringLiteral("\"when\" OR 1=1");
    const QByteArray csv = csvField(who) + ',' + csvField(when) + ",amount\nA,2024-01-01,5\n";
    const QString file = workspace.writeFile(QStringLiteral("mapped.csv"), csv);
    const auto result = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), workspace.dbPath(),
                                     QStringLiteral("--transactions"), file,
                                     QStringLiteral("--map"), QStringLiteral("customer_id=") + who,
                                     QStringLiteral("--map"), QStringLiteral("date=") + when});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    auto store = lodestar::Store::open(workspace.dbPath(), lodestar::Store::Mode::ReadOnly);
    ASSERT_TRUE(store);
    const QStringList mapping = column((*store)->database(), QStringLiteral("SELECT mapping FROM imports"));
    ASSERT_EQ(mapping.size(), 1);
    const QJsonObject object = QJsonDocument::fromJson(mapping.first().toUtf8()).object();
    EXPECT_EQ(object.value(QStringLiteral("customer_id")).toString(), who);
    EXPECT_EQ(object.value(QStringLiteral("date")).toString(), when);
    EXPECT_EQ(countRows(workspace.dbPath())->transactions, 1);
}
