#pragma once

#include <QDate>
#include <QString>

namespace lodestar {

/// Longest span of data, in years, the analyses take. Periods, KPIs and cohorts are laid out
/// over the span, so one stray far-future date (a 9999-12-31 "open end", a 3024 typo) would
/// otherwise ask for gigabytes; valueCustomers() refuses a longer span with the dates that make it.
inline constexpr int kMaxAnalysisYears = 150;

/// Empty when first..last is a span the analyses take; otherwise one sentence naming the dates.
QString analysisSpanProblem(const QDate &first, const QDate &last);

} // namespace lodestar
