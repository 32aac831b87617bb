#include "commandline.h"

#include "commands/command.h"
#include "commands/democommand.h"
#include "commands/channelscommand.h"
#include "commands/experimentscommand.h"
#include "commands/goalscommand.h"
#include "commands/guardrailscommand.h"
#include "commands/matrixcommand.h"
#include "commands/scorecardcommand.h"
#include "commands/importcommand.h"
#include "commands/importscommand.h"
#include "commands/rejectscommand.h"
#include "commands/reportcommand.h"
#include "commands/screenshotcommand.h"
#include "commands/summarycommand.h"
#include "commands/clvcommand.h"
#include "commands/cohortscommand.h"
#include "commands/definitioncommand.h"
#include "commands/fitcommand.h"
#include "commands/kpiscommand.h"
#include "commands/segmentscommand.h"

#include "models/engine/analysisservice.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include <functional>
#include <map>

namespace lodestar::cli {

namespace {

struct Subcommand
{
    std::function<int(const CommandContext &)> run;
    const char *summary;
};

// The command line is a product surface: names and JSON keys stay stable once released.
const std::map<QString, Subcommand> &subcommands()
{
    static const std::map<QString, Subcommand> table{
        {QStringLiteral("channels"), {runChannels, QT_TRANSLATE_NOOP("cli", "Net value per acquisition channel: CAC, CLV, LTV:CAC, payback")}},
        {QStringLiteral("experiments"), {runExperiments, QT_TRANSLATE_NOOP("cli", "Incremental CLV of experiments, treatment over control")}},
        {QStringLiteral("goals"), {runGoals, QT_TRANSLATE_NOOP("cli", "Team goals on CLV drivers and their progress")}},
        {QStringLiteral("guardrails"), {runGuardrails, QT_TRANSLATE_NOOP("cli", "Warnings when growth is bought at the expense of CLV")}},
        {QStringLiteral("matrix"), {runMatrix, QT_TRANSLATE_NOOP("cli", "CLV maturity matrix; 'matrix set' records an assessment")}},
        {QStringLiteral("scorecard"), {runScorecard, QT_TRANSLATE_NOOP("cli", "Balanced scorecard of financial and customer indicators")}},
        {QStringLiteral("demo"), {runDemo, QT_TRANSLATE_NOOP("cli", "Builds the demo company's workspace (three years, ~5,000 customers)")}},
        {QStringLiteral("import"), {runImport, QT_TRANSLATE_NOOP("cli", "Imports transactions, customers, spend and NPS files (CSV)")}},
        {QStringLiteral("imports"), {runImports, QT_TRANSLATE_NOOP("cli", "Lists past imports with their counts")}},
        {QStringLiteral("rejects"), {runRejects, QT_TRANSLATE_NOOP("cli", "Shows or exports the rows an import rejected")}},
        {QStringLiteral("report"), {runReport, QT_TRANSLATE_NOOP("cli", "Writes the quarterly business review (QBR) report as a PDF")}},
        {QStringLiteral("screenshot"), {runScreenshot, QT_TRANSLATE_NOOP("cli", "Renders the window with one view to a PNG (after the analysis finished)")}},
        {QStringLiteral("clv"), {runClv, QT_TRANSLATE_NOOP("cli", "CLV, P(alive), score, tier and RFM segment of every customer (CSV or JSON)")}},
        {QStringLiteral("cohorts"), {runCohorts, QT_TRANSLATE_NOOP("cli", "Acquisition cohorts: retention, revenue retention, cumulative revenue, projection")}},
        {QStringLiteral("definition"), {runDefinition, QT_TRANSLATE_NOOP("cli", "Shows or sets the workspace CLV definition")}},
        {QStringLiteral("fit"), {runFit, QT_TRANSLATE_NOOP("cli", "Fits BG/NBD, Pareto/NBD or Gamma-Gamma; parameters, standard errors, holdout check")}},
        {QStringLiteral("kpis"), {runKpis, QT_TRANSLATE_NOOP("cli", "KPIs by month or quarter with the headline figures")}},
        {QStringLiteral("segments"), {runSegments, QT_TRANSLATE_NOOP("cli", "CLV by tier, RFM segment, channel, region or plan")}},
        {QStringLiteral("summary"), {runSummary, QT_TRANSLATE_NOOP("cli", "Customers, transactions, date range and revenue of a workspace")}},
    };
    return table;
}

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: lodestar [<command> [options]]") << "\n\n"
        << QCoreApplication::translate("cli", "Without a command, opens the Lodestar window.") << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto &[name, command] : subcommands())
        out << "  " << name.leftJustified(12) << QCoreApplication::translate("cli", command.summary) << '\n';
    out << "\n" << QCoreApplication::translate("cli", "Run 'lodestar <command> --help' for a command's options.") << Qt::endl;
}

void printVersion(QTextStream &out)
{
    out << "Lodestar " << QStringLiteral(LODESTAR_VERSION) << '\n'
        << QCoreApplication::translate("cli", "Built with Qt %1, running on Qt %2").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())) << '\n'
        << QCoreApplication::translate("cli", "Licence: GPL-3.0-or-later") << Qt::endl;
}

} // namespace

bool isSubcommand(const QStringList &arguments)
{
    // The window takes only options (--db FILE); anything else is a headless command.
    const QString first = arguments.value(1);
    return !first.isEmpty() && (!first.startsWith(QLatin1Char('-')) || first == QLatin1String("--version")
                                || first == QLatin1String("--help") || first == QLatin1String("-h"));
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("--version") || name == QLatin1String("version")) {
        printVersion(out);
        return Done;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(out);
        return Done;
    }
    const auto found = subcommands().find(name);
    if (found == subcommands().end()) {
        err << "lodestar: " << QCoreApplication::translate("cli", "unknown command '%1'").arg(name) << '\n';
        printUsage(err);
        return UnusableInput;
    }
    const CommandContext context{arguments, out, err};
    // A failed command leaves the workspace as it was: the fits and definition use it recorded
    // while valuing are written only once it has succeeded.
    HeldAnalysisWrites writes;
    const int code = found->second.run(context);
    if (code == Done)
        writes.commit();
    return code;
}

} // namespace lodestar::cli
