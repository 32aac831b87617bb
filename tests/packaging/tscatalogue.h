#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace lodestar::test {

/// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; ///< one entry, or one per plural form
    QString type;             ///< empty when finished; else "unfinished", "vanished" or "obsolete"
};

/// The messages of a .ts file; errorString is empty when it parsed.
struct TsCatalogue
{
    QString language;
    std::vector<TsMessage> messages;
    QString errorString;
};

TsCatalogue readTsCatalogue(const QString &path);

} // namespace lodestar::test
