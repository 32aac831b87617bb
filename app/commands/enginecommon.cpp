#include "enginecommon.h"


#include <cmath>

namespace lodestar::cli {

namespace {

QCommandLineOption option(const char *name, const char *description, const char *valueName)
{
    return {QString::fromLatin1(name), QCoreApplication::translate("cli", description), QString::fromLatin1(valueName)};
}

Result<double> number(const QCommandLineParser &parser, const char *name)
{
    bool ok = false;
    const QString text = parser.value(QString::fromLatin1(name));
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error{QCoreApplication::translate("cli", "--%1 needs a number, not '%2'").arg(QString::fromLatin1(name), text), {}};
    return value;
}

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.optionNames().contains(QString::fromLatin1(name)) && parser.isSet(QString::fromLatin1(name));
}

// The mode follows --tier-cutoff, or else the kind of cut-off given, so
// "--high-tier-amount 500 --medium-tier-amount 100" alone switches to amounts.
Status applyTierOptions(const QCommandLineParser &parser, ClvDefinition &d)
{
    const bool shares = isSet(parser, "high-tier-share") || isSet(parser, "medium-tier-share");
    const bool amounts = isSet(parser, "high-tier-amount") || isSet(parser, "medium-tier-amount");
    if (isSet(parser, "tier-cutoff")) {
        const auto cutoff = tierCutoffFromKey(parser.value(QStringLiteral("tier-cutoff")));
        if (!cutoff)
            return Error{QCoreApplication::translate("cli", "--tier-cutoff must be share or amount"), {}};
        d.tierCutoff = *cutoff;
    } else if (shares && amounts) {
        return Error{QCoreApplication::translate("cli", "tier shares and tier amounts given together: add --tier-cutoff "
                                                        "share or --tier-cutoff amount"), {}};
    } else if (shares || amounts) {
        d.tierCutoff = amounts ? TierCutoff::Amount : TierCutoff::Share;
    }
    for (const auto &[name, field] : {std::pair{"high-tier-share", &d.highTierShare},
                                      std::pair{"medium-tier-share", &d.mediumTierShare},
                                      std::pair{"high-tier-amount", &d.highTierAmount},
                                      std::pair{"medium-tier-amount", &d.mediumTierAmount}}) {
        if (!isSet(parser, name))
            continue;
        const auto value = number(parser, name);
        if (!value)
            return value.error();
        *field = *value;
    }
    return {};
}

} // namespace

void addDefinitionOptions(QCommandLineParser &parser, DefinitionOptions which)
{
    if (which == DefinitionOptions::All) {
        parser.addOption(option("method", "CLV method: bgnbd-gg, mbgnbd-gg, pareto-nbd-gg, historic or simple.", "METHOD"));
        parser.addOption(option("tier-cutoff", "Cut the High and Medium tiers by share of customers or by CLV amount: "
                                               "share or amount (implied by the share or amount options).", "MODE"));
        parser.addOption(option("high-tier-share", "Share of customers in the High tier, e.g. 0.20.", "S"));
        parser.addOption(option("medium-tier-share", "Share of customers in the Medium tier, e.g. 0.30.", "S"));
        parser.addOption(option("high-tier-amount", "CLV at or above which a customer is High.", "A"));
        parser.addOption(option("medium-tier-amount", "CLV at or above which a customer is Medium (below High).", "A"));
    }
    if (which != DefinitionOptions::Fit) {
        parser.addOption(option("horizon-months", "CLV horizon in months (36 = 3 years).", "N"));
        parser.addOption(option("discount-rate", "Annual discount rate, e.g. 0.10.", "R"));
        parser.addOption(option("margin", "Gross margin as a fraction of net revenue, e.g. 0.30.", "M"));
    }
    if (which != DefinitionOptions::Valuation) {
        parser.addOption(option("time-unit", "Model time unit: day, week or month.", "UNIT"));
        parser.addOption(option("calibration-end", "Last day of the calibration window (YYYY-MM-DD).", "DATE"));
    }
}

