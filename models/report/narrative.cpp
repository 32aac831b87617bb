#include "narrative.h"

#include "models/itemmodels/valueformat.h"

#include <QCoreApplication>

#include <cmath>

namespace lodestar::report {

namespace {

const HeadlineFigure *find(const std::vector<HeadlineFigure> &figures, QLatin1StringView key)
{
    for (const auto &figure : figures)
        if (figure.key == key)
            return &figure;
    return nullptr;
}

bool hasChange(const HeadlineFigure *figure)
{
    return figure && std::isfinite(figure->change);
}

QString magnitude(double change)
{
    return format::percent(std::abs(change));
}

// Whole sentences per direction rather than a spliced verb, so translators can reorder them.
QString growthSentence(const HeadlineFigure &clv, const HeadlineFigure &revenue, const QString &period)
{
    const bool clvUp = clv.change >= 0.0;
    const bool revenueUp = revenue.change >= 0.0;
    const QString a = magnitude(clv.change);
    const QString b = magnitude(revenue.change);
    if (clvUp && revenueUp)
        return QCoreApplication::translate("report", "In %1 average CLV grew %2 while revenue grew %3.").arg(period, a, b);
    if (clvUp)
        return QCoreApplication::translate("report", "In %1 average CLV grew %2 while revenue fell %3.").arg(period, a, b);
    if (revenueUp)
        return QCoreApplication::translate("report", "In %1 average CLV fell %2 while revenue grew %3.").arg(period, a, b);
    return QCoreApplication::translate("report", "In %1 average CLV fell %2 and revenue fell %3.").arg(period, a, b);
}

QString growthReading(const HeadlineFigure &clv, const HeadlineFigure &revenue)
{
    if (clv.change > revenue.change)
        return QCoreApplication::translate("report", "Customers are gaining value faster than sales are growing.");
    return QCoreApplication::translate("report", "Sales are growing faster than the value of the customer base.");
}

QString retentionSentence(const HeadlineFigure &retention)
{
    const QString from = format::percent(retention.previous);
    const QString to = format::percent(retention.value);
    if (retention.value > retention.previous)
        return QCoreApplication::translate("report", "Retention rose from %1 to %2.").arg(from, to);
    if (retention.value < retention.previous)
        return QCoreApplication::translate("report", "Retention fell from %1 to %2.").arg(from, to);
    return QCoreApplication::translate("report", "Retention held at %1.").arg(to);
}

QString riskSentence(const HeadlineFigure &atRisk, const HeadlineFigure *revenue)
{
    const QString amount = format::money(atRisk.value, 0);
    if (revenue && std::isfinite(revenue->value) && revenue->value > 0.0)
        return QCoreApplication::translate("report", "%1 of revenue (%2 of the quarter's) comes from customers at risk of lapsing.")
            .arg(amount, format::percent(atRisk.value / revenue->value));
    return QCoreApplication::translate("report", "%1 of revenue comes from customers at risk of lapsing.").arg(amount);
}

} // namespace

QStringList summarySentences(const std::vector<HeadlineFigure> &figures, const QString &period)
{
    QStringList sentences;
    const auto *clv = find(figures, QLatin1StringView("average_clv"));
    const auto *revenue = find(figures, QLatin1StringView("revenue"));
    if (hasChange(clv) && hasChange(revenue)) {
        sentences << growthSentence(*clv, *revenue, period) + QLatin1Char(' ') + growthReading(*clv, *revenue);
    }
    const auto *retention = find(figures, QLatin1StringView("retention"));
    if (retention && std::isfinite(retention->value) && std::isfinite(retention->previous))
        sentences << retentionSentence(*retention);
    const auto *ratio = find(figures, QLatin1StringView("ltv_cac"));
    if (ratio && std::isfinite(ratio->value))
        sentences << QCoreApplication::translate("report", "Every %1 spent on acquiring customers returns %2 in lifetime value.")
                         .arg(format::money(1.0, 0), format::money(ratio->value, 2));
    const auto *atRisk = find(figures, QLatin1StringView("at_risk_revenue"));
    if (atRisk && std::isfinite(atRisk->value) && atRisk->value > 0.0)
        sentences << riskSentence(*atRisk, revenue);
    return sentences;
}

} // namespace lodestar::report
