#include "sections.h"

#include "models/itemmodels/valueformat.h"

#include <QCoreApplication>

#include <cmath>

namespace lodestar::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

QString methodName(ClvMethod method)
{
    switch (method) {
    case ClvMethod::BgNbdGammaGamma: return Text::tr("Predictive: BG/NBD purchases × Gamma-Gamma spend");
    case ClvMethod::MbgNbdGammaGamma: return Text::tr("Predictive: MBG/NBD purchases × Gamma-Gamma spend");
    case ClvMethod::ParetoNbdGammaGamma: return Text::tr("Predictive: Pareto/NBD purchases × Gamma-Gamma spend");
    case ClvMethod::Historic: return Text::tr("Historic: realised margin to date, no prediction");
    case ClvMethod::SimpleFormula: return Text::tr("Simple formula: yearly margin ÷ churn");
    }
    return QString();
}

QString horizonName(int months)
{
    if (months == 12)
        return Text::tr("1 year");
    return months % 12 == 0 ? Text::tr("%1 years").arg(months / 12) : Text::tr("%1 months").arg(months);
}

QString marginName(const ClvDefinition &definition)
{
    QString text = format::percent(definition.grossMargin);
    if (!definition.marginByPlan.isEmpty() || !definition.marginByChannel.isEmpty())
        text += QLatin1Char(' ') + Text::tr("(overridden for %1 plans and %2 channels)")
                                       .arg(definition.marginByPlan.size())
                                       .arg(definition.marginByChannel.size());
    return text;
}

// A cut-off is an exact boundary: it keeps its cents when it has any.
QString cutoff(double amount)
{
    return format::money(amount, amount == std::floor(amount) ? 0 : 2);
}

QString tiersName(const ClvDefinition &definition)
{
    if (definition.tierCutoff == TierCutoff::Amount)
        return Text::tr("High: CLV of %1 or more; Medium: %2 or more; Low: below %2")
            .arg(cutoff(definition.highTierAmount), cutoff(definition.mediumTierAmount));
    return Text::tr("High: the top %1 of customers by CLV; Medium: the next %2; Low: the rest")
        .arg(format::percent(definition.highTierShare, 0), format::percent(definition.mediumTierShare, 0));
}

QString dateOrDash(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : format::unknown();
}

Table parameterTable(const ReportContext &context)
{
    const ClvDefinition &definition = context.valuation.definition;
    Table table;
    table.headers = QStringList{Text::tr("Setting"), Text::tr("Value")};
    table.numeric = {false, false};
    table.rows = {
        {Text::tr("Method"), methodName(definition.method)},
        {Text::tr("Horizon"), horizonName(definition.horizonMonths)},
        {Text::tr("Discount rate"), Text::tr("%1 per year").arg(format::percent(definition.annualDiscountRate))},
        {Text::tr("Gross margin"), marginName(definition)},
        {Text::tr("Model fitted on data up to"), dateOrDash(context.valuation.calibrationEnd)},
        {Text::tr("Data range"), Text::tr("%1 to %2").arg(dateOrDash(context.valuation.dataStart), dateOrDash(context.valuation.dataEnd))},
        {Text::tr("Tiers"), tiersName(definition)},
        {Text::tr("At risk"), Text::tr("Probability of still being a customer below %1").arg(format::percent(definition.atRiskProbability, 0))},
    };
    return table;
}

} // namespace

Section buildDefinitionSection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Definition);
    section.blocks.emplace_back(Paragraph{context.definitionText(), Paragraph::Style::Lead});
    section.blocks.emplace_back(Paragraph{Text::tr("Every figure in this report is computed under this one definition. "
                                             "Customer lifetime value is the margin we expect a customer to bring "
                                             "over the horizon, in today's money, not the revenue they brought so far.")});
    section.blocks.emplace_back(parameterTable(context));
    return section;
}

} // namespace lodestar::report
