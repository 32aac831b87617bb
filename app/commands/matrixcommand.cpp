#include "matrixcommand.h"

#include "culturecommon.h"

#include "models/culture/culturejson.h"
#include "models/culture/cultureformat.h"
#include "models/store/assessmentrepository.h"

#include <QCoreApplication>

namespace lodestar::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString capabilityKeys()
{
    QStringList keys;
    for (const CapabilityInfo &info : capabilities())
        keys << QLatin1String(info.key);
    return keys.join(QStringLiteral(", "));
}

void printMatrix(const MaturityMatrix &matrix, QTextStream &out)
{
    out << Text::tr("CLV maturity matrix, %1 (average level %2, average gap %3)")
               .arg(matrix.quarter.toString(), formatCultureValue(matrix.averageLevel, QStringLiteral("score")),
                    formatCultureValue(matrix.averageGap, QStringLiteral("score"))) << "\n\n";
    const QList<int> widths{24, 6, 7, 4, 16, 28};
    out << tableLine({Text::tr("Capability"), Text::tr("Level"), Text::tr("Target"), Text::tr("Gap"), Text::tr("Trend"), Text::tr("Owner"), Text::tr("KPI")}, widths) << '\n';
    for (const MatrixRow &row : matrix.rows) {
        QStringList trend;
        for (const MatrixTrendPoint &point : row.trend)
            trend << QString::number(point.level);
        const QString kpi = capabilityKpi(row.capability) + QStringLiteral(": ") + formatCultureValue(row.kpiValue, row.kpiUnit);
        out << tableLine({capabilityName(row.capability), formatLevel(row.level), formatLevel(row.target),
                          row.assessed ? QString::number(row.gap) : QStringLiteral("–"), trend.join(QStringLiteral("→")),
                          row.owner, kpi}, widths) << '\n';
    }
    out.flush();
}

bool readLevel(const QCommandLineParser &parser, const CommandContext &context, const QString &name, int &level)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    level = parser.value(name).toInt(&ok);
    if (ok && level >= kMinLevel && level <= kMaxLevel)
        return true;
    fail(context, Text::tr("--%1 must be a whole number from 1 to 5").arg(name), UnusableInput);
    return false;
}

// A new quarter starts from the previous assessment's target and owner, so a quick re-rating keeps them.
Assessment startingPoint(const std::vector<Assessment> &existing, Capability capability, const Quarter &quarter)
{
    Assessment base;
    base.capability = capability;
    base.quarter = quarter;
    base.owner = capabilityOwner(capability);
    for (const Assessment &assessment : existing) {
        if (assessment.capability != capability || quarter < assessment.quarter)
            continue;
        base = assessment;
        base.quarter = quarter;
        if (assessment.quarter != quarter) {
            base.evidence.clear();
            base.kpiValue = kUnknown;
            base.kpiPeriod.clear();
        }
    }
    return base;
}

int runSet(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Records a quarterly self-assessment of one capability."));
    parser.addOption({QStringLiteral("db"), Text::tr("Workspace database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("capability"), Text::tr("Capability key: %1.").arg(capabilityKeys()), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("quarter"), Text::tr("Quarter of the assessment, e.g. 2025Q4."), QStringLiteral("QUARTER")});
    parser.addOption({QStringLiteral("level"), Text::tr("Current level, 1 (From) to 5 (To)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("target"), Text::tr("Target level, 1 to 5."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("owner"), Text::tr("Owner's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("evidence"), Text::tr("Evidence note."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("kpi-value"), Text::tr("Value of an entered KPI (shares as fractions: 0.4 for 40%)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("kpi-period"), Text::tr("Period the KPI value is for (default: the quarter)."), QStringLiteral("PERIOD")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    const CapabilityInfo *info = findCapability(parser.value(QStringLiteral("capability")));
    if (!info)
        return fail(context, Text::tr("unknown capability '%1'; choose from %2").arg(parser.value(QStringLiteral("capability")), capabilityKeys()), UnusableInput);
    std::optional<Quarter> quarter;
    if (!readQuarter(parser, context, quarter))
        return UnusableInput;
    if (!quarter || !parser.isSet(QStringLiteral("level")))
        return fail(context, Text::tr("--quarter and --level are required"), UnusableInput);
    auto store = openWorkspace(parser, context, Store::Mode::ReadWrite);
    if (!store)
        return UnusableInput;
    const AssessmentRepository repository(*store);
    const auto existing = repository.list();
    if (!existing)
        return fail(context, existing.errorString(), UnusableInput);
    Assessment assessment = startingPoint(*existing, info->capability, *quarter);
    if (!readLevel(parser, context, QStringLiteral("level"), assessment.level)
        || !readLevel(parser, context, QStringLiteral("target"), assessment.target))
        return UnusableInput;
    if (parser.isSet(QStringLiteral("owner")))
        assessment.owner = parser.value(QStringLiteral("owner"));
    if (parser.isSet(QStringLiteral("evidence")))
        assessment.evidence = parser.value(QStringLiteral("evidence"));
    if (parser.isSet(QStringLiteral("kpi-value"))) {
        bool ok = false;
        assessment.kpiValue = parser.value(QStringLiteral("kpi-value")).toDouble(&ok);
        if (!ok)
            return fail(context, Text::tr("--kpi-value must be a number"), UnusableInput);
        assessment.kpiPeriod = parser.value(QStringLiteral("kpi-period")).isEmpty() ? quarter->toString() : parser.value(QStringLiteral("kpi-period"));
    }
    if (Status status = repository.save(assessment); !status)
        return fail(context, status.errorString(), UnusableInput);
    context.out << Text::tr("Saved %1 for %2: level %3, target %4.").arg(capabilityName(info->capability), quarter->toString())
                       .arg(assessment.level).arg(assessment.target) << Qt::endl;
    return Done;
}

} // namespace

int runMatrix(const CommandContext &context)
{
    if (isAction(context, "set")) {
        QStringList arguments;
        return runSet(withoutAction(context, arguments));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("The CLV maturity matrix: level, target, gap, KPI and trend per capability. "
                                        "Use 'lodestar matrix set' to record an assessment."));
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("quarter"), Text::tr("Quarter to show, e.g. 2025Q4 (default: the latest assessed)."), QStringLiteral("QUARTER")});
    const auto prepare = [&](std::optional<Quarter> &quarter) -> std::optional<int> {
        if (!readQuarter(parser, context, quarter))
            return UnusableInput;
        return std::nullopt;
    };
    return runCultureView(parser, context,
                          {[](const CultureSnapshot &s) { return matrixToJson(s.matrix); },
                           [](const CultureSnapshot &s, QTextStream &out) { printMatrix(s.matrix, out); }},
                          prepare);
}

} // namespace lodestar::cli
