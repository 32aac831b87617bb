#include "cultureformat.h"

#include "models/itemmodels/valueformat.h"

namespace lodestar {

QString formatCultureValue(double value, const QString &unit)
{
    return format::metric(metricUnitFromKey(unit), value);
}

QString formatLevel(int level)
{
    return level > 0 ? QString::number(level) : format::unknown();
}

} // namespace lodestar