Result<ClvDefinition> applyDefinitionOptions(const QCommandLineParser &parser, ClvDefinition d)
{
    const auto has = [&](const char *name) { return isSet(parser, name); };
    if (has("method")) {
        const auto method = methodFromKey(parser.value(QStringLiteral("method")));
        if (!method)
            return Error{QCoreApplication::translate("cli", "unknown method '%1' (bgnbd-gg, mbgnbd-gg, pareto-nbd-gg, historic, simple)").arg(parser.value(QStringLiteral("method"))), {}};
        d.method = *method;
    }
    if (has("horizon-months")) {
        bool ok = false;
        d.horizonMonths = parser.value(QStringLiteral("horizon-months")).toInt(&ok);
        if (!ok)
            return Error{QCoreApplication::translate("cli", "--horizon-months needs a whole number of months"), {}};
    }
    for (const auto &[name, field] : {std::pair{"discount-rate", &d.annualDiscountRate}, std::pair{"margin", &d.grossMargin}}) {
        if (!has(name))
            continue;
        const auto value = number(parser, name);
        if (!value)
            return value.error();
        *field = *value;
    }
    if (const Status tiers = applyTierOptions(parser, d); !tiers)
        return tiers.error();
    if (has("time-unit")) {
        const auto unit = timeUnitFromKey(parser.value(QStringLiteral("time-unit")));
        if (!unit)
            return Error{QCoreApplication::translate("cli", "--time-unit must be day, week or month"), {}};
        d.timeUnit = *unit;
    }
    if (has("calibration-end")) {
        d.calibrationEnd = QDate::fromString(parser.value(QStringLiteral("calibration-end")), Qt::ISODate);
        if (!d.calibrationEnd.isValid())
            return Error{QCoreApplication::translate("cli", "--calibration-end needs a date YYYY-MM-DD"), {}};
    }
    if (const QString problem = d.validationError(); !problem.isEmpty())
        return Error{problem, {}};
    return d;
}

LoadedInput loadDataAndDefinition(const QCommandLineParser &parser, const CommandContext &context, DatasetScope scope,
                                  const QDate &holdoutEnd)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return {std::nullopt, fail(context, QCoreApplication::translate("cli", "--db FILE is required"), UnusableInput)};
    auto service = std::make_shared<AnalysisService>(path);
    service->setScope(scope, holdoutEnd);
    bool badOption = false;
    auto read = service->read({}, [&](ClvDefinition stored) {
        auto definition = applyDefinitionOptions(parser, std::move(stored));
        badOption = !definition;
        return definition;
    });
    if (!read)
        return {std::nullopt, fail(context, read.errorString(), badOption ? UnusableInput : exitCodeFor(read.error()))};
    return {WorkspaceInput{std::move(service), read->data, read->definition}, Done};
}

int exitCodeFor(const Error &error)
{
    // A damaged file or a full disk is the user's to fix, even where reading it failed inside.
    if (exitCodeOf(error) == UnusableInput)
        return UnusableInput;
    return error.cause == ErrorCause::Internal ? Failed : UnusableInput;
}

void ValuedWorkspace::presented(const QString &surface) const
{
    if (underStoredDefinition)
        service->recordDefinitionUse(surface, valuation.dataEnd);
}

LoadedValuation loadValuation(const QCommandLineParser &parser, const CommandContext &context, DatasetScope scope)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return {std::nullopt, fail(context, QCoreApplication::translate("cli", "--db FILE is required"), UnusableInput)};
    auto service = std::make_shared<AnalysisService>(path);
    service->setScope(scope);
    bool adjusted = false;
    auto loaded = service->load([&](ClvDefinition stored) {
        auto definition = applyDefinitionOptions(parser, stored);
        adjusted = definition && !(*definition == stored);
        return definition;
    });
    if (!loaded)
        return {std::nullopt, fail(context, loaded.error(), exitCodeFor(loaded.error()))};
    const Dataset &data = *loaded->data;
    const Valuation &valuation = *loaded->valuation;
    // Every valuation command shows what fell back: in the JSON, or on stderr beside the text.
    *context.warnings << valuation.warnings;
    if (!parser.isSet(QStringLiteral("json")))
        for (const QString &warning : valuation.warnings)
            context.err << QCoreApplication::translate("cli", "note: %1").arg(warning) << '\n';
    const QString text = loaded->definitionText;
    return {ValuedWorkspace{std::move(service), *loaded, data, valuation, text, !adjusted}, Done};
}

bool readPeriod(const QCommandLineParser &parser, const CommandContext &context, Period &period)
{
    if (!parser.isSet(QStringLiteral("period")))
        return true;
    const QString value = parser.value(QStringLiteral("period"));
    if (value == QLatin1String("month"))
        period = Period::Month;
    else if (value == QLatin1String("quarter"))
        period = Period::Quarter;
    else {
        fail(context, QCoreApplication::translate("cli", "--period must be month or quarter"), UnusableInput);
        return false;
    }
    return true;
}

QString textNumber(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
}

QString textRow(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += i + 1 < cells.size() ? cells[i].leftJustified(widths.value(i, 12)) + QLatin1Char(' ') : cells[i];
    return line;
}

} // namespace lodestar::cli
