#pragma once

#include <QString>

namespace lodestar {

/// What to show for a segment key: tiers, RFM segments and "Not valued" / "No purchases" translated,
/// other keys (channels, regions, plans: the user's own data) as they are. Keys stay English in
/// exports, JSON and filters; only the label on screen and in the report changes.
QString segmentLabel(const QString &key);

} // namespace lodestar
