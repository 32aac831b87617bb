#include "sections.h"

#include "models/itemmodels/valueformat.h"

namespace lodestar::report {

namespace {

using detail::tr;

QString methodName(ClvMethod method)
{
    switch (method) {
    case ClvMethod::BgNbdGammaGamma: return tr("Predictive: BG/NBD purchases × Gamma-Gamma spend");
    case ClvMethod::ParetoNbdGammaGamma: return tr("Predictive: Pareto/NBD purchases × Gamma-Gamma spend");
    case ClvMethod::Historic: return tr("Historic: realised margin to date, no prediction");
    case ClvMethod::SimpleFormula: return tr("Simple formula: yearly margin ÷ churn");
    }
    return QString();
}

QString horizonName(int months)
{
    if (months == 12)
        return tr("1 year");
    return months % 12 == 0 ? tr("%1 years").arg(months / 12) : tr("%1 months").arg(months);
}

QString marginName(const ClvDefinition &definition)
{
    QString text = format::percent(definition.grossMargin);
    if (!definition.marginByPlan.isEmpty() || !definition.marginByChannel.isEmpty())
        text += QLatin1Char(' ') + tr("(overridden for %1 plans and %2 channels)")
                                       .arg(definition.marginByPlan.size())
                                       .arg(definition.marginByChannel.size());
    return text;
}

QString dateOrDash(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : format::unknown();
}

Table parameterTable(const ReportContext &context)
{
    const ClvDefinition &definition = context.valuation.definition;
    Table table;
    table.headers = QStringList{tr("Setting"), tr("Value")};
    table.numeric = {false, false};
    table.rows = {
        {tr("Method"), methodName(definition.method)},
        {tr("Horizon"), horizonName(definition.horizonMonths)},
        {tr("Discount rate"), tr("%1 per year").arg(format::percent(definition.annualDiscountRate))},
        {tr("Gross margin"), marginName(definition)},
        {tr("Model fitted on data up to"), dateOrDash(context.valuation.calibrationEnd)},
        {tr("Data range"), tr("%1 to %2").arg(dateOrDash(context.valuation.dataStart), dateOrDash(context.valuation.dataEnd))},
        {tr("Tiers"), tr("High: top %1 of CLV; Medium: next %2; Low: the rest")
                          .arg(format::percent(definition.highTierShare, 0), format::percent(definition.mediumTierShare, 0))},
        {tr("At risk"), tr("Probability of still being a customer below %1").arg(format::percent(definition.atRiskProbability, 0))},
    };
    return table;
}

} // namespace

Section buildDefinitionSection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Definition);
    section.blocks.emplace_back(Paragraph{context.definitionText(), Paragraph::Style::Lead});
    section.blocks.emplace_back(Paragraph{tr("Every figure in this report is computed under this one definition. "
                                             "Customer lifetime value is the margin we expect a customer to bring "
                                             "over the horizon, in today's money, not the revenue they brought so far.")});
    section.blocks.emplace_back(parameterTable(context));
    return section;
}

} // namespace lodestar::report
