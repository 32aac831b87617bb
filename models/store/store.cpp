#include "store.h"

#include "postgresaddress.h"
#include "postgresworkspace.h"
#include "schema.h"
#include "sqldialect.h"
#include "transactionguard.h"
#include "workspacepath.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace lodestar {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("lodestar-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Refuse a file that is not SQLite before the driver reports a cryptic error on first query.
Status checkLooksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("store", "Cannot read the workspace file %1.").arg(path), file.errorString()};
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) != magic)
        return Error{QCoreApplication::translate("store", "%1 is not a Lodestar workspace (not a SQLite database).").arg(path), {}};
    return {};
}

constexpr int kBusyTimeoutMs = 5000;

bool isLockError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

// Turning a new workspace to WAL needs the file to itself, and SQLite answers "busy" at once, without
// the busy timeout, while a second process is creating the same workspace: wait here as it would.
QSqlError execWaitingForTheLock(const QSqlDatabase &db, const QString &sql)
{
    QDeadlineTimer deadline(kBusyTimeoutMs);
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(sql))
            return {};
        if (!isLockError(query.lastError()) || deadline.hasExpired())
            return query.lastError();
        QThread::msleep(20);
    }
}

} // namespace

bool discardNewWorkspace(std::unique_ptr<Store> store)
{
    if (!store)
        return false;
    const QString path = store->path();
    {
        QSqlQuery query(store->database());
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM imports)")) || !query.next() || query.value(0).toBool())
            return false;
    }
    if (store->isPostgres()) {
        const auto address = PostgresAddress::parse(path);
        QSqlQuery drop(store->database());
        return address && store->isNew() && drop.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(address->schema));
    }
    store.reset();
    bool removed = true;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()})
        removed = (!QFileInfo::exists(path + suffix) || QFile::remove(path + suffix)) && removed;
    return removed;
}

