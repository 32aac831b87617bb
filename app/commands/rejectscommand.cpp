#include "rejectscommand.h"

#include "app/commandline.h"
#include "models/import/csvwriter.h"
#include "models/store/importhistory.h"

#include <QJsonArray>

namespace lodestar::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QByteArray csvText(const ImportEntry &entry, const QList<RejectedRow> &rows)
{
    QByteArray csv = csvLine({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("value"),
                              QStringLiteral("reason")});
    for (const RejectedRow &row : rows)
        csv += csvLine({entry.fileName, QString::number(row.line), row.column, row.value, row.reason},
                       {CsvCellKind::Text, CsvCellKind::Number});
    return csv;
}

void printRows(const CommandContext &context, const ImportEntry &entry, const QList<RejectedRow> &rows, bool json)
{
    if (json) {
        QJsonArray list;
        for (const RejectedRow &row : rows)
            list.append(QJsonObject{{QStringLiteral("file"), entry.fileName}, {QStringLiteral("line"), row.line},
                                    {QStringLiteral("column"), row.column}, {QStringLiteral("value"), row.value},
                                    {QStringLiteral("reason"), row.reason}});
        printJson(context.out, QJsonObject{{QStringLiteral("import_id"), entry.id}, {QStringLiteral("rejected"), rows.size()},
                                           {QStringLiteral("rejects"), list}});
        return;
    }
    context.out << Text::tr("%1 rejected rows in import #%2 (%3)").arg(rows.size()).arg(entry.id).arg(entry.fileName) << '\n';
    for (const RejectedRow &row : rows) {
        context.out << "  " << Text::tr("line %1").arg(row.line) << (row.column.isEmpty() ? QString() : QStringLiteral(", ") + row.column)
                    << ": " << row.reason << (row.value.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(row.value)) << '\n';
    }
    context.out.flush();
}

} // namespace

int runRejects(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Shows or exports the rows an import rejected."));
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("import"), Text::tr("Id of the import (see lodestar imports)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"), Text::tr("Write the rejected rows to this CSV file."), QStringLiteral("CSV")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    bool isNumber = false;
    const qint64 importId = parser.value(QStringLiteral("import")).toLongLong(&isNumber);
    if (!isNumber)
        return fail(context, Text::tr("--import ID is required (see lodestar imports)"), UnusableInput);
    const QString out = parser.value(QStringLiteral("out"));
    const QString db = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("out")) && !checkOutputPath(context, out, db))
        return UnusableInput;
    auto store = openWorkspace(parser, context, Store::Mode::ReadOnly);
    if (!store)
        return UnusableInput;
    const auto entry = findImport(*store, importId);
    if (!entry)
        return fail(context, entry.errorString(), exitCodeOf(entry.error()));
    if (!entry->has_value())
        return fail(context, Text::tr("no import #%1 in this workspace").arg(importId), UnusableInput);
    const auto rows = rejectsOfImport(*store, importId);
    if (!rows)
        return fail(context, rows.errorString(), exitCodeOf(rows.error()));
    if (parser.isSet(QStringLiteral("out"))) {
        if (!writeOutput(context, out, csvText(**entry, *rows), db))
            return UnusableInput;
        if (!parser.isSet(QStringLiteral("json"))) {
            context.out << Text::tr("%1 rejected rows written to %2").arg(rows->size()).arg(parser.value(QStringLiteral("out"))) << Qt::endl;
            return Done;
        }
    }
    printRows(context, **entry, *rows, parser.isSet(QStringLiteral("json")));
    return Done;
}

} // namespace lodestar::cli
