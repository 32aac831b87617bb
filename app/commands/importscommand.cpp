#include "importscommand.h"

#include "app/commandline.h"
#include "models/store/importhistory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace lodestar::cli {

namespace {

QString isoTime(EpochSeconds seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject entryJson(const ImportEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("kind"), entry.kind},
        {QStringLiteral("file"), entry.fileName},
        {QStringLiteral("imported_at"), isoTime(entry.importedAt)},
        {QStringLiteral("rows_read"), entry.counts.rowsRead},
        {QStringLiteral("imported"), entry.counts.imported},
        {QStringLiteral("rejected"), entry.counts.rejected},
        {QStringLiteral("duplicates"), entry.counts.duplicates},
    };
}

} // namespace

int runImports(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Lists the imports of a workspace."));
    addWorkspaceOptions(parser);
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    auto store = openWorkspace(parser, context, Store::Mode::ReadOnly);
    if (!store)
        return UnusableInput;
    const auto entries = listImports(*store);
    if (!entries)
        return fail(context, entries.errorString(), exitCodeOf(entries.error()));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ImportEntry &entry : *entries)
            list.append(entryJson(entry));
        printJson(context.out, QJsonObject{{QStringLiteral("imports"), list}});
        return Done;
    }
    if (entries->isEmpty())
        context.out << QCoreApplication::translate("cli", "No imports yet.") << '\n';
    const QLocale locale;
    for (const ImportEntry &entry : *entries) {
        context.out << QCoreApplication::translate("cli", "#%1  %2  %3  %4: %5 imported, %6 rejected, %7 duplicates")
                           .arg(entry.id).arg(isoTime(entry.importedAt), entry.kind.leftJustified(12), entry.fileName,
                                              locale.toString(entry.counts.imported), locale.toString(entry.counts.rejected),
                                              locale.toString(entry.counts.duplicates)) << '\n';
    }
    context.out.flush();
    return Done;
}

} // namespace lodestar::cli