Status execStatement(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error{QCoreApplication::translate("store", "The workspace database reported an error."),
                     query.lastError().text() + QStringLiteral(" in: ") + sql};
    return {};
}

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode)
{
    if (path.isEmpty())
        return Error{QCoreApplication::translate("store", "No workspace file was given."), {}};
    if (isPostgresAddress(path))
        return openPostgres(path, mode);
    const QFileInfo info(path);
    if (const QString problem = workspacePathProblem(path, mode == Mode::ReadWrite); !problem.isEmpty())
        return Error{problem, {}};
    if (!info.exists() && !QFileInfo(info.absolutePath()).isWritable())
        return Error{QCoreApplication::translate("store", "Cannot create the workspace %1: the folder is not writable.").arg(path), {}};
    if (Status status = checkLooksLikeSqlite(path); !status)
        return status.error();

    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), nextConnectionName()));
    store->m_isNew = !info.exists();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    db.setDatabaseName(store->m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return Error{QCoreApplication::translate("store", "Cannot open the workspace %1.").arg(path), db.lastError().text()};

    if (Status status = store->configure(mode); !status)
        return status.error();
    if (mode == Mode::ReadWrite) {
        if (Status status = store->migrate(); !status)
            return status.error();
    } else if (store->schemaVersion() > currentSchemaVersion()) {
        return Error{QCoreApplication::translate("store", "The workspace %1 was made by a newer Lodestar; update Lodestar to open it.").arg(path), {}};
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::openPostgres(const QString &url, Mode mode)
{
    const auto address = PostgresAddress::parse(url);
    if (!address)
        return address.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{QCoreApplication::translate("store", "This installation cannot open PostgreSQL workspaces: Qt's PostgreSQL driver "
                                                          "(Debian package libqt6sql6-psql) is missing."), {}};
    std::unique_ptr<Store> store(new Store(url, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connectionName);
    if (Status status = postgres::connect(db, *address); !status)
        return status.error();
    const bool writable = mode == Mode::ReadWrite;
    const auto created = postgres::useSchema(db, *address, writable);
    if (!created)
        return created.error();
    store->m_isNew = *created;
    const int version = postgres::schemaVersion(db);
    const auto ours = postgres::holdsOnlyAWorkspace(db);
    if (!ours)
        return ours.error();
    if (!*ours)
        return Error{QCoreApplication::translate("store", "The schema %1 of the PostgreSQL database %2 holds another application's tables, "
                                                          "not a Lodestar workspace; it was left unchanged (give another with ?schema=…).")
                         .arg(address->schema, address->database), {}};
    if (writable) {
        if (Status status = store->migrate(); !status)
            return status.error();
    } else if (version > currentSchemaVersion()) {
        return Error{QCoreApplication::translate("store", "The workspace %1 was made by a newer Lodestar; update Lodestar to open it.")
                         .arg(address->displayName()), {}};
    }
    return store;
}

QString Store::displayName() const
{
    if (!isPostgres())
        return m_path;
    const auto address = PostgresAddress::parse(m_path);
    return address ? address->displayName() : PostgresAddress::withoutPassword(m_path);
}

bool Store::isPostgres() const
{
    return isPostgresAddress(m_path);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::schemaVersion() const
{
    if (isPostgres())
        return postgres::schemaVersion(database());
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Store::currentSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

Status Store::configure(Mode mode)
{
    QSqlDatabase db = database();
    // The first statement is where SQLite notices a corrupt or foreign file.
    if (schemaVersion() < 0) {
        QSqlQuery probe(db);
        probe.exec(QStringLiteral("PRAGMA user_version"));
        // A WAL workspace cannot even be read where SQLite cannot create its -shm file beside it:
        // say so, rather than calling a sound file damaged.
        if (!QFileInfo(m_path).isWritable() || !QFileInfo(QFileInfo(m_path).absolutePath()).isWritable())
            return Error{QCoreApplication::translate("store", "The workspace %1 is on a read-only disk or in a read-only folder; copy it somewhere writable.").arg(m_path),
                         probe.lastError().text()};
        return Error{QCoreApplication::translate("store", "The workspace %1 is damaged or not a Lodestar workspace.").arg(m_path),
                     probe.lastError().text()};
    }
    if (Status status = checkIsWorkspace(); !status)
        return status;
    // Reads through a memory map instead of a pread and a copy per page: loading a workspace is
    // mostly a scan of its two big tables (100,000 customers: the read took a third less).
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA mmap_size = 1073741824")};
    if (mode == Mode::ReadWrite) {
        // 16 KiB pages for a new workspace (an existing one keeps its own: SQLite ignores this once the
        // file has content or is in WAL mode): a million-row import rebuilds its indexes and checkpoints
        // about a fifth faster than with 4 KiB pages (measured: 1.3 s down to 1.1 s).
        pragmas << QStringLiteral("PRAGMA page_size = 16384") << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    for (const QString &pragma : pragmas) {
        const QSqlError error = execWaitingForTheLock(db, pragma);
        if (!error.isValid())
            continue;
        const QString detail = error.text() + QStringLiteral(" in: ") + pragma;
        if (isLockError(error))
            return Error{QCoreApplication::translate("store", "The workspace %1 is locked by another process; try again when it has finished.").arg(m_path),
                         detail};
        return Error{QCoreApplication::translate("store", "Cannot prepare the workspace %1.").arg(m_path), detail};
    }
    return {};
}

// A SQLite file with tables but without Lodestar's (or without the schema version Lodestar sets with
// them) belongs to another application: migrating it would add Lodestar's tables to it, and even
// switching it to WAL would change it. Refused before any statement writes.
Status Store::checkIsWorkspace() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*), COUNT(CASE WHEN name IN ('imports', 'customers', 'transactions') THEN 1 END) "
                                   "FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))
        || !query.next())
        return Error{QCoreApplication::translate("store", "The workspace %1 is damaged or not a Lodestar workspace.").arg(m_path),
                     query.lastError().text()};
    const qint64 tables = query.value(0).toLongLong();
    const qint64 ours = query.value(1).toLongLong();
    if (tables == 0 || (ours == 3 && schemaVersion() > 0))
        return {};
    return Error{QCoreApplication::translate("store", "%1 is a database of another application, not a Lodestar workspace; it was left unchanged.").arg(m_path), {}};
}

Status Store::migrate()
{
    const int version = schemaVersion();
    if (version > currentSchemaVersion())
        return Error{QCoreApplication::translate("store", "The workspace %1 was made by a newer Lodestar (schema %2, this build knows %3); update Lodestar to open it.")
                         .arg(displayName()).arg(version).arg(currentSchemaVersion()), {}};
    QSqlDatabase db = database();
    const bool onPostgres = isPostgres();
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= version)
            continue;
        TransactionGuard transaction(db);
        if (!transaction.isActive())
            return Error{QCoreApplication::translate("store", "Cannot update the workspace %1 (it may be locked or read-only).").arg(displayName()),
                         transaction.beginError()};
        if (onPostgres) {
            if (Status status = postgres::lockSchemaVersion(db); !status)
                return status;
        }
        // Another process may have taken this step while this one waited for the write lock.
        if (schemaVersion() >= migration.version)
            continue;
        for (const QString &statement : migration.statements) {
            QSqlQuery query(db);
            if (!query.exec(onPostgres ? postgresStatement(statement) : statement)) {
                const auto address = PostgresAddress::parse(m_path);
                const QString privilege = onPostgres && address ? postgres::privilegeProblem(query.lastError(), *address) : QString();
                return Error{privilege.isEmpty() ? QCoreApplication::translate("store", "Cannot update the workspace %1 to schema %2.")
                                                       .arg(displayName()).arg(migration.version)
                                                 : privilege,
                             query.lastError().text() + QStringLiteral(" in: ") + query.lastQuery()};
            }
        }
        const Status recorded = onPostgres ? postgres::setSchemaVersion(db, migration.version)
                                           : execStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (!recorded)
            return recorded;
        if (Status status = transaction.commit(); !status)
            return Error{QCoreApplication::translate("store", "Cannot update the workspace %1 (it may be locked or read-only).").arg(displayName()),
                         status.errorDetail()};
    }
    return {};
}

} // namespace lodestar
