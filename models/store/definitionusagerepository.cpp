#include "definitionusagerepository.h"

#include "store.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace lodestar {

DefinitionUsageRepository::DefinitionUsageRepository(const Store &store) : m_store(store) {}

Result<bool> DefinitionUsageRepository::isDefinitionSet() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM clv_definition")) || !query.next())
        return queryError(QCoreApplication::translate("store", "Cannot read the CLV definition."), query);
    return query.value(0).toInt() > 0;
}

Status DefinitionUsageRepository::recordUse(const QString &surface, const Quarter &quarter) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO definition_usage (surface, quarter, uses) VALUES (:surface, :quarter, 1) "
                                 "ON CONFLICT(surface, quarter) DO UPDATE SET uses = definition_usage.uses + 1"));
    query.bindValue(QStringLiteral(":surface"), surface);
    query.bindValue(QStringLiteral(":quarter"), quarter.toString());
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot record the use of the CLV definition."), query);
    return {};
}

Result<QHash<QString, int>> DefinitionUsageRepository::surfacesByQuarter() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT quarter, COUNT(DISTINCT surface) FROM definition_usage GROUP BY quarter")))
        return queryError(QCoreApplication::translate("store", "Cannot read the use of the CLV definition."), query);
    QHash<QString, int> surfaces;
    while (query.next())
        surfaces.insert(query.value(0).toString(), query.value(1).toInt());
    return surfaces;
}

} // namespace lodestar
