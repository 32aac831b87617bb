// The PDF a VP hands to a board: what pdftotext reads from it, and how its pages fill.
#include "reportfixture.h"
#include "testsupport.h"

#include "models/report/reportbuilder.h"
#include "ui/report/reportrenderer.h"

#include <gtest/gtest.h>

using namespace lodestar;
using namespace lodestar::report;

namespace {

QString writeReport(const test::TempWorkspace &workspace, const Document &document, const QString &name = QStringLiteral("r.pdf"))
{
    const QString path = workspace.filePath(name);
    const ui::report::ReportRenderer renderer(document, PageSize::A4, false);
    const Status written = renderer.writePdf(path);
    EXPECT_TRUE(written.ok()) << qPrintable(written.errorString());
    return path;
}

SegmentSummary nobody(int customers)
{
    SegmentSummary none;
    none.key = QStringLiteral("(none)");
    none.customers = customers;
    none.customerShare = 1.0;
    none.clvShare = 1.0;
    return none;
}

Paragraph filler(int sentences)
{
    QString text;
    for (int i = 0; i < sentences; ++i)
        text += QStringLiteral("Sentence %1 fills the page so the table below starts near its foot. ").arg(i);
    return Paragraph{text};
}

Table numberedTable(const QString &prefix, int rows)
{
    Table table;
    table.headers = QStringList{QStringLiteral("Row"), QStringLiteral("Value")};
    table.numeric = {false, true};
    for (int i = 0; i < rows; ++i)
        table.rows.push_back({QStringLiteral("%1%2").arg(prefix).arg(i), QString::number(i)});
    return table;
}

int pageWith(const QString &path, const QString &needle)
{
    for (int page = 1; page <= test::pdfPageCount(path); ++page)
        if (test::pdfText(path, page, page).contains(needle))
            return page;
    return -1;
}

} // namespace

TEST(ReportBoardReady, PercentAxesAndTextHaveOnePercentSign)
{
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    const test::HandMadeAnalysis analysis;
    const QString text = test::pdfText(writeReport(workspace, buildReport(analysis.context())));
    ASSERT_TRUE(text.contains(QLatin1Char('%')));
    EXPECT_FALSE(text.contains(QStringLiteral("%%")));
    EXPECT_FALSE(text.contains(QStringLiteral("1970")));
}

TEST(ReportBoardReady, TiersAreNamedAsShareOfCustomers)
{
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    const test::HandMadeAnalysis analysis;
    const QString text = test::pdfText(writeReport(workspace, buildReport(analysis.context())));
    EXPECT_TRUE(text.contains(QStringLiteral("of customers by CLV"))) << qPrintable(text.left(2000));
    EXPECT_FALSE(text.contains(QStringLiteral("20% of CLV;")));
}

TEST(ReportBoardReady, BreakdownsTheDataLacksAreLeftOutAndNamedOnce)
{
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    test::HandMadeAnalysis analysis;
    analysis.insights.byRegion = {nobody(1000)};
    analysis.insights.byPlan = {nobody(1000)};
    analysis.insights.byChannel = {nobody(1000)};
    const QString text = test::pdfText(writeReport(workspace, buildReport(analysis.context())));
    EXPECT_FALSE(text.contains(QStringLiteral("(none)"))) << qPrintable(text);
    EXPECT_EQ(text.count(QStringLiteral("Breakdowns by region and plan")), 1);
    EXPECT_TRUE(text.contains(QStringLiteral("channel column")));
}

TEST(ReportBoardReady, TheLtvToCacChartDrawsItsTarget)
{
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    const test::HandMadeAnalysis analysis;
    const QString text = test::pdfText(writeReport(workspace, buildReport(analysis.context())));
    EXPECT_TRUE(text.contains(QStringLiteral("3:1 target"))) << qPrintable(text);
}

TEST(ReportBoardReady, ATableThatFitsOnAPageIsNotSplitOverTwo)
{
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    Document document;
    document.hasCover = false;
    document.footer = QStringLiteral("footer");
    // Filler of growing length puts the table's start at many heights on the page; none may split it.
    for (int sentences = 40; sentences <= 70; sentences += 6) {
        Section section{SectionId::Segments, QStringLiteral("Section %1").arg(sentences), {}};
        section.blocks.emplace_back(filler(sentences));
        section.blocks.emplace_back(Heading{QStringLiteral("Heading %1").arg(sentences)});
        section.blocks.emplace_back(numberedTable(QStringLiteral("T%1r").arg(sentences), 12));
        document.sections.push_back(std::move(section));
    }
    const QString path = writeReport(workspace, document);
    for (int sentences = 40; sentences <= 70; sentences += 6) {
        const int first = pageWith(path, QStringLiteral("T%1r0 ").arg(sentences));
        ASSERT_GT(first, 0);
        EXPECT_EQ(first, pageWith(path, QStringLiteral("T%1r11 ").arg(sentences))) << sentences;
        EXPECT_EQ(first, pageWith(path, QStringLiteral("Heading %1").arg(sentences))) << sentences;
    }
}

TEST(ReportBoardReady, ShortSectionsShareAPage)
{
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    Document document;
    document.hasCover = false;
    document.footer = QStringLiteral("footer");
    for (int i = 0; i < 3; ++i) {
        Section section{SectionId::Summary, QStringLiteral("Short %1").arg(i), {}};
        section.blocks.emplace_back(filler(3));
        document.sections.push_back(std::move(section));
    }
    EXPECT_EQ(test::pdfPageCount(writeReport(workspace, document)), 1);
}

TEST(ReportBoardReady, TheCoverCarriesTheHeadlineFigures)
{
    const test::HandMadeAnalysis analysis;
    const Document document = buildReport(analysis.context());
    ASSERT_GE(document.cover.highlights.size(), 2u);
    for (const auto &[label, value] : document.cover.highlights) {
        EXPECT_FALSE(label.isEmpty());
        EXPECT_FALSE(value.isEmpty());
    }
}
