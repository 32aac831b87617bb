#pragma once

#include "models/engine/metricregistry.h"

#include <QString>

#include <cmath>

namespace lodestar::format {

/// Text shown for a figure that is unknown (NaN): a dash, never "nan".
QString unknown();
/// Money in the current locale with the workspace currency symbol, e.g. "$1,234".
QString money(double value, int decimals = 0);
/// Compact money for axes and scorecards: "$1.2M", "$845K".
QString compactMoney(double value);
/// A fraction as a percentage: 0.253 -> "25.3%".
QString percent(double fraction, int decimals = 1);
/// A change as a signed percentage with an arrow for readers who cannot see the colour: "▲ +4.2%".
QString change(double fraction);
/// A trend word ("up", "down", "flat") with its arrow, translated: "▲ up"; unknown() for anything else.
QString trend(const QString &direction);
QString number(double value, int decimals = 2);
/// A ratio as "3.2:1", the one way every LTV:CAC is written.
QString ratio(double value);
/// Months with one decimal: "4.7".
QString months(double value);
/// A value in its unit's one display format (see MetricUnit); every metric is written through this.
QString metric(MetricUnit unit, double value);
QString count(qint64 value);
/// The currency symbol used by money(); the locale's, or "$" when the locale has none.
QString currencySymbol();
void setCurrencySymbol(const QString &symbol);

inline bool known(double value) { return std::isfinite(value); }

} // namespace lodestar::format
