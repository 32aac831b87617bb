#include "clvdefinition.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace lodestar {

namespace {

// The definition is shown in the window, the report and the CLI: its sentences are translated, its JSON keys not.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClvDefinition)
};

// JSON keys of the stored definition: the workspace file and scripts depend on them.
const QString kMethod = QStringLiteral("method");
const QString kHorizon = QStringLiteral("horizon_months");
const QString kDiscount = QStringLiteral("annual_discount_rate");
const QString kMargin = QStringLiteral("gross_margin");
const QString kMarginByPlan = QStringLiteral("margin_by_plan");
const QString kMarginByChannel = QStringLiteral("margin_by_channel");
const QString kTimeUnit = QStringLiteral("time_unit");
const QString kCalibrationStart = QStringLiteral("calibration_start");
const QString kCalibrationEnd = QStringLiteral("calibration_end");
const QString kHighShare = QStringLiteral("high_tier_share");
const QString kMediumShare = QStringLiteral("medium_tier_share");
const QString kAtRisk = QStringLiteral("at_risk_probability");
const QString kTierCutoff = QStringLiteral("tier_cutoff");
const QString kHighAmount = QStringLiteral("high_tier_amount");
const QString kMediumAmount = QStringLiteral("medium_tier_amount");

QString percent(double fraction)
{
    return QLocale::c().toString(fraction * 100.0, 'g', 4) + QLatin1Char('%');
}

// Cut-offs are in the workspace's currency; whole amounts print without decimals.
QString amount(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString horizonText(int months)
{
    if (months % 12 == 0)
        return months == 12 ? Text::tr("1 year") : Text::tr("%1 years").arg(months / 12);
    return months == 1 ? Text::tr("1 month") : Text::tr("%1 months").arg(months);
}

QString unitPlural(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return Text::tr("days");
    case TimeUnit::Week: return Text::tr("weeks");
    case TimeUnit::Month: return Text::tr("months");
    }
    return timeUnitKey(unit) + QLatin1Char('s');
}

QString marginText(const ClvDefinition &d)
{
    QStringList overrides;
    for (auto it = d.marginByPlan.begin(); it != d.marginByPlan.end(); ++it)
        overrides << Text::tr("plan %1: %2").arg(it.key(), percent(it.value()));
    for (auto it = d.marginByChannel.begin(); it != d.marginByChannel.end(); ++it)
        overrides << Text::tr("channel %1: %2").arg(it.key(), percent(it.value()));
    if (overrides.isEmpty())
        return Text::tr("%1 of net revenue").arg(percent(d.grossMargin));
    // Listing every override keeps the sentence a complete definition; marginFor() lets a plan win.
    return Text::tr("%1 of net revenue, except %2").arg(percent(d.grossMargin), QLocale().createSeparatedList(overrides));
}

QString windowText(const ClvDefinition &d)
{
    const QString from = d.calibrationStart.isValid() ? d.calibrationStart.toString(Qt::ISODate)
                                                      : Text::tr("the first purchase");
    const QString to = d.calibrationEnd.isValid() ? d.calibrationEnd.toString(Qt::ISODate)
                                                  : Text::tr("the last purchase");
    return Text::tr("from %1 to %2").arg(from, to);
}

QMap<QString, double> marginMap(const QJsonValue &value)
{
    QMap<QString, double> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.value().isDouble())
            map.insert(it.key(), it.value().toDouble());
    return map;
}

QJsonObject marginJson(const QMap<QString, double> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

double number(const QJsonObject &json, const QString &key, double fallback)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() && std::isfinite(value.toDouble()) ? value.toDouble() : fallback;
}

// The first sentence of plainText(): what CLV is and how it is predicted.
QString valueSentence(const ClvDefinition &d)
{
    const QString margin = marginText(d);
    switch (d.method) {
    case ClvMethod::BgNbdGammaGamma:
    case ClvMethod::MbgNbdGammaGamma:
    case ClvMethod::ParetoNbdGammaGamma:
        return Text::tr("CLV = expected gross margin (%1) over the next %2, discounted at %3/yr, from the %4 + "
                        "Gamma-Gamma model fitted on purchases %5 (%6).")
            .arg(margin, horizonText(d.horizonMonths), percent(d.annualDiscountRate), purchaseModelName(d.method),
                 windowText(d), unitPlural(d.timeUnit));
    case ClvMethod::Historic:
        return Text::tr("CLV = realised net revenue to date × %1 (historic: no prediction), purchases %2.")
            .arg(margin, windowText(d));
    case ClvMethod::SimpleFormula:
        return Text::tr("CLV = yearly net revenue per customer × %1 ÷ annual churn, where annual churn is the "
                        "share of customers who bought in one year and did not buy in the next (simple formula, "
                        "undiscounted), purchases %2.")
            .arg(margin, windowText(d));
    }
    return QString();
}

