#include "verdict.h"

#include <QCoreApplication>

#include <cmath>

namespace lodestar {

Verdict judge(double actual, double target, bool higherIsBetter, double tolerance)
{
    if (std::isnan(actual) || std::isnan(target))
        return Verdict::NoData;
    const double shortfall = higherIsBetter ? target - actual : actual - target;
    if (shortfall <= 0.0)
        return Verdict::OnTrack;
    // The band scales with the target, so it means the same for a ratio of 3 and NPS of 30.
    return shortfall <= tolerance * std::abs(target) ? Verdict::Watch : Verdict::OffTrack;
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::OnTrack: return QStringLiteral("on-track");
    case Verdict::Watch: return QStringLiteral("watch");
    case Verdict::OffTrack: return QStringLiteral("off-track");
    case Verdict::NoData: return QStringLiteral("no-data");
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::OnTrack: return QCoreApplication::translate("culture", "On track");
    case Verdict::Watch: return QCoreApplication::translate("culture", "Watch");
    case Verdict::OffTrack: return QCoreApplication::translate("culture", "Off track");
    case Verdict::NoData: return QCoreApplication::translate("culture", "No data");
    }
    return {};
}

QString trendKey(double current, double previous)
{
    if (std::isnan(current) || std::isnan(previous))
        return QStringLiteral("unknown");
    const double scale = std::max(std::abs(previous), 1e-9);
    const double change = (current - previous) / scale;
    if (std::abs(change) < 0.005)
        return QStringLiteral("flat");
    return change > 0 ? QStringLiteral("up") : QStringLiteral("down");
}

} // namespace lodestar
