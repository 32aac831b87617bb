#include "reportfixture.h"

#include "models/report/narrative.h"
#include "models/report/reportbuilder.h"
#include "models/report/sectionregistry.h"

#include <gtest/gtest.h>

using namespace lodestar;
using namespace lodestar::report;

namespace {

const Section *findSection(const Document &document, SectionId id)
{
    for (const auto &section : document.sections)
        if (section.id == id)
            return &section;
    return nullptr;
}

template <typename T>
std::vector<const T *> blocksOf(const Section &section)
{
    std::vector<const T *> found;
    for (const auto &block : section.blocks)
        if (const auto *content = std::get_if<T>(&block))
            found.push_back(content);
    return found;
}

} // namespace

TEST(ReportContent, BuildsEveryRegisteredSectionInOrder)
{
    const test::HandMadeAnalysis analysis;
    const Document document = buildReport(analysis.context());
    ASSERT_EQ(document.sections.size(), sectionRegistry().size());
    for (std::size_t i = 0; i < document.sections.size(); ++i) {
        EXPECT_EQ(document.sections[i].id, sectionRegistry()[i].id);
        EXPECT_FALSE(document.sections[i].title.isEmpty());
    }
    EXPECT_TRUE(document.hasCover);
}

TEST(ReportContent, KeepsOnlyTheChosenSections)
{
    const test::HandMadeAnalysis analysis;
    ReportOptions options;
    options.sections = {SectionId::Cohorts, SectionId::Summary};
    const Document document = buildReport(analysis.context(options));
    ASSERT_EQ(document.sections.size(), 2u);
    EXPECT_EQ(document.sections[0].id, SectionId::Summary); // reading order, not option order
    EXPECT_EQ(document.sections[1].id, SectionId::Cohorts);
    EXPECT_FALSE(document.hasCover);
}

TEST(ReportContent, FooterCarriesTheDefinitionsShortText)
{
    const test::HandMadeAnalysis analysis;
    const Document document = buildReport(analysis.context());
    EXPECT_EQ(document.footer, analysis.valuation.definition.shortText());
    EXPECT_EQ(document.cover.definition, analysis.context().definitionText());
    EXPECT_TRUE(document.cover.definition.contains(QStringLiteral("2025-01-01"))) << "calibration window as dates";
}

TEST(ReportContent, SummaryHasOneScorecardPerHeadlineFigure)
{
    const test::HandMadeAnalysis analysis;
    const Document document = buildReport(analysis.context());
    const Section *summary = findSection(document, SectionId::Summary);
    ASSERT_NE(summary, nullptr);
    const auto grids = blocksOf<ScorecardGrid>(*summary);
    ASSERT_EQ(grids.size(), 1u);
    ASSERT_EQ(grids[0]->cards.size(), 7u);
    EXPECT_EQ(grids[0]->cards[0].value, formatHeadlineValue(QStringLiteral("average_clv"), 104.1));
    EXPECT_EQ(grids[0]->cards[0].direction, 1);
    EXPECT_EQ(grids[0]->cards[6].direction, 1) << "at-risk revenue fell, which is good news";
}

TEST(ReportContent, NarrativeComparesClvGrowthWithRevenueGrowth)
{
    const test::HandMadeAnalysis analysis;
    const QStringList sentences = summarySentences(summaryFigures(analysis.insights.headline), QStringLiteral("2025Q4"));
    ASSERT_FALSE(sentences.isEmpty());
    EXPECT_TRUE(sentences.first().contains(QStringLiteral("average CLV grew 4.1% while revenue grew 7.3%")))
        << qPrintable(sentences.first());
    EXPECT_TRUE(sentences.join(QLatin1Char(' ')).contains(QStringLiteral("Retention rose from 60.0% to 62.0%")));
}

TEST(ReportContent, NarrativeSkipsComparisonsWithoutAPreviousQuarter)
{
    Headline headline;
    headline.averageClv.value = 100.0;
    headline.revenue.value = 5000.0;
    const QStringList sentences = summarySentences(summaryFigures(headline), QStringLiteral("2025Q4"));
    for (const QString &sentence : sentences)
        EXPECT_FALSE(sentence.contains(QStringLiteral("grew")));
}

TEST(ReportContent, CultureSectionSaysWhenThereIsNoCultureData)
{
    const test::HandMadeAnalysis analysis;
    const Document document = buildReport(analysis.context());
    const Section *culture = findSection(document, SectionId::Culture);
    ASSERT_NE(culture, nullptr);
    const auto notes = blocksOf<Paragraph>(*culture);
    ASSERT_FALSE(notes.empty());
    EXPECT_EQ(notes.front()->style, Paragraph::Style::Note);
    EXPECT_TRUE(blocksOf<Table>(*culture).empty());
}

TEST(ReportContent, CultureSectionListsGuardrailWarnings)
{
    test::HandMadeAnalysis analysis;
    CultureSnapshot snapshot;
    snapshot.warnings.push_back({QStringLiteral("channel-ltv-cac"), QStringLiteral("Paid search"),
                                 QStringLiteral("Paid search returns 0.8 per unit of CAC."), {}});
    analysis.culture = &snapshot;
    const Document document = buildReport(analysis.context());
    const Section *culture = findSection(document, SectionId::Culture);
    ASSERT_NE(culture, nullptr);
    bool warned = false;
    for (const auto *paragraph : blocksOf<Paragraph>(*culture))
        warned = warned || (paragraph->style == Paragraph::Style::Warning && paragraph->text.contains(QStringLiteral("0.8 per unit")));
    EXPECT_TRUE(warned);
}

TEST(ReportContent, FiltersAreNamedOnTheCover)
{
    const test::HandMadeAnalysis analysis;
    ReportOptions options;
    options.filters = QStringLiteral("channel = Referral");
    const Document document = buildReport(analysis.context(options));
    EXPECT_TRUE(document.cover.filters.contains(QStringLiteral("channel = Referral")));
}

TEST(ReportContent, CohortHeatmapLeavesUnobservedPeriodsBlank)
{
    const test::HandMadeAnalysis analysis;
    const Document document = buildReport(analysis.context());
    const Section *cohorts = findSection(document, SectionId::Cohorts);
    ASSERT_NE(cohorts, nullptr);
    const auto charts = blocksOf<Chart>(*cohorts);
    ASSERT_FALSE(charts.empty());
    ASSERT_EQ(charts[0]->kind, Chart::Kind::Heatmap);
    const auto &newest = charts[0]->series.back().values; // 2025Q4: one observed period
    EXPECT_DOUBLE_EQ(newest[0], 1.0);
    EXPECT_TRUE(std::isnan(newest[1]));
}
