#include "reportbuilder.h"

#include "headlinefigures.h"

#include "models/culture/quarter.h"
#include "models/report/sectionregistry.h"

#include <QCoreApplication>

#include <cmath>
#include <QLocale>
#include <QRegularExpression>

namespace lodestar::report {

namespace {

// The locale's long date without the weekday: "1 October 2025", "October 1, 2025", "1. Oktober 2025".
QString longDate(const QDate &date)
{
    const QLocale locale;
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    return locale.toString(date, locale.dateFormat(QLocale::LongFormat).remove(weekday).trimmed());
}

QString periodText(const QString &label)
{
    const auto quarter = Quarter::parse(label);
    if (!quarter)
        return label;
    return QCoreApplication::translate("report", "%1 (%2 to %3)").arg(label, longDate(quarter->start()), longDate(quarter->end()));
}

Cover buildCover(const ReportContext &context)
{
    Cover cover;
    cover.company = context.options.company.isEmpty() ? context.workspaceName : context.options.company;
    cover.title = QCoreApplication::translate("report", "Quarterly Business Review: Customer Lifetime Value");
    cover.quarter = context.insights.headline.period;
    cover.period = periodText(context.insights.headline.period);
    cover.generatedOn = QCoreApplication::translate("report", "Prepared on %1")
                            .arg(longDate(context.generatedOn));
    cover.logoPath = context.options.logoPath;
    cover.filters = context.options.filters.isEmpty()
                        ? QCoreApplication::translate("report", "All customers (no filters applied).")
                        : QCoreApplication::translate("report", "Filters applied: %1.").arg(context.options.filters);
    cover.definition = context.definitionText();
    // The first known figures in scorecard order; a figure the data cannot give is left off, not dashed.
    constexpr std::size_t kCoverFigures = 4;
    for (const HeadlineFigure &figure : summaryFigures(context.insights.headline)) {
        if (cover.highlights.size() < kCoverFigures && std::isfinite(figure.value))
            cover.highlights.emplace_back(headlineLabel(figure.key), formatHeadlineValue(figure.key, figure.value));
    }
    return cover;
}

} // namespace

Document buildReport(const ReportContext &context)
{
    Document document;
    document.hasCover = context.options.includes(SectionId::Cover);
    document.cover = buildCover(context);
    document.footer = context.valuation.definition.shortText();
    for (const auto &entry : sectionRegistry())
        if (context.options.includes(entry.id))
            document.sections.push_back(entry.build(context));
    return document;
}

} // namespace lodestar::report
