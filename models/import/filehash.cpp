#include "filehash.h"

#include <QCryptographicHash>
#include <QFile>

namespace lodestar {

Result<QString> contentHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()), {}};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()), {}};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace lodestar
