#include "culturecommon.h"

#include <QCoreApplication>

namespace lodestar::cli {

namespace {

// Opens the workspace read-only and computes the snapshot; nullopt (error printed) when it failed.
std::optional<CultureSnapshot> loadSnapshot(const QCommandLineParser &parser, const CommandContext &context,
                                            const std::optional<Quarter> &quarter)
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

// The snapshot's problems (no valuation, an experiment that cannot be evaluated) as notes.
void printProblems(const CultureSnapshot &snapshot, const CommandContext &context)
{
    for (const QString &problem : snapshot.problems)
        context.err << QCoreApplication::translate("cli", "note: %1").arg(problem) << '\n';
    context.err.flush();
}

} // namespace

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

int runCultureView(QCommandLineParser &parser, const CommandContext &context, const CultureOutput &output,
                   const CulturePrepare &prepare)
{
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    std::optional<Quarter> quarter;
    if (prepare) {
        if (const std::optional<int> code = prepare(quarter))
            return *code;
    }
    const auto snapshot = loadSnapshot(parser, context, quarter);
    if (!snapshot)
        return UnusableInput;
    printProblems(*snapshot, context);
    if (parser.isSet(QStringLiteral("json")))
        printJson(context.out, output.json(*snapshot));
    else
        output.text(*snapshot, context.out);
    context.out.flush();
    return Done;
}

QString tableLine(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i, 12)) + QLatin1Char(' ') : cells.at(i);
    return line;
}

} // namespace lodestar::cli
