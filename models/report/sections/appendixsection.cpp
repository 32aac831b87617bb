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

QString modelName(const QString &key)
{
    if (key == QLatin1String("bgnbd"))
        return Text::tr("BG/NBD (purchases)");
    if (key == QLatin1String("mbgnbd"))
        return Text::tr("MBG/NBD (purchases)");
    if (key == QLatin1String("pareto-nbd"))
        return Text::tr("Pareto/NBD (purchases)");
    if (key == QLatin1String("gamma-gamma"))
        return Text::tr("Gamma-Gamma (spend)");
    return key;
}

void addFit(Section &section, const ModelFit &fit)
{
    section.blocks.emplace_back(Heading{modelName(fit.model)});
    Table table;
    table.headers = QStringList{Text::tr("Parameter"), Text::tr("Estimate"), Text::tr("Standard error")};
    table.numeric = {false, true, true};
    for (std::size_t i = 0; i < fit.parameters.size(); ++i) {
        const double error = i < fit.standardErrors.size() ? fit.standardErrors[i] : kUnknown;
        table.rows.push_back({fit.parameterNames.value(static_cast<qsizetype>(i)), format::number(fit.parameters[i], 4),
                              format::number(error, 4)});
    }
    section.blocks.emplace_back(std::move(table));
    const double perCustomer = fit.customers > 0 ? fit.logLikelihood / fit.customers : kUnknown;
    section.blocks.emplace_back(Paragraph{
        Text::tr("Fitted on %1 customers; log-likelihood %2 (%3 per customer); %4.")
            .arg(format::count(fit.customers), format::number(fit.logLikelihood, 1), format::number(perCustomer, 3),
                 fit.converged ? Text::tr("converged") : Text::tr("did not converge"))});
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
    table.headers = QStringList{Text::tr("Data"), Text::tr("Value")};
    table.numeric = {false, true};
    const QString range = quality.firstDate.isValid()
                              ? Text::tr("%1 to %2").arg(quality.firstDate.toString(Qt::ISODate), quality.lastDate.toString(Qt::ISODate))
                              : format::unknown();
    table.rows = {
        {Text::tr("Customers"), format::count(quality.customers)},
        {Text::tr("Transactions"), format::count(quality.transactions)},
        {Text::tr("Transaction dates"), range},
        {Text::tr("Rows imported"), countOrUnknown(quality.rowsImported)},
        {Text::tr("Rows rejected"), countOrUnknown(quality.rowsRejected)},
        {Text::tr("Customers in this report"), format::count(static_cast<qint64>(context.insights.customers.size()))},
    };
    return table;
}

} // namespace

Section buildAppendixSection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Appendix);
    section.blocks.emplace_back(Heading{Text::tr("Model parameters and fit quality")});
    const Valuation &valuation = context.valuation;
    if (!valuation.transactionModel && !valuation.spendModel)
        section.blocks.emplace_back(detail::note(Text::tr("The definition's method fits no model: CLV is computed directly from the data.")));
    if (valuation.transactionModel)
        addFit(section, *valuation.transactionModel);
    if (valuation.spendModel)
        addFit(section, *valuation.spendModel);
    for (const QString &warning : valuation.warnings)
        section.blocks.emplace_back(Paragraph{warning, Paragraph::Style::Warning});

    section.blocks.emplace_back(Heading{Text::tr("Data quality")});
    section.blocks.emplace_back(dataTable(context));
    if (context.dataQuality.rowsRejected > 0)
        section.blocks.emplace_back(detail::note(Text::tr("Rejected rows were left out of every figure; the import log lists why.")));
    return section;
}

} // namespace lodestar::report
