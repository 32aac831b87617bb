#include "summarycommand.h"

#include "models/store/workspacestatistics.h"

#include <QDateTime>
#include <QLocale>

namespace lodestar::cli {

namespace {

QString isoDate(EpochSeconds seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

int runSummary(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Counts and date range of a workspace."));
    addWorkspaceOptions(parser);
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    auto store = openWorkspace(parser, context, Store::Mode::ReadOnly);
    if (!store)
        return 2;
    const auto statistics = readWorkspaceStatistics(*store);
    if (!statistics)
        return fail(context, statistics.errorString(), 2);

    const bool empty = statistics->transactions == 0;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(context.out, QJsonObject{
            {QStringLiteral("customers"), statistics->customers},
            {QStringLiteral("transactions"), statistics->transactions},
            {QStringLiteral("first_date"), empty ? QJsonValue() : QJsonValue(isoDate(statistics->firstAt))},
            {QStringLiteral("last_date"), empty ? QJsonValue() : QJsonValue(isoDate(statistics->lastAt))},
            {QStringLiteral("total_revenue"), statistics->totalRevenue},
        });
        return 0;
    }
    const QLocale locale;
    context.out << QCoreApplication::translate("cli", "Customers:     %1").arg(locale.toString(statistics->customers)) << '\n'
                << QCoreApplication::translate("cli", "Transactions:  %1").arg(locale.toString(statistics->transactions)) << '\n';
    if (!empty)
        context.out << QCoreApplication::translate("cli", "Date range:    %1 to %2").arg(isoDate(statistics->firstAt), isoDate(statistics->lastAt)) << '\n';
    context.out << QCoreApplication::translate("cli", "Total revenue: %1").arg(locale.toString(statistics->totalRevenue, 'f', 2)) << Qt::endl;
    return 0;
}

} // namespace lodestar::cli
