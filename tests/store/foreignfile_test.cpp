// A SQLite file of another application (issue 12, item 11) is refused before anything writes to
// it; and the nested transaction guard that lets several imports be all or nothing.
#include "testsupport.h"

#include "models/store/store.h"
#include "models/store/transactionguard.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace lodestar;
using lodestar::test::TempWorkspace;

namespace {

// A database as another program leaves it: its own tables, no Lodestar schema version.
void createForeignDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ASSERT_TRUE(query.exec(statement)) << qPrintable(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

qint64 count(const Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

TEST(Store, RefusesSqliteFileOfAnotherApplicationUntouched)
{
    TempWorkspace workspace;
    const QString path = workspace.filePath(QStringLiteral("places.sqlite"));
    createForeignDatabase(path, {QStringLiteral("CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT)"),
                                 QStringLiteral("INSERT INTO places (url) VALUES ('https://example.org')")});
    const QByteArray before = digestOf(path);
    for (Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
        auto store = Store::open(path, mode);
        ASSERT_FALSE(store);
        EXPECT_TRUE(store.errorString().contains(QStringLiteral("not a Lodestar workspace"))) << qPrintable(store.errorString());
    }
    EXPECT_EQ(digestOf(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Store, RefusesForeignFileEvenWithATableNamedLikeOurs)
{
    TempWorkspace workspace;
    const QString path = workspace.filePath(QStringLiteral("shop.db"));
    createForeignDatabase(path, {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                                 QStringLiteral("PRAGMA user_version = 7")});
    EXPECT_FALSE(Store::open(path));
}

TEST(Store, CreatesWorkspaceInEmptySqliteFile)
{
    TempWorkspace workspace;
    const QString path = workspace.filePath(QStringLiteral("empty.lodestar"));
    createForeignDatabase(path, {QStringLiteral("PRAGMA user_version = 0")});
    auto store = Store::open(path);
    ASSERT_TRUE(store) << qPrintable(store.errorString());
    EXPECT_EQ((*store)->schemaVersion(), Store::currentSchemaVersion());
}

TEST(Store, DiscardsANewWorkspaceOnlyWhileNothingWasImported)
{
    TempWorkspace workspace;
    auto store = Store::open(workspace.dbPath());
    ASSERT_TRUE(store);
    EXPECT_TRUE(discardNewWorkspace(std::move(store).value()));
    EXPECT_FALSE(QFile::exists(workspace.dbPath()));
    EXPECT_FALSE(QFile::exists(workspace.dbPath() + QStringLiteral("-wal")));

    auto used = Store::open(workspace.dbPath());
    ASSERT_TRUE(used);
    QSqlQuery((*used)->database()).exec(QStringLiteral("INSERT INTO imports (kind, file_name, content_hash, imported_at) "
                                                       "VALUES ('transactions', 'f.csv', 'h', 0)"));
    EXPECT_FALSE(discardNewWorkspace(std::move(used).value()));
    EXPECT_TRUE(QFile::exists(workspace.dbPath()));
}

TEST(TransactionGuard, NestedGuardRollsBackOnlyItsOwnPart)
{
    TempWorkspace workspace;
    auto store = Store::open(workspace.dbPath());
    ASSERT_TRUE(store);
    const Store &s = **store;
    const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', 'v')");
    {
        TransactionGuard outer(s.database());
        ASSERT_TRUE(outer.isActive());
        QSqlQuery(s.database()).exec(insert.arg(QStringLiteral("outer")));
        {
            TransactionGuard kept(s.database());
            ASSERT_TRUE(kept.isActive());
            QSqlQuery(s.database()).exec(insert.arg(QStringLiteral("kept")));
            ASSERT_TRUE(kept.commit());
        }
        {
            TransactionGuard dropped(s.database());
            ASSERT_TRUE(dropped.isActive());
            QSqlQuery(s.database()).exec(insert.arg(QStringLiteral("dropped")));
        }
        EXPECT_EQ(count(s, QStringLiteral("SELECT COUNT(*) FROM settings")), 2);
        // outer goes out of scope uncommitted: all of it is undone.
    }
    EXPECT_EQ(count(s, QStringLiteral("SELECT COUNT(*) FROM settings")), 0);
}
