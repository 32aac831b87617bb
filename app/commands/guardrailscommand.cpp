#include "guardrailscommand.h"

#include "culturecommon.h"

#include "models/culture/culturejson.h"
#include "models/store/culturesettingsrepository.h"

#include <QCoreApplication>

namespace lodestar::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Thresholds are workspace settings, changed here so scripts and the settings page agree.
int applySettings(const QCommandLineParser &parser, const CommandContext &context)
{
    auto store = openWorkspace(parser, context, Store::Mode::ReadWrite);
    if (!store)
        return UnusableInput;
    const CultureSettingsRepository repository(*store);
    for (const QString &assignment : parser.values(QStringLiteral("set"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(context, Text::tr("--set needs KEY=VALUE, not '%1'").arg(assignment), UnusableInput);
        if (Status status = repository.set(assignment.left(eq).trimmed(), assignment.mid(eq + 1)); !status)
            return fail(context, status.errorString(), UnusableInput);
    }
    return Done;
}

void listSettings(const QCommandLineParser &parser, const CommandContext &context)
{
    auto store = openWorkspace(parser, context, Store::Mode::ReadOnly);
    if (!store)
        return;
    auto settings = CultureSettingsRepository(*store).load();
    if (!settings) {
        fail(context, settings.errorString(), UnusableInput);
        return;
    }
    for (const CultureSettings::Field &field : settings->fields())
        context.out << QLatin1String(field.key) << " = " << (field.real ? QString::number(*field.real) : QString::number(*field.integer)) << '\n';
    context.out.flush();
}

void printWarnings(const CultureSnapshot &snapshot, QTextStream &out)
{
    if (snapshot.warnings.empty())
        out << Text::tr("No guardrail is triggered.") << '\n';
    for (const GuardrailWarning &warning : snapshot.warnings)
        out << "! [" << warning.rule << "] " << warning.message << '\n';
}

} // namespace

int runGuardrails(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Guardrail warnings: discount erosion, churn or refunds after expansion, revenue bought "
                                        "while CLV falls, channels below LTV:CAC 1 or beyond the payback limit, falling cohort retention."));
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("set"), Text::tr("Change a threshold or target first, e.g. max_payback_months=18 (repeatable)."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("list-settings"), Text::tr("Print the thresholds and targets and exit.")});
    const auto prepare = [&](std::optional<Quarter> &) -> std::optional<int> {
        if (parser.isSet(QStringLiteral("list-settings"))) {
            listSettings(parser, context);
            return Done;
        }
        if (parser.isSet(QStringLiteral("set"))) {
            if (const int code = applySettings(parser, context); code != Done)
                return code;
        }
        return std::nullopt;
    };
    return runCultureView(parser, context, {[](const CultureSnapshot &s) { return guardrailsToJson(s.warnings); }, printWarnings}, prepare);
}

} // namespace lodestar::cli
