#include "culturesettingsrepository.h"

#include "store.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace lodestar {

namespace {

const QString kPrefix = QStringLiteral("culture.");

} // namespace

CultureSettingsRepository::CultureSettingsRepository(const Store &store) : m_store(store) {}

Result<CultureSettings> CultureSettingsRepository::load() const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE :prefix"));
    query.bindValue(QStringLiteral(":prefix"), kPrefix + QLatin1Char('%'));
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot read the culture settings."), query);
    CultureSettings settings;
    auto fields = settings.fields();
    while (query.next()) {
        const QString key = query.value(0).toString().mid(kPrefix.size());
        for (const CultureSettings::Field &field : fields) {
            if (key != QLatin1String(field.key))
                continue;
            bool ok = false;
            const double value = query.value(1).toString().toDouble(&ok);
            if (!ok)
                break; // a damaged value keeps the default rather than failing every page
            if (field.real)
                *field.real = value;
            else
                *field.integer = static_cast<int>(value);
        }
    }
    return settings;
}

Status CultureSettingsRepository::set(const QString &key, const QString &value) const
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok && CultureSettings::isKnown(key))
        return Error{QCoreApplication::translate("store", "The setting %1 needs a number, not \"%2\".").arg(key, value), {}};
    if (const QString problem = CultureSettings::problemWith(key, number); !problem.isEmpty())
        return Error{problem, {}};
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":key"), kPrefix + key);
    query.bindValue(QStringLiteral(":value"), value.trimmed());
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot save the setting %1.").arg(key), query);
    return {};
}

} // namespace lodestar
