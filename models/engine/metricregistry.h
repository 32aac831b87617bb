#pragma once

// Every headline, scorecard and channel metric defined once: what it is called, how it is
// computed (one sentence, shown as the tooltip of its tile and scorecard row), its unit (which
// fixes its display format, see format::metric), the period it covers and which way is good.
// Views, the command line and the report look a metric up here instead of naming it themselves.

#include <QString>
#include <QStringView>

#include <vector>

namespace lodestar {

/// A metric's unit; each has exactly one display format (format::metric).
enum class MetricUnit {
    Money,    ///< workspace currency, locale separators; cents below 100
    Ratio,    ///< "3.2:1"
    Months,   ///< one decimal
    Percent,  ///< a fraction shown as "25.3%"
    PercentagePoints, ///< a difference of fractions shown as "+2.1 pp"
    Count,    ///< whole number
    Days,     ///< "12 days"
    Points,   ///< whole number (NPS)
    Score,    ///< one decimal (satisfaction)
    Number    ///< two decimals
};

/// The unit of a key used in JSON and the culture rows ("money", "ratio", …); Number when unknown.
MetricUnit metricUnitFromKey(QStringView key);
/// The JSON key of a unit ("money", "ratio", "months", …).
QString metricUnitKey(MetricUnit unit);

struct MetricDefinition
{
    const char *id;         ///< stable key, as in the CLI JSON ("ltv_cac", "gross-margin")
    const char *name;       ///< untranslated; context "metrics"
    const char *formula;    ///< one sentence, untranslated; context "metrics"
    MetricUnit unit;
    const char *window;     ///< the customers or period the value covers, untranslated; context "metrics"
    bool higherIsBetter;

    QString key() const { return QString::fromLatin1(id); }
    QString displayName() const;
    QString formulaText() const;
    QString windowText() const;
    /// The value in the unit's one display format; a dash when unknown.
    QString format(double value) const;
    /// "Name: formula Window." for tooltips.
    QString tooltip() const;
};

/// Every metric, in the order of the headline tiles, then the scorecard, then the channel table.
const std::vector<MetricDefinition> &metricRegistry();

/// The metric with this id; nullptr when there is none.
const MetricDefinition *findMetric(QStringView id);

/// The metric with this id, which must exist (a programming error otherwise).
const MetricDefinition &metric(QStringView id);

} // namespace lodestar
