#include "culturecommon.h"

#include <QCoreApplication>

namespace lodestar::cli {

bool isAction(const CommandContext &context, const char *action)
{
    return context.arguments.value(2) == QLatin1String(action);
}

CommandContext withoutAction(const CommandContext &context, QStringList &storage)
{
    storage = context.arguments;
    storage.removeAt(2);
    return CommandContext{storage, context.out, context.err};
}

bool readQuarter(const QCommandLineParser &parser, const CommandContext &context, std::optional<Quarter> &quarter)
{
    if (!parser.isSet(QStringLiteral("quarter")))
        return true;
    quarter = Quarter::parse(parser.value(QStringLiteral("quarter")));
    if (!quarter) {
        fail(context, QCoreApplication::translate("cli", "'%1' is not a quarter; write it like 2025Q4")
                          .arg(parser.value(QStringLiteral("quarter"))), UnusableInput);
        return false;
    }
    return true;
}

std::optional<CultureSnapshot> loadSnapshot(const QCommandLineParser &parser, const CommandContext &context,
                                            std::optional<Quarter> quarter)
{
    auto store = openWorkspace(parser, context, Store::Mode::ReadOnly);
    if (!store)
        return std::nullopt;
    // A workspace from before the culture tables is migrated forward (read-only opens do not migrate).
    if (store->schemaVersion() < Store::currentSchemaVersion()) {
        store.reset();
        store = openWorkspace(parser, context, Store::Mode::ReadWrite);
        if (!store)
            return std::nullopt;
    }
    auto snapshot = loadCultureSnapshot(*store, quarter);
    if (!snapshot) {
        fail(context, snapshot.errorString(), UnusableInput);
        return std::nullopt;
    }
    return std::move(snapshot).value();
}

void printProblems(const CultureSnapshot &snapshot, const CommandContext &context)
{
    for (const QString &problem : snapshot.problems)
        context.err << QCoreApplication::translate("cli", "note: %1").arg(problem) << '\n';
    context.err.flush();
}

QString tableLine(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i, 12)) + QLatin1Char(' ') : cells.at(i);
    return line;
}

} // namespace lodestar::cli
