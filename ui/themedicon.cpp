#include "themedicon.h"

#include "themediconengine.h"

namespace lodestar::ui {

QIcon themedIcon(const QString &name)
{
    return QIcon(new ThemedIconEngine(QStringLiteral(":/lodestar/icons/%1.svg").arg(name)));
}

QIcon viewIcon(const QString &viewId)
{
    static const QStringList known{QStringLiteral("overview"), QStringLiteral("segments"), QStringLiteral("cohorts"),
                                   QStringLiteral("customers"), QStringLiteral("model"), QStringLiteral("matrix"),
                                   QStringLiteral("goals"), QStringLiteral("definition"), QStringLiteral("imports")};
    return known.contains(viewId) ? themedIcon(viewId) : QIcon();
}

} // namespace lodestar::ui
