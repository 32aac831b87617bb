#include "goaltarget.h"

#include <QCoreApplication>

#include <cmath>

namespace lodestar {

QString goalValueProblem(Indicator indicator, double value)
{
    if (!std::isfinite(value))
        return QCoreApplication::translate("culture", "the value must be a finite number");
    if (isPercentIndicator(indicator) && (value < 0.0 || value > 1.0))
        return QCoreApplication::translate("culture", "%1 is a share: give a fraction from 0 to 1 (0.4 for 40%)").arg(indicatorName(indicator));
    if (indicator == Indicator::Nps && (value < -100.0 || value > 100.0))
        return QCoreApplication::translate("culture", "NPS runs from -100 to 100");
    if (std::abs(value) > kGoalValueLimit)
        return QCoreApplication::translate("culture", "the value must lie between -1e9 and 1e9");
    return QString();
}

} // namespace lodestar
