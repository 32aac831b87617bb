#include "channelscommand.h"

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

void printChannels(const CultureSnapshot &snapshot, QTextStream &out)
{
    const QList<int> widths{18, 10, 10, 12, 9, 10, 14};
    out << tableLine({Text::tr("Channel"), Text::tr("Customers"), Text::tr("CAC"), Text::tr("Avg CLV"), Text::tr("LTV:CAC"), Text::tr("Payback"),
                      Text::tr("Spend"), Text::tr("Net value")}, widths) << '\n';
    for (const ChannelValue &c : snapshot.channels) {
        out << tableLine({c.channel, QString::number(c.customers), formatCultureValue(c.cac, QStringLiteral("money")),
                          formatCultureValue(c.averageClv, QStringLiteral("money")), formatCultureValue(c.ltvToCac, QStringLiteral("ratio")),
                          formatCultureValue(c.paybackMonths, QStringLiteral("months")),
                          formatCultureValue(c.spend, QStringLiteral("money")), formatCultureValue(c.netValue, QStringLiteral("money"))},
                         widths) << '\n';
    }
}

} // namespace

int runChannels(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Net value per acquisition channel: customers, CAC, average CLV, LTV:CAC, payback "
                                        "and CLV minus spend."));
    addWorkspaceOptions(parser);
    return runCultureView(parser, context, {[](const CultureSnapshot &s) { return channelsToJson(s.channels); }, printChannels});
}

} // namespace lodestar::cli
