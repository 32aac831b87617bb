#pragma once

// A small synthetic workspace written straight into SQLite (bound parameters), so the
// command-line and view tests do not depend on the importer or the demo generator.

#include "models/store/definitionrepository.h"
#include "models/store/store.h"

#include <QSqlQuery>
#include <QDateTime>
#include <QVariant>

namespace lodestar::test {

/// 240 customers over 2024-2025 in three channels (one of them costly: LTV:CAC below 1),
/// purchases from a fixed pseudo-random sequence, discounts rising every quarter while margin
/// falls. Valued with the historic method, so the tests do not hinge on a model fit.
inline bool writeCultureWorkspace(const Store &store)
{
    QSqlDatabase db = store.database();
    db.transaction();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("INSERT INTO imports (kind, file_name, content_hash, imported_at) "
                                   "VALUES ('transactions', 'synthetic.csv', 'synthetic', 0)")))
        return false;
    const QVariant importId = query.lastInsertId();
    quint32 seed = 12345;
    auto next = [&seed](quint32 range) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % range;
    };
    const QString channels[] = {QStringLiteral("Referral"), QStringLiteral("Search"), QStringLiteral("Display")};
    const double cac[] = {20.0, 60.0, 900.0};
    QSqlQuery customer(db);
    customer.prepare(QStringLiteral("INSERT INTO customers (external_id, channel, acquisition_cost, import_id) VALUES (?, ?, ?, ?)"));
    QSqlQuery purchase(db);
    purchase.prepare(QStringLiteral("INSERT INTO transactions (customer_id, occurred_at, amount, discount, cost, import_id) VALUES (?, ?, ?, ?, ?, ?)"));
    const QDate start(2024, 1, 1);
    for (int c = 0; c < 240; ++c) {
        const int channel = c % 3;
        customer.addBindValue(QStringLiteral("C%1").arg(c, 4, 10, QLatin1Char('0')));
        customer.addBindValue(channels[channel]);
        customer.addBindValue(cac[channel]);
        customer.addBindValue(importId);
        if (!customer.exec())
            return false;
        const QVariant id = customer.lastInsertId();
        QDate day = start.addDays(static_cast<int>(next(600)));
        while (day <= QDate(2025, 12, 31)) {
            const int quarter = (day.year() - 2024) * 4 + (day.month() - 1) / 3;
            const double amount = 40.0 + next(80);
            purchase.addBindValue(id);
            purchase.addBindValue(QDateTime(day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
            purchase.addBindValue(amount);
            purchase.addBindValue(amount * (0.02 + 0.01 * quarter));
            purchase.addBindValue(amount * (0.50 + 0.02 * quarter));
            purchase.addBindValue(importId);
            if (!purchase.exec())
                return false;
            day = day.addDays(20 + static_cast<int>(next(channel == 0 ? 60 : 160)));
        }
    }
    if (!db.commit())
        return false;
    ClvDefinition definition;
    definition.method = ClvMethod::Historic;
    return bool(DefinitionRepository(store).save(definition));
}

} // namespace lodestar::test
