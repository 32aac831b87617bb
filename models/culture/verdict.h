#pragma once

#include <QString>

namespace lodestar {

/// How an actual compares with its target ("Status" is taken by Result<void>).
enum class Verdict { OnTrack, Watch, OffTrack, NoData };

/// On track at or beyond target; Watch within tolerance (a fraction of the target); else off track.
Verdict judge(double actual, double target, bool higherIsBetter, double tolerance);

QString verdictKey(Verdict verdict);  ///< "on-track", "watch", "off-track", "no-data"
QString verdictName(Verdict verdict); ///< translated

/// Direction of change between two windows: "up", "down", "flat" (within 0.5%) or "unknown".
QString trendKey(double current, double previous);

} // namespace lodestar
