#include "customeridlist.h"

#include <QCoreApplication>
#include <QFile>

namespace lodestar {

Result<QStringList> readCustomerIdList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QCoreApplication::translate("culture", "Cannot read the customer list %1.").arg(path), file.errorString()};
    QStringList ids;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        QString id = line.section(QLatin1Char(','), 0, 0).trimmed().remove(QLatin1Char('"'));
        static const QStringList headers{QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("external_id"),
                                         QStringLiteral("customer")};
        if (id.isEmpty() || (ids.isEmpty() && headers.contains(id, Qt::CaseInsensitive)))
            continue;
        ids << id;
    }
    return ids;
}

} // namespace lodestar
