#include "scorecardcommand.h"

#include "culturecommon.h"

#include "models/culture/culturejson.h"
#include "models/culture/cultureformat.h"

#include <QCoreApplication>

namespace lodestar::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

void printRows(const QString &title, const std::vector<ScorecardRow> &rows, QTextStream &out)
{
    const QList<int> widths{40, 12, 12, 12, 8};
    out << title << '\n'
        << tableLine({Text::tr("Indicator"), Text::tr("Target"), Text::tr("Actual"), Text::tr("Previous"), Text::tr("Trend"), Text::tr("Status")}, widths) << '\n';
    for (const ScorecardRow &row : rows) {
        out << tableLine({row.name, formatCultureValue(row.target, row.unit), formatCultureValue(row.actual, row.unit),
                          formatCultureValue(row.previous, row.unit), row.trend, verdictName(row.verdict)}, widths) << '\n';
    }
    out << '\n';
}

void printScorecard(const CultureSnapshot &snapshot, QTextStream &out)
{
    const Scorecard &card = snapshot.scorecard;
    out << Text::tr("Balanced scorecard, trailing %1 quarters (%2)").arg(card.windowQuarters).arg(card.window) << "\n\n";
    printRows(Text::tr("Financial"), card.financial, out);
    printRows(Text::tr("Customer"), card.customer, out);
}

} // namespace

int runScorecard(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Balanced scorecard: financial results next to the customer indicators that lead them, "
                                        "over trailing quarters so one noisy quarter does not swing the verdict."));
    addWorkspaceOptions(parser);
    return runCultureView(parser, context, {[](const CultureSnapshot &s) { return scorecardToJson(s.scorecard); }, printScorecard});
}

} // namespace lodestar::cli