// Only the cut-offs in use must be sensible: the others are kept for switching back.
QString tierError(const ClvDefinition &d)
{
    if (d.tierCutoff == TierCutoff::Share) {
        if (!(d.highTierShare > 0.0 && d.mediumTierShare >= 0.0 && d.highTierShare + d.mediumTierShare <= 1.0))
            return Text::tr("The High and Medium tier shares must be positive and add up to at most 1.");
        return QString();
    }
    if (!(d.mediumTierAmount >= 0.0 && std::isfinite(d.highTierAmount)))
        return Text::tr("The tier cut-offs must be amounts of at least 0.");
    if (d.mediumTierAmount >= d.highTierAmount)
        return Text::tr("The Medium tier cut-off (%1) must be below the High tier cut-off (%2).")
            .arg(amount(d.mediumTierAmount), amount(d.highTierAmount));
    return QString();
}

} // namespace

bool isPredictive(ClvMethod method)
{
    return !purchaseModelName(method).isEmpty();
}

QString purchaseModelName(ClvMethod method)
{
    switch (method) {
    case ClvMethod::BgNbdGammaGamma: return QStringLiteral("BG/NBD");
    case ClvMethod::MbgNbdGammaGamma: return QStringLiteral("MBG/NBD");
    case ClvMethod::ParetoNbdGammaGamma: return QStringLiteral("Pareto/NBD");
    case ClvMethod::Historic:
    case ClvMethod::SimpleFormula: break;
    }
    return QString();
}

QString methodKey(ClvMethod method)
{
    switch (method) {
    case ClvMethod::BgNbdGammaGamma: return QStringLiteral("bgnbd-gg");
    case ClvMethod::MbgNbdGammaGamma: return QStringLiteral("mbgnbd-gg");
    case ClvMethod::ParetoNbdGammaGamma: return QStringLiteral("pareto-nbd-gg");
    case ClvMethod::Historic: return QStringLiteral("historic");
    case ClvMethod::SimpleFormula: return QStringLiteral("simple");
    }
    return QString();
}

std::optional<ClvMethod> methodFromKey(const QString &key)
{
    for (ClvMethod method : {ClvMethod::BgNbdGammaGamma, ClvMethod::MbgNbdGammaGamma, ClvMethod::ParetoNbdGammaGamma,
                             ClvMethod::Historic, ClvMethod::SimpleFormula})
        if (key == methodKey(method))
            return method;
    if (key == QLatin1String("bgnbd"))
        return ClvMethod::BgNbdGammaGamma;
    if (key == QLatin1String("pareto-nbd"))
        return ClvMethod::ParetoNbdGammaGamma;
    return std::nullopt;
}

QString timeUnitKey(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return QStringLiteral("day");
    case TimeUnit::Week: return QStringLiteral("week");
    case TimeUnit::Month: return QStringLiteral("month");
    }
    return QString();
}

QString tierCutoffKey(TierCutoff cutoff)
{
    return cutoff == TierCutoff::Amount ? QStringLiteral("amount") : QStringLiteral("share");
}

std::optional<TierCutoff> tierCutoffFromKey(const QString &key)
{
    for (TierCutoff cutoff : {TierCutoff::Share, TierCutoff::Amount})
        if (key == tierCutoffKey(cutoff))
            return cutoff;
    return std::nullopt;
}

std::optional<TimeUnit> timeUnitFromKey(const QString &key)
{
    for (TimeUnit unit : {TimeUnit::Day, TimeUnit::Week, TimeUnit::Month})
        if (key == timeUnitKey(unit))
            return unit;
    return std::nullopt;
}

double timeUnitDays(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return 1.0;
    case TimeUnit::Week: return 7.0;
    case TimeUnit::Month: return 365.25 / 12.0; // the average Gregorian month
    }
    return 1.0;
}

double ClvDefinition::unitDays() const
{
    return timeUnitDays(timeUnit);
}

double ClvDefinition::monthlyDiscountRate() const
{
    // Compounding equivalence: (1 + monthly)^12 = 1 + annual.
    return std::pow(1.0 + annualDiscountRate, 1.0 / 12.0) - 1.0;
}

QString ClvDefinition::plainText() const
{
    return Text::tr("%1 Tiers: %2.").arg(valueSentence(*this), tierText());
}

QString ClvDefinition::tierText() const
{
    if (tierCutoff == TierCutoff::Amount)
        return Text::tr("High: CLV of %1 or more; Medium: %2 or more; Low: below %2")
            .arg(amount(highTierAmount), amount(mediumTierAmount));
    return Text::tr("High: the top %1 of customers by CLV; Medium: the next %2; Low: the rest")
        .arg(percent(highTierShare), percent(mediumTierShare));
}

