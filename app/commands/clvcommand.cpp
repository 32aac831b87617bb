#include "clvcommand.h"

#include "enginecommon.h"

#include "models/engine/headline.h"
#include "models/import/csvwriter.h"
#include "models/store/customervaluerepository.h"
#include "models/store/store.h"

#include <QDateTime>

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

/// Writes the valuation into the workspace's customer_values table; the table's name and rows, or
/// the exit code after the error was printed.
struct WrittenBack
{
    QString table;
    int rows = 0;
    int exitCode = Done;
};

WrittenBack writeBack(const CommandContext &context, const QString &db, const ValuedWorkspace &w)
{
    auto store = Store::open(db);
    if (!store)
        return {{}, 0, fail(context, store.error(), exitCodeFor(store.error()))};
    CustomerValueRepository values(**store);
    if (Status written = values.replace(w.data, w.valuation, w.definitionText, QDateTime::currentSecsSinceEpoch()); !written)
        return {{}, 0, fail(context, written.error(), exitCodeFor(written.error()))};
    return {values.tableName(), int(w.valuation.customers.size())};
}

} // namespace

int runClv(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "CLV, P(alive), score, tier and RFM segment of every customer."));
    addWorkspaceOptions(parser);
    addDefinitionOptions(parser, DefinitionOptions::Valuation);
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "Write the rows to a CSV file."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("write-back"),
                      QCoreApplication::translate("cli", "Write the rows into the workspace's customer_values table, for other tools.")});
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
    WrittenBack written;
    if (parser.isSet(QStringLiteral("write-back"))) {
        written = writeBack(context, db, *w);
        if (written.exitCode != Done)
            return written.exitCode;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const CustomerValue &v : w->valuation.customers)
            rows.append(rowJson(*w, v));
        QJsonObject json{{QStringLiteral("definition"), w->definitionText}, {QStringLiteral("customers"), rows}};
        if (!written.table.isEmpty())
            json.insert(QStringLiteral("written_back"), QJsonObject{{QStringLiteral("table"), written.table},
                                                                    {QStringLiteral("rows"), written.rows}});
        printJson(context, json);
        return Done;
    }
    context.out << w->definitionText << '\n';
    if (!written.table.isEmpty())
        context.out << QCoreApplication::translate("cli", "Wrote %1 customers to the table %2").arg(written.rows).arg(written.table) << '\n';
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
