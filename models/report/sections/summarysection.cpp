#include "sections.h"

#include "models/itemmodels/valueformat.h"
#include "models/report/narrative.h"

#include <cmath>
#include <QCoreApplication>

namespace lodestar::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

int direction(const HeadlineFigure &figure)
{
    if (!std::isfinite(figure.change) || std::abs(figure.change) < 0.0005)
        return 0;
    const int sign = figure.change > 0.0 ? 1 : -1;
    return higherIsWorse(figure.key) ? -sign : sign;
}

Scorecard toScorecard(const HeadlineFigure &figure)
{
    Scorecard card;
    card.label = headlineLabel(figure.key);
    card.value = formatHeadlineValue(figure.key, figure.value);
    card.previous = Text::tr("previous quarter %1").arg(formatHeadlineValue(figure.key, figure.previous));
    card.change = format::change(figure.change);
    card.direction = direction(figure);
    card.history = figure.history;
    return card;
}

} // namespace

Section buildSummarySection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Summary);
    const QString period = context.insights.headline.period;
    ScorecardGrid grid;
    for (const auto &figure : context.headline)
        grid.cards.push_back(toScorecard(figure));
    section.blocks.emplace_back(Paragraph{Text::tr("Headline figures for %1, compared with the previous quarter.").arg(period),
                                          Paragraph::Style::Body});
    section.blocks.emplace_back(std::move(grid));
    const QStringList sentences = summarySentences(context.headline, period);
    if (sentences.isEmpty())
        section.blocks.emplace_back(detail::note(Text::tr("There is not yet a previous quarter to compare with.")));
    for (const QString &sentence : sentences)
        section.blocks.emplace_back(Paragraph{sentence, Paragraph::Style::Lead});
    if (!context.options.filters.isEmpty())
        section.blocks.emplace_back(detail::note(Text::tr("Figures are for the filtered customers only: %1.").arg(context.options.filters)));
    return section;
}

} // namespace lodestar::report
