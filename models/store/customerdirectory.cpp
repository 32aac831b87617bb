#include "customerdirectory.h"

#include "importrepository.h"

#include <QJsonDocument>

#include <cmath>

namespace lodestar {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant realOrNull(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

CustomerDirectory::CustomerDirectory(QSqlDatabase db)
    : m_db(std::move(db)), m_insert(m_db), m_readAttributes(m_db), m_update(m_db)
{
}

Status CustomerDirectory::load()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT external_id, id FROM customers")))
        return storeError(query, QStringLiteral("read the customers"));
    while (query.next())
        m_ids.insert(query.value(0).toString().toUtf8(), query.value(1).toLongLong());
    const bool prepared =
        m_insert.prepare(QStringLiteral("INSERT INTO customers (external_id, signup_at, channel, region, plan, "
                                        "acquisition_cost, attributes, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        && m_readAttributes.prepare(QStringLiteral("SELECT attributes FROM customers WHERE id = ?"))
        && m_update.prepare(QStringLiteral(
            "UPDATE customers SET signup_at = COALESCE(?, signup_at), channel = COALESCE(?, channel), "
            "region = COALESCE(?, region), plan = COALESCE(?, plan), "
            "acquisition_cost = COALESCE(?, acquisition_cost), attributes = ? WHERE id = ?"));
    if (!prepared)
        return storeError(m_insert, QStringLiteral("prepare the customer statements"));
    return {};
}

Result<qint64> CustomerDirectory::resolve(const QByteArray &externalId, qint64 importId)
{
    if (const auto found = m_ids.constFind(externalId); found != m_ids.constEnd())
        return *found;
    CustomerRow row;
    row.customer = externalId;
    return insert(row, importId);
}

Status CustomerDirectory::upsert(const CustomerRow &row, qint64 importId)
{
    if (const auto found = m_ids.constFind(row.customer); found != m_ids.constEnd())
        return update(*found, row);
    const auto inserted = insert(row, importId);
    if (!inserted)
        return inserted.error();
    return {};
}

Result<qint64> CustomerDirectory::insert(const CustomerRow &row, qint64 importId)
{
    m_insert.bindValue(0, QString::fromUtf8(row.customer));
    m_insert.bindValue(1, row.signupAt ? QVariant(qint64(*row.signupAt)) : QVariant());
    m_insert.bindValue(2, textOrNull(row.channel));
    m_insert.bindValue(3, textOrNull(row.region));
    m_insert.bindValue(4, textOrNull(row.plan));
    m_insert.bindValue(5, realOrNull(row.acquisitionCost));
    m_insert.bindValue(6, compactJson(row.attributes));
    m_insert.bindValue(7, importId);
    if (!m_insert.exec())
        return storeError(m_insert, QStringLiteral("add a customer"));
    const qint64 id = m_insert.lastInsertId().toLongLong();
    m_ids.insert(row.customer, id);
    ++m_created;
    return id;
}

Status CustomerDirectory::update(qint64 id, const CustomerRow &row)
{
    // Attributes merge key by key, so a second customers file adds to what the first one said.
    m_readAttributes.bindValue(0, id);
    if (!m_readAttributes.exec() || !m_readAttributes.next())
        return storeError(m_readAttributes, QStringLiteral("read a customer"));
    QJsonObject attributes = QJsonDocument::fromJson(m_readAttributes.value(0).toString().toUtf8()).object();
    m_readAttributes.finish();
    for (auto it = row.attributes.begin(); it != row.attributes.end(); ++it)
        attributes.insert(it.key(), it.value());
    m_update.bindValue(0, row.signupAt ? QVariant(qint64(*row.signupAt)) : QVariant());
    m_update.bindValue(1, textOrNull(row.channel));
    m_update.bindValue(2, textOrNull(row.region));
    m_update.bindValue(3, textOrNull(row.plan));
    m_update.bindValue(4, realOrNull(row.acquisitionCost));
    m_update.bindValue(5, compactJson(attributes));
    m_update.bindValue(6, id);
    if (!m_update.exec())
        return storeError(m_update, QStringLiteral("update a customer"));
    return {};
}

} // namespace lodestar
