#pragma once

#include "chartwidget.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QDateTimeAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace lodestar::ui::charts {

/// The label format of a value axis. Every chart localises its numbers (QChart::localizeNumbers),
/// and in that mode Qt Charts copies the text around the number verbatim instead of passing it to
/// printf: a printf-style "%%" would print as "%%", so the percent sign is a single "%".
QString valueLabelFormat(ValueFormat format);

/// A value axis from min to max with round ticks (0-100 for shares that fill most of it).
QValueAxis *makeValueAxis(double min, double max, ValueFormat format);

/// An axis of periods ("2025Q1", "2025-03"): point i of a series sits on label i. Labels are thinned
/// to at most maxLabels so they never overlap, and always include the last period.
QCategoryAxis *makePeriodAxis(const QStringList &labels, int maxLabels = 12);
/// Replaces the labels of an axis made by makePeriodAxis, e.g. for another width.
void setPeriodLabels(QCategoryAxis *axis, const QStringList &labels, int maxLabels);

/// A date axis from min to max (ms since the epoch); a single day is widened so it has a range.
QDateTimeAxis *makeDateAxis(double minMs, double maxMs, const QString &format, int maxTicks = 7);

} // namespace lodestar::ui::charts
