#include "experimentresult.h"

#include "models/culture/quarterlyfacts.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>
#include <numeric>

namespace lodestar {

namespace {

constexpr double kZ95 = 1.959963984540054; // two-sided 95% quantile of the standard normal

struct Moments
{
    double mean = kUnknown;
    double variance = kUnknown; ///< sample variance (n - 1)
};

Moments moments(const std::vector<double> &values)
{
    Moments m;
    if (values.empty())
        return m;
    const double n = static_cast<double>(values.size());
    m.mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    if (values.size() < 2)
        return m;
    double squares = 0.0;
    for (double v : values)
        squares += (v - m.mean) * (v - m.mean);
    m.variance = squares / (n - 1.0);
    return m;
}

// A customer's attributes as a filter names them; the tier comes from the valuation, so it is
// empty for customers without a CLV (and for every customer when there is no valuation).
QString attributeOf(const CustomerRecord &customer, const QString &tier, const QString &name)
{
    if (name == QLatin1String("channel"))
        return customer.channel;
    if (name == QLatin1String("region"))
        return customer.region;
    if (name == QLatin1String("tier"))
        return tier;
    return customer.plan;
}

bool matches(const CustomerRecord &customer, const QString &tier, const QList<QPair<QString, QString>> &conditions)
{
    for (const auto &[name, value] : conditions) {
        if (attributeOf(customer, tier, name).compare(value, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

Result<QList<QPair<QString, QString>>> parseFilter(const QString &filter)
{
    QList<QPair<QString, QString>> conditions;
    for (const QString &part : filter.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name = part.left(eq).trimmed().toLower();
        static const QStringList attributes{QStringLiteral("channel"), QStringLiteral("region"), QStringLiteral("plan"), QStringLiteral("tier")};
        if (eq < 0 || !attributes.contains(name))
            return Error{QCoreApplication::translate("culture", "Cannot use the filter \"%1\": write channel=…, region=…, plan=… or tier=…, joined by ';'.").arg(part), {}};
        conditions.append({name, part.mid(eq + 1).trimmed()});
    }
    return conditions;
}

// Per-customer revenue and activity inside [start, end].
struct PeriodActivity
{
    std::vector<double> revenue;
    std::vector<double> active;
};

PeriodActivity periodActivity(const Dataset &data, const QDate &start, const QDate &end)
{
    PeriodActivity activity{std::vector<double>(data.customers.size(), 0.0), std::vector<double>(data.customers.size(), 0.0)};
    for (const TransactionRecord &t : data.transactions) {
        const QDate date = dateOf(t.occurredAt);
        const auto c = static_cast<std::size_t>(t.customer);
        if (c >= activity.revenue.size() || (start.isValid() && date < start) || (end.isValid() && date > end))
            continue;
        activity.revenue[c] += t.amount;
        if (t.amount > 0.0)
            activity.active[c] = 1.0;
    }
    return activity;
}

struct ArmSamples
{
    std::vector<double> clv, retained, revenue;
};

ArmSamples samplesOf(const std::vector<std::int32_t> &members, const std::vector<double> &clvOf,
                     const PeriodActivity &activity)
{
    ArmSamples samples;
    for (std::int32_t member : members) {
        const auto c = static_cast<std::size_t>(member);
        samples.clv.push_back(clvOf[c]);
        samples.retained.push_back(activity.active[c]);
        samples.revenue.push_back(activity.revenue[c]);
    }
    return samples;
}

ArmSummary summarise(const ArmSamples &samples)
{
    return {static_cast<int>(samples.clv.size()), moments(samples.clv).mean, moments(samples.retained).mean,
            moments(samples.revenue).mean};
}

} // namespace

Estimate differenceOfMeans(const std::vector<double> &treatment, const std::vector<double> &control)
{
    const Moments t = moments(treatment);
    const Moments c = moments(control);
    Estimate estimate;
    estimate.difference = t.mean - c.mean;
    if (std::isnan(t.variance) || std::isnan(c.variance))
        return estimate;
    const double se = std::sqrt(t.variance / treatment.size() + c.variance / control.size());
    estimate.low = estimate.difference - kZ95 * se;
    estimate.high = estimate.difference + kZ95 * se;
    return estimate;
}

Result<std::vector<std::int32_t>> resolveSelection(const Dataset &data, const CustomerSelection &selection, const Valuation *valuation)
{
    std::vector<std::int32_t> members;
    if (!selection.externalIds.isEmpty()) {
        const QSet<QString> wanted(selection.externalIds.cbegin(), selection.externalIds.cend());
        for (std::size_t i = 0; i < data.customers.size(); ++i) {
            if (wanted.contains(data.customers[i].externalId))
                members.push_back(static_cast<std::int32_t>(i));
        }
        return members;
    }
    const auto conditions = parseFilter(selection.filter);
    if (!conditions)
        return conditions.error();
    std::vector<QString> tiers(data.customers.size());
    if (valuation) {
        for (const CustomerValue &value : valuation->customers) {
            if (value.hasClv && static_cast<std::size_t>(value.customer) < tiers.size())
                tiers[static_cast<std::size_t>(value.customer)] = tierName(value.tier);
        }
    }
    for (std::size_t i = 0; i < data.customers.size(); ++i) {
        if (matches(data.customers[i], tiers[i], *conditions))
            members.push_back(static_cast<std::int32_t>(i));
    }
    return members;
}

Result<ExperimentResult> evaluateExperiment(const Dataset &data, const Valuation &valuation, const Experiment &experiment)
{
    const auto treatment = resolveSelection(data, experiment.treatment, &valuation);
    if (!treatment)
        return treatment.error();
    const auto control = resolveSelection(data, experiment.control, &valuation);
    if (!control)
        return control.error();
    std::vector<double> clvOf(data.customers.size(), 0.0);
    for (const CustomerValue &value : valuation.customers) {
        if (static_cast<std::size_t>(value.customer) < clvOf.size())
            clvOf[static_cast<std::size_t>(value.customer)] = value.clv;
    }
    const PeriodActivity activity = periodActivity(data, experiment.start, experiment.end);
    const ArmSamples t = samplesOf(*treatment, clvOf, activity);
    const ArmSamples c = samplesOf(*control, clvOf, activity);

    ExperimentResult result;
    result.experiment = experiment;
    result.treatment = summarise(t);
    result.control = summarise(c);
    result.incrementalClv = differenceOfMeans(t.clv, c.clv);
    result.incrementalRetention = differenceOfMeans(t.retained, c.retained);
    result.incrementalRevenue = differenceOfMeans(t.revenue, c.revenue);
    if (t.clv.size() < 2 || c.clv.size() < 2)
        result.warning = QCoreApplication::translate("culture", "Each group needs at least two customers for a confidence interval.");
    return result;
}

} // namespace lodestar
