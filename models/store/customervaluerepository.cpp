#include "customervaluerepository.h"

#include "postgrescopy.h"
#include "rowstatement.h"
#include "sqldialect.h"
#include "store.h"
#include "storeerror.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace lodestar {

namespace {

constexpr char kColumns[] =
    "(customer_id, clv, tier, score, p_alive, expected_purchases, expected_spend, historic_clv, revenue, rfm_segment, valued_at)";
constexpr std::size_t kCopyRows = 16384;

/// A customer's row, in kColumns' order; the model's figures are NULL for a customer not valued.
struct ValueRow
{
    QByteArray customerId;
    double clv = std::nan("");
    QByteArray tier;
    double score = std::nan("");
    double probabilityAlive = std::nan("");
    double expectedPurchases = std::nan("");
    double expectedSpend = std::nan("");
    double historicClv = 0.0;
    double revenue = 0.0;
    QByteArray rfmSegment;

    ValueRow(const CustomerRecord &record, const CustomerValue &value)
        : customerId(record.externalId.toUtf8()), historicClv(value.historicClv), revenue(value.revenue),
          rfmSegment(value.rfmSegment.toUtf8())
    {
        if (!value.hasClv)
            return;
        clv = value.clv;
        tier = tierName(value.tier).toUtf8();
        score = value.score;
        probabilityAlive = value.probabilityAlive;
        expectedPurchases = value.expectedPurchases;
        expectedSpend = value.expectedSpend;
    }
};

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), std::size_t(bytes.size())};
}

Status copyRows(const QSqlDatabase &db, const Dataset &data, const Valuation &valuation, qint64 valuedAt)
{
    PostgresCopy copy(db, "customer_values", kColumns);
    for (const CustomerValue &value : valuation.customers) {
        const ValueRow row(data.customers[value.customer], value);
        copy.addTextOrNull(view(row.customerId));
        copy.addRealOrNull(row.clv);
        copy.addTextOrNull(view(row.tier));
        copy.addRealOrNull(row.score);
        copy.addRealOrNull(row.probabilityAlive);
        copy.addRealOrNull(row.expectedPurchases);
        copy.addRealOrNull(row.expectedSpend);
        copy.addRealOrNull(row.historicClv);
        copy.addRealOrNull(row.revenue);
        copy.addTextOrNull(view(row.rfmSegment));
        copy.addInt(valuedAt);
        copy.endRow();
        if (copy.rows() >= kCopyRows)
            if (Status sent = copy.send(QT_TRANSLATE_NOOP("store", "write the customer values")); !sent)
                return sent;
    }
    return copy.send(QT_TRANSLATE_NOOP("store", "write the customer values"));
}

Status insertRows(const QSqlDatabase &db, const Dataset &data, const Valuation &valuation, qint64 valuedAt)
{
    auto insert = RowStatement::create(db);
    if (Status prepared = insert->prepare(db, std::string("INSERT INTO customer_values ") + kColumns
                                                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        !prepared)
        return prepared;
    for (const CustomerValue &value : valuation.customers) {
        const ValueRow row(data.customers[value.customer], value);
        insert->bindText(0, view(row.customerId));
        insert->bindRealOrNull(1, row.clv);
        insert->bindTextOrNull(2, view(row.tier));
        insert->bindRealOrNull(3, row.score);
        insert->bindRealOrNull(4, row.probabilityAlive);
        insert->bindRealOrNull(5, row.expectedPurchases);
        insert->bindRealOrNull(6, row.expectedSpend);
        insert->bindReal(7, row.historicClv);
        insert->bindReal(8, row.revenue);
        insert->bindText(9, view(row.rfmSegment));
        insert->bindInt(10, valuedAt);
        if (auto inserted = insert->insert(QT_TRANSLATE_NOOP("store", "write the customer values")); !inserted)
            return inserted.error();
    }
    return {};
}

} // namespace

Status CustomerValueRepository::replace(const Dataset &data, const Valuation &valuation, const QString &definitionText,
                                        qint64 valuedAt)
{
    QSqlDatabase db = m_store.database();
    const QString table = tableName(); // before a failure aborts the transaction
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return Error{QCoreApplication::translate("import", "The workspace cannot be written (it may be locked or read-only)."),
                     transaction.beginError()};
    QSqlQuery statement(db);
    if (!statement.exec(QStringLiteral("DELETE FROM customer_values"))) {
        if (statement.lastError().nativeErrorCode() == QLatin1String("42501")) // insufficient_privilege
            return queryError(QCoreApplication::translate("store", "This database user may not change the table %1; ask its owner "
                                                                   "to grant DELETE and INSERT on it.").arg(table),
                              statement);
        return storeError(statement, QT_TRANSLATE_NOOP("store", "write the customer values"));
    }
    const Status written = dialectOf(db) == SqlDialect::Postgres ? copyRows(db, data, valuation, valuedAt)
                                                                 : insertRows(db, data, valuation, valuedAt);
    if (!written)
        return written;
    statement.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('customer_values.definition', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    statement.addBindValue(definitionText);
    if (!statement.exec())
        return storeError(statement, QT_TRANSLATE_NOOP("store", "write the customer values"));
    return transaction.commit();
}

QString CustomerValueRepository::tableName() const
{
    if (dialectOf(m_store.database()) != SqlDialect::Postgres)
        return QStringLiteral("customer_values");
    QSqlQuery schema(m_store.database());
    if (schema.exec(QStringLiteral("SELECT current_schema()")) && schema.next())
        return schema.value(0).toString() + QStringLiteral(".customer_values");
    return QStringLiteral("customer_values");
}

} // namespace lodestar
