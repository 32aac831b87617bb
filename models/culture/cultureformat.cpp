#include "cultureformat.h"

#include "models/itemmodels/valueformat.h"

#include <QCoreApplication>

namespace lodestar {

QString formatCultureValue(double value, const QString &unit)
{
    if (!format::known(value))
        return format::unknown();
    if (unit == QLatin1String("percent"))
        return format::percent(value);
    if (unit == QLatin1String("pp"))
        return QCoreApplication::translate("culture", "%1 pp").arg((value >= 0 ? QStringLiteral("+") : QString()) + format::number(value * 100.0, 1));
    if (unit == QLatin1String("money"))
        return format::money(value);
    if (unit == QLatin1String("ratio"))
        return format::number(value, 2) + QLatin1Char(':') + QLatin1Char('1');
    if (unit == QLatin1String("days"))
        return QCoreApplication::translate("culture", "%1 days").arg(format::number(value, 0));
    if (unit == QLatin1String("points"))
        return format::number(value, 0);
    if (unit == QLatin1String("score"))
        return format::number(value, 1);
    return format::number(value, 2);
}

QString formatLevel(int level)
{
    return level > 0 ? QString::number(level) : format::unknown();
}

} // namespace lodestar
