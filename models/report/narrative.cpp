#include "narrative.h"

#include "models/itemmodels/valueformat.h"

#include <QCoreApplication>

#include <cmath>

namespace lodestar::report {

namespace {

// A change smaller than this (as a fraction) is not called growth or a fall: quarter-to-quarter
// noise in a refitted model is of this order, and a board should not read a story into it.
constexpr double kMaterialChange = 0.02;

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

// What the compared figure is, so the sentence does not read as revenue per customer.
QString clvMeaning()
{
    return QCoreApplication::translate("report", "Average CLV is the expected margin per customer over the horizon, valued with "
                                                 "the data up to each quarter's end.");
}

// Said only when the two changes differ by more than the threshold.
QString growthReading(const HeadlineFigure &clv, const HeadlineFigure &revenue)
{
    if (std::abs(clv.change - revenue.change) <= kMaterialChange)
        return QString();
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

// At-risk revenue is a 12-month figure: it is not set against one quarter's revenue.
QString riskSentence(const HeadlineFigure &atRisk)
{
    return QCoreApplication::translate("report", "%1 of revenue in the 12 months to the quarter's end came from customers "
                                                 "whose chance of still being active was below the at-risk threshold then.")
        .arg(format::money(atRisk.value, 0));
}

} // namespace

QStringList summarySentences(const std::vector<HeadlineFigure> &figures, const QString &period)
{
    QStringList sentences;
    const auto *clv = find(figures, QLatin1StringView("average_clv"));
    const auto *revenue = find(figures, QLatin1StringView("revenue"));
    if (hasChange(clv) && hasChange(revenue)) {
        if (std::abs(clv->change) < kMaterialChange && std::abs(revenue->change) < kMaterialChange) {
            sentences << QCoreApplication::translate("report", "In %1 neither average CLV nor revenue changed by more than %2.")
                             .arg(period, format::percent(kMaterialChange));
        } else {
            const QString reading = growthReading(*clv, *revenue);
            sentences << growthSentence(*clv, *revenue, period) + QLatin1Char(' ') + clvMeaning()
                             + (reading.isEmpty() ? QString() : QLatin1Char(' ') + reading);
        }
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
        sentences << riskSentence(*atRisk);
    return sentences;
}

} // namespace lodestar::report
