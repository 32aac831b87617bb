#include "clvcommand.h"

#include "enginecommon.h"

#include "models/engine/headline.h"
#include "models/import/csvwriter.h"

#include <QJsonArray>

namespace lodestar::cli {

namespace {

// Column order of the CSV and the text table; JSON uses the same keys.
const QStringList kColumns{QStringLiteral("id"), QStringLiteral("x"), QStringLiteral("t_x"), QStringLiteral("T"),
                           QStringLiteral("p_alive"), QStringLiteral("expected_purchases"),
                           QStringLiteral("expected_spend"), QStringLiteral("clv"), QStringLiteral("score"),
                           QStringLiteral("tier"), QStringLiteral("rfm_segment")};

/// The row's cells as text; customers without a CLV have empty clv, score and tier.
QStringList cells(const ValuedWorkspace &w, const CustomerValue &v)
{
    return {w.data.customers[v.customer].externalId, QString::number(v.frequency), QString::number(v.recency, 'f', 4),
            QString::number(v.age, 'f', 4), QString::number(v.probabilityAlive, 'f', 4),
            QString::number(v.expectedPurchases, 'f', 4), QString::number(v.expectedSpend, 'f', 2),
            v.hasClv ? QString::number(v.clv, 'f', 2) : QString(), v.hasClv ? QString::number(v.score) : QString(),
            v.hasClv ? tierName(v.tier) : QString(), v.rfmSegment};
}

QJsonObject rowJson(const ValuedWorkspace &w, const CustomerValue &v)
{
    return QJsonObject{{QStringLiteral("id"), w.data.customers[v.customer].externalId},
                       {QStringLiteral("x"), jsonNumber(v.frequency)},
                       {QStringLiteral("t_x"), jsonNumber(v.recency)},
                       {QStringLiteral("T"), jsonNumber(v.age)},
                       {QStringLiteral("p_alive"), jsonNumber(v.probabilityAlive)},
                       {QStringLiteral("expected_purchases"), jsonNumber(v.expectedPurchases)},
                       {QStringLiteral("expected_spend"), jsonNumber(v.expectedSpend)},
                       {QStringLiteral("clv"), v.hasClv ? jsonNumber(v.clv) : QJsonValue()},
                       {QStringLiteral("score"), v.hasClv ? QJsonValue(v.score) : QJsonValue()},
                       {QStringLiteral("tier"), v.hasClv ? QJsonValue(tierName(v.tier)) : QJsonValue()},
                       {QStringLiteral("rfm_segment"), v.rfmSegment}};
}

// Only the id and the labels are text; every other column is a number the program formatted.
const QList<CsvCellKind> kKinds{CsvCellKind::Text,   CsvCellKind::Number, CsvCellKind::Number, CsvCellKind::Number,
                                CsvCellKind::Number, CsvCellKind::Number, CsvCellKind::Number, CsvCellKind::Number,
                                CsvCellKind::Number, CsvCellKind::Text,   CsvCellKind::Text};

QByteArray csvText(const ValuedWorkspace &w)
{
    QByteArray csv = csvLine(kColumns);
    for (const CustomerValue &v : w.valuation.customers)
        csv += csvLine(cells(w, v), kKinds);
    return csv;
}

} // namespace

int runClv(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "CLV, P(alive), score, tier and RFM segment of every customer."));
    addWorkspaceOptions(parser);
    addDefinitionOptions(parser, DefinitionOptions::Valuation);
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "Write the rows to a CSV file."), QStringLiteral("CSV")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    const QString out = parser.value(QStringLiteral("out"));
    const QString db = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("out")) && !checkOutputPath(context, out, db))
        return UnusableInput;
    const auto w = loadValuation(parser, context, DatasetScope::CustomerSummaries);
    if (!w)
        return w.exitCode;
    w->presented(QStringLiteral("clv"));
    if (!out.isEmpty() && !writeOutput(context, out, csvText(*w), db))
        return UnusableInput;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const CustomerValue &v : w->valuation.customers)
            rows.append(rowJson(*w, v));
        printJson(context, QJsonObject{{QStringLiteral("definition"), w->definitionText},
                                           {QStringLiteral("customers"), rows}});
        return Done;
    }
    context.out << w->definitionText << '\n';
    if (!out.isEmpty()) {
        context.out << QCoreApplication::translate("cli", "Wrote %1 customers to %2").arg(w->valuation.customers.size()).arg(out) << Qt::endl;
        return Done;
    }
    const QList<int> widths{12, 4, 9, 9, 8, 10, 9, 10, 5, 7};
    context.out << textRow(kColumns, widths) << '\n';
    for (const CustomerValue &v : w->valuation.customers)
        context.out << textRow(cells(*w, v), widths) << '\n';
    context.out.flush();
    return Done;
}

} // namespace lodestar::cli