QString ClvDefinition::shortText() const
{
    switch (method) {
    case ClvMethod::BgNbdGammaGamma:
    case ClvMethod::MbgNbdGammaGamma:
    case ClvMethod::ParetoNbdGammaGamma:
        return Text::tr("CLV: %1 margin, %2, %3/yr discount, %4")
            .arg(percent(grossMargin), horizonText(horizonMonths), percent(annualDiscountRate), purchaseModelName(method));
    case ClvMethod::Historic:
        return Text::tr("CLV: historic, %1 margin").arg(percent(grossMargin));
    case ClvMethod::SimpleFormula:
        return Text::tr("CLV: simple formula, %1 margin").arg(percent(grossMargin));
    }
    return QString();
}

QJsonObject ClvDefinition::toJson() const
{
    return QJsonObject{
        {kMethod, methodKey(method)},
        {kHorizon, horizonMonths},
        {kDiscount, annualDiscountRate},
        {kMargin, grossMargin},
        {kMarginByPlan, marginJson(marginByPlan)},
        {kMarginByChannel, marginJson(marginByChannel)},
        {kTimeUnit, timeUnitKey(timeUnit)},
        {kCalibrationStart, dateJson(calibrationStart)},
        {kCalibrationEnd, dateJson(calibrationEnd)},
        {kHighShare, highTierShare},
        {kMediumShare, mediumTierShare},
        {kAtRisk, atRiskProbability},
        {kTierCutoff, tierCutoffKey(tierCutoff)},
        {kHighAmount, highTierAmount},
        {kMediumAmount, mediumTierAmount},
    };
}

ClvDefinition ClvDefinition::fromJson(const QJsonObject &json)
{
    // Missing or malformed keys keep their defaults, so older workspaces still load.
    ClvDefinition d;
    d.method = methodFromKey(json.value(kMethod).toString()).value_or(d.method);
    d.horizonMonths = json.value(kHorizon).toInt(d.horizonMonths);
    d.annualDiscountRate = number(json, kDiscount, d.annualDiscountRate);
    d.grossMargin = number(json, kMargin, d.grossMargin);
    d.marginByPlan = marginMap(json.value(kMarginByPlan));
    d.marginByChannel = marginMap(json.value(kMarginByChannel));
    d.timeUnit = timeUnitFromKey(json.value(kTimeUnit).toString()).value_or(d.timeUnit);
    d.calibrationStart = QDate::fromString(json.value(kCalibrationStart).toString(), Qt::ISODate);
    d.calibrationEnd = QDate::fromString(json.value(kCalibrationEnd).toString(), Qt::ISODate);
    d.highTierShare = number(json, kHighShare, d.highTierShare);
    d.mediumTierShare = number(json, kMediumShare, d.mediumTierShare);
    d.atRiskProbability = number(json, kAtRisk, d.atRiskProbability);
    d.tierCutoff = tierCutoffFromKey(json.value(kTierCutoff).toString()).value_or(d.tierCutoff);
    d.highTierAmount = number(json, kHighAmount, d.highTierAmount);
    d.mediumTierAmount = number(json, kMediumAmount, d.mediumTierAmount);
    return d;
}

double ClvDefinition::marginFor(const QString &plan, const QString &channel) const
{
    if (!plan.isEmpty()) {
        const auto it = marginByPlan.constFind(plan);
        if (it != marginByPlan.constEnd())
            return it.value();
    }
    if (!channel.isEmpty()) {
        const auto it = marginByChannel.constFind(channel);
        if (it != marginByChannel.constEnd())
            return it.value();
    }
    return grossMargin;
}

QString ClvDefinition::validationError() const
{
    if (horizonMonths < 1 || horizonMonths > 240)
        return Text::tr("The horizon must be between 1 and 240 months.");
    if (!(annualDiscountRate >= 0.0 && annualDiscountRate < 1.0))
        return Text::tr("The discount rate must be at least 0 and below 1 (e.g. 0.10 for 10%/yr).");
    if (!(grossMargin >= 0.0 && grossMargin <= 1.0))
        return Text::tr("The gross margin must be between 0 and 1 (e.g. 0.30 for 30%).");
    for (const double margin : marginByPlan.values() + marginByChannel.values())
        if (!(margin >= 0.0 && margin <= 1.0))
            return Text::tr("Every plan or channel margin must be between 0 and 1.");
    if (const QString problem = tierError(*this); !problem.isEmpty())
        return problem;
    if (!(atRiskProbability >= 0.0 && atRiskProbability <= 1.0))
        return Text::tr("The at-risk threshold must be a probability between 0 and 1.");
    if (calibrationStart.isValid() && calibrationEnd.isValid() && calibrationStart >= calibrationEnd)
        return Text::tr("The calibration start must be before the calibration end.");
    return QString();
}

ClvDefinition ClvDefinition::resolved(const QDate &firstPurchase, const QDate &lastPurchase) const
{
    ClvDefinition copy = *this;
    if (!copy.calibrationStart.isValid())
        copy.calibrationStart = firstPurchase;
    if (!copy.calibrationEnd.isValid())
        copy.calibrationEnd = lastPurchase;
    return copy;
}

} // namespace lodestar
