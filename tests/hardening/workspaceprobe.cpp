#include "workspaceprobe.h"

#include <gtest/gtest.h>

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sys/resource.h>

namespace lodestar::test {

namespace {

// A named connection that is removed again when the scope ends.
class ProbeConnection
{
public:
    explicit ProbeConnection(const QString &dbPath)
        : m_name(QStringLiteral("hardening-probe-%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = QFile::exists(dbPath) && db.open();
    }
    ~ProbeConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static QAtomicInt &counter()
    {
        static QAtomicInt value;
        return value;
    }
    QString m_name;
    bool m_open = false;
};

std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return std::nullopt;
    return query.value(0);
}

} // namespace

std::optional<TableCounts> countRows(const QString &dbPath)
{
    ProbeConnection connection(dbPath);
    if (!connection.isOpen())
        return std::nullopt;
    TableCounts counts;
    const auto imports = scalar(connection.db(), QStringLiteral("SELECT COUNT(*) FROM imports"));
    const auto rejects = scalar(connection.db(), QStringLiteral("SELECT COUNT(*) FROM import_rejects"));
    const auto customers = scalar(connection.db(), QStringLiteral("SELECT COUNT(*) FROM customers"));
    const auto transactions = scalar(connection.db(), QStringLiteral("SELECT COUNT(*) FROM transactions"));
    const auto revenue = scalar(connection.db(), QStringLiteral("SELECT TOTAL(amount) FROM transactions"));
    if (!imports || !rejects || !customers || !transactions || !revenue)
        return std::nullopt;
    counts.imports = imports->toLongLong();
    counts.rejects = rejects->toLongLong();
    counts.customers = customers->toLongLong();
    counts.transactions = transactions->toLongLong();
    counts.revenue = revenue->toDouble();
    return counts;
}

QString integrityCheck(const QString &dbPath)
{
    ProbeConnection connection(dbPath);
    if (!connection.isOpen())
        return QStringLiteral("cannot open %1").arg(dbPath);
    QSqlQuery query(connection.db());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    return findings.join(QLatin1Char('\n'));
}

QByteArray workspaceDigest(const QString &dbPath)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : {dbPath, dbPath + QStringLiteral("-wal")}) {
        // An empty -wal (left by a reader) holds nothing, so it counts as no -wal.
        QFile file(path);
        if (file.size() > 0 && file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        hash.addData(QByteArrayView("|"));
    }
    return hash.result().toHex();
}

QByteArray workspaceDataDigest(const QString &dbPath)
{
    ProbeConnection connection(dbPath);
    if (!connection.isOpen())
        return {};
    QSqlQuery tables(connection.db());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT IN ('model_fits', 'definition_usage') ORDER BY name")))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        hash.addData(table.toUtf8());
        QSqlQuery rows(connection.db());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            return {};
        while (rows.next()) {
            for (int column = 0; column < rows.record().count(); ++column) {
                const QVariant value = rows.value(column);
                hash.addData(value.isNull() ? QByteArrayView("\x01null") : QByteArrayView(value.toString().toUtf8()));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result().toHex();
}

namespace {

QByteArray transactionLine(QRandomGenerator &random, int customers, qint64 order)
{
    const int customer = int(random.bounded(customers));
    const int day = int(random.bounded(1, 29));
    const int month = int(random.bounded(1, 13));
    const int cents = int(random.bounded(100, 50000));
    return QByteArray("C") + QByteArray::number(customer) + ',' + QByteArray::number(2020 + order % 4) + '-'
         + (month < 10 ? "0" : "") + QByteArray::number(month) + '-' + (day < 10 ? "0" : "") + QByteArray::number(day)
         + ',' + QByteArray::number(cents / 100) + '.' + (cents % 100 < 10 ? "0" : "") + QByteArray::number(cents % 100)
         + ",O" + QByteArray::number(order) + '\n';
}

} // namespace

QByteArray transactionsCsv(int rows, int customers, quint32 seed, qint64 firstOrder)
{
    QRandomGenerator random(seed);
    QByteArray csv("customer_id,date,amount,order_id\n");
    csv.reserve(qsizetype(rows) * 32);
    for (int i = 0; i < rows; ++i)
        csv += transactionLine(random, customers, firstOrder + i);
    return csv;
}

bool writeLargeTransactionsCsv(const QString &path, qint64 targetBytes, int customers, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(seed);
    QByteArray chunk("customer_id,date,amount,order_id\n");
    qint64 written = 0;
    qint64 order = 1;
    while (written < targetBytes) {
        while (chunk.size() < (1 << 20))
            chunk += transactionLine(random, customers, order++);
        if (file.write(chunk) != chunk.size())
            return false;
        written += chunk.size();
        chunk.clear();
    }
    return file.flush();
}

QString lodestarBinary()
{
    return QStringLiteral(LODESTAR_BINARY);
}

ShellResult runShell(const QString &script, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LODESTAR"), lodestarBinary());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), script, QStringLiteral("sh")} + arguments);
    ShellResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "shell script timed out: " << qPrintable(script);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QList<QByteArray> messageLines(const QByteArray &err)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : err.split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith("QStandardPaths:"))
            lines << line;
    }
    return lines;
}

long peakChildRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace lodestar::test
