#include "headlinefigures.h"

#include "models/engine/headline.h"
#include "models/itemmodels/valueformat.h"

#include <QCoreApplication>

#include <cmath>

namespace lodestar::report {

namespace {

struct FigureName
{
    QLatin1StringView key;
    const char *label;
};

// Order of the executive summary's cards; the keys are those of `lodestar kpis --json`.
constexpr FigureName kFigures[] = {
    {QLatin1StringView("average_clv"), QT_TRANSLATE_NOOP("report", "Average CLV")},
    {QLatin1StringView("total_clv"), QT_TRANSLATE_NOOP("report", "Total CLV")},
    {QLatin1StringView("revenue"), QT_TRANSLATE_NOOP("report", "Revenue")},
    {QLatin1StringView("active_customers"), QT_TRANSLATE_NOOP("report", "Active customers")},
    {QLatin1StringView("retention"), QT_TRANSLATE_NOOP("report", "Retention")},
    {QLatin1StringView("ltv_cac"), QT_TRANSLATE_NOOP("report", "LTV:CAC")},
    {QLatin1StringView("at_risk_revenue"), QT_TRANSLATE_NOOP("report", "At-risk revenue")},
};

} // namespace

std::vector<HeadlineFigure> summaryFigures(const Headline &headline)
{
    // The engine's list, so the report and `lodestar kpis --json` print the same figures.
    std::vector<HeadlineFigure> figures;
    for (const auto &[key, figure] : lodestar::headlineFigures(headline))
        figures.push_back({key, figure->value, figure->previous, figure->change(), figure->history});
    return figures;
}

QString headlineLabel(const QString &key)
{
    for (const auto &figure : kFigures)
        if (figure.key == key)
            return QCoreApplication::translate("report", figure.label);
    return key;
}

QString formatHeadlineValue(const QString &key, double value)
{
    if (!format::known(value))
        return format::unknown();
    if (key == QLatin1String("active_customers"))
        return format::count(static_cast<qint64>(std::llround(value)));
    if (key == QLatin1String("retention"))
        return format::percent(value);
    if (key == QLatin1String("ltv_cac"))
        return QCoreApplication::translate("report", "%1:1").arg(format::number(value, 1));
    if (key == QLatin1String("average_clv"))
        return format::money(value, 2);
    return format::money(value, 0);
}

bool higherIsWorse(const QString &key)
{
    return key == QLatin1String("at_risk_revenue");
}

} // namespace lodestar::report
