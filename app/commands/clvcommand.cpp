#include "clvcommand.h"

#include "enginecommon.h"

#include "models/engine/headline.h"

#include <QFile>
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

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

bool writeCsv(const ValuedWorkspace &w, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    out << kColumns.join(QLatin1Char(',')) << '\n';
    for (const CustomerValue &v : w.valuation.customers) {
        QStringList row = cells(w, v);
        for (QString &cell : row)
            cell = csvField(cell);
        out << row.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    return file.error() == QFileDevice::NoError;
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
    const auto w = loadValuation(parser, context);
    if (!w)
        return w.exitCode;
    w->presented(QStringLiteral("clv"));
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty() && !writeCsv(*w, out))
        return fail(context, QCoreApplication::translate("cli", "cannot write %1").arg(out), UnusableInput);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const CustomerValue &v : w->valuation.customers)
            rows.append(rowJson(*w, v));
        printJson(context.out, QJsonObject{{QStringLiteral("definition"), w->definitionText},
                                           {QStringLiteral("customers"), rows}});
        return Done;
    }
    context.out << w->definitionText << '\n';
    for (const QString &warning : w->valuation.warnings)
        context.err << QCoreApplication::translate("cli", "note: %1").arg(warning) << '\n';
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
