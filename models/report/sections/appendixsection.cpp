#include "sections.h"

#include "models/itemmodels/valueformat.h"

#include <cmath>

namespace lodestar::report {

namespace {

using detail::tr;

QString modelName(const QString &key)
{
    if (key == QLatin1String("bgnbd"))
        return tr("BG/NBD (purchases)");
    if (key == QLatin1String("pareto-nbd"))
        return tr("Pareto/NBD (purchases)");
    if (key == QLatin1String("gamma-gamma"))
        return tr("Gamma-Gamma (spend)");
    return key;
}

void addFit(Section &section, const ModelFit &fit)
{
    section.blocks.emplace_back(Heading{modelName(fit.model)});
    Table table;
    table.headers = QStringList{tr("Parameter"), tr("Estimate"), tr("Standard error")};
    table.numeric = {false, true, true};
    for (std::size_t i = 0; i < fit.parameters.size(); ++i) {
        const double error = i < fit.standardErrors.size() ? fit.standardErrors[i] : kUnknown;
        table.rows.push_back({fit.parameterNames.value(static_cast<qsizetype>(i)), format::number(fit.parameters[i], 4),
                              format::number(error, 4)});
    }
    section.blocks.emplace_back(std::move(table));
    const double perCustomer = fit.customers > 0 ? fit.logLikelihood / fit.customers : kUnknown;
    section.blocks.emplace_back(Paragraph{
        tr("Fitted on %1 customers; log-likelihood %2 (%3 per customer); %4.")
            .arg(format::count(fit.customers), format::number(fit.logLikelihood, 1), format::number(perCustomer, 3),
                 fit.converged ? tr("converged") : tr("did not converge"))});
    if (!fit.warning.isEmpty())
        section.blocks.emplace_back(Paragraph{fit.warning, Paragraph::Style::Warning});
}

QString countOrUnknown(qint64 value)
{
    return value >= 0 ? format::count(value) : format::unknown();
}

Table dataTable(const ReportContext &context)
{
    const DataQuality &quality = context.dataQuality;
    Table table;
    table.headers = QStringList{tr("Data"), tr("Value")};
    table.numeric = {false, true};
    const QString range = quality.firstDate.isValid()
                              ? tr("%1 to %2").arg(quality.firstDate.toString(Qt::ISODate), quality.lastDate.toString(Qt::ISODate))
                              : format::unknown();
    table.rows = {
        {tr("Customers"), format::count(quality.customers)},
        {tr("Transactions"), format::count(quality.transactions)},
        {tr("Transaction dates"), range},
        {tr("Rows imported"), countOrUnknown(quality.rowsImported)},
        {tr("Rows rejected"), countOrUnknown(quality.rowsRejected)},
        {tr("Customers in this report"), format::count(static_cast<qint64>(context.insights.customers.size()))},
    };
    return table;
}

} // namespace

Section buildAppendixSection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Appendix);
    section.blocks.emplace_back(Heading{tr("Model parameters and fit quality")});
    const Valuation &valuation = context.valuation;
    if (!valuation.transactionModel && !valuation.spendModel)
        section.blocks.emplace_back(detail::note(tr("The definition's method fits no model: CLV is computed directly from the data.")));
    if (valuation.transactionModel)
        addFit(section, *valuation.transactionModel);
    if (valuation.spendModel)
        addFit(section, *valuation.spendModel);
    for (const QString &warning : valuation.warnings)
        section.blocks.emplace_back(Paragraph{warning, Paragraph::Style::Warning});

    section.blocks.emplace_back(Heading{tr("Data quality")});
    section.blocks.emplace_back(dataTable(context));
    if (context.dataQuality.rowsRejected > 0)
        section.blocks.emplace_back(detail::note(tr("Rejected rows were left out of every figure; the import log lists why.")));
    return section;
}

} // namespace lodestar::report
