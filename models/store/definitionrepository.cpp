#include "definitionrepository.h"

#include "store.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lodestar {

DefinitionRepository::DefinitionRepository(const Store &store) : m_store(store) {}

Result<ClvDefinition> DefinitionRepository::load() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT definition FROM clv_definition WHERE id = 1")))
        return queryError(QCoreApplication::translate("store", "Cannot read the CLV definition."), query);
    if (!query.next())
        return ClvDefinition{};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    if (!document.isObject())
        return Error{QCoreApplication::translate("store", "The stored CLV definition is damaged."), parseError.errorString()};
    return ClvDefinition::fromJson(document.object());
}

Status DefinitionRepository::save(const ClvDefinition &definition) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO clv_definition (id, definition, updated_at) VALUES (1, :definition, :updated) "
        "ON CONFLICT(id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at"));
    query.bindValue(QStringLiteral(":definition"),
                    QString::fromUtf8(QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":updated"), QDateTime::currentSecsSinceEpoch());
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot save the CLV definition."), query);
    return {};
}

} // namespace lodestar
