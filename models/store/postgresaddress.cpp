#include "postgresaddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace lodestar {

namespace {

Error addressError(const QString &why)
{
    return Error{QCoreApplication::translate("store", "The PostgreSQL address %1 (write it as postgresql://user@host:port/database).").arg(why), {}};
}

bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return identifier.match(name).hasMatch();
}

} // namespace

bool isPostgresAddress(const QString &workspace)
{
    return workspace.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || workspace.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PostgresAddress> PostgresAddress::parse(const QString &url)
{
    if (!isPostgresAddress(url))
        return addressError(QCoreApplication::translate("store", "does not start with postgresql://"));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return addressError(QCoreApplication::translate("store", "is not a valid URL"));
    PostgresAddress address;
    address.user = parsed.userName(QUrl::FullyDecoded);
    address.password = parsed.password(QUrl::FullyDecoded);
    address.host = parsed.host(QUrl::FullyDecoded);
    address.port = parsed.port(5432);
    address.database = parsed.path(QUrl::FullyDecoded).mid(1);
    if (address.host.isEmpty())
        return addressError(QCoreApplication::translate("store", "names no host"));
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return addressError(QCoreApplication::translate("store", "names no database after the host"));
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                           QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return addressError(QCoreApplication::translate("store", "has an sslmode other than %1").arg(modes.join(QStringLiteral(", "))));
            address.sslmode = value;
        } else if (key == QLatin1String("schema")) {
            // The schema name goes into statements as an identifier, so only plain names are taken.
            if (!isPlainIdentifier(value))
                return addressError(QCoreApplication::translate("store", "names a schema that is not a plain name of letters, digits and _"));
            address.schema = value.toLower();
        } else {
            return addressError(QCoreApplication::translate("store", "has the unknown option %1 (sslmode and schema are known)").arg(key));
        }
    }
    return address;
}

QString PostgresAddress::displayName() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QString text = url.toString();
    if (schema != QLatin1String("lodestar"))
        text += QStringLiteral("?schema=") + schema;
    return text;
}

QString PostgresAddress::withoutPassword(const QString &url)
{
    if (!isPostgresAddress(url))
        return url;
    QUrl parsed(url);
    if (!parsed.isValid())
        return QStringLiteral("postgresql://…");
    parsed.setPassword(QString());
    return parsed.toString();
}

QString workspaceLabel(const QString &workspace)
{
    if (!isPostgresAddress(workspace))
        return QFileInfo(workspace).completeBaseName();
    const auto address = PostgresAddress::parse(workspace);
    return address ? QStringLiteral("%1/%2").arg(address->database, address->schema) : PostgresAddress::withoutPassword(workspace);
}

} // namespace lodestar
