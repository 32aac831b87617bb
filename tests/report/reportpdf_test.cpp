#include "reportfixture.h"
#include "testsupport.h"

#include "models/report/reportbuilder.h"
#include "models/report/sectionregistry.h"
#include "ui/report/reportrenderer.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace lodestar;
using namespace lodestar::report;

namespace {

QString writeReport(const test::TempWorkspace &workspace, const Document &document, PageSize size = PageSize::A4,
                    bool landscape = false)
{
    const QString path = workspace.filePath(QStringLiteral("report.pdf"));
    const ui::report::ReportRenderer renderer(document, size, landscape);
    const Status written = renderer.writePdf(path);
    EXPECT_TRUE(written.ok()) << qPrintable(written.errorString());
    return path;
}

Document longTableDocument(int rows)
{
    Section section{SectionId::Segments, QStringLiteral("Long table"), {}};
    Table table;
    table.headers = QStringList{QStringLiteral("Repeated header"), QStringLiteral("Value")};
    table.numeric = {false, true};
    for (int i = 0; i < rows; ++i)
        table.rows.push_back({QStringLiteral("Row %1").arg(i), QString::number(i * 10)});
    section.blocks.emplace_back(std::move(table));
    Document document;
    document.hasCover = false;
    document.footer = QStringLiteral("CLV: test footer");
    document.sections.push_back(std::move(section));
    return document;
}

} // namespace

TEST(ReportPdf, ShowsEverySectionHeadingAndTheDefinition)
{
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    const test::HandMadeAnalysis analysis;
    const QString text = test::pdfText(writeReport(workspace, buildReport(analysis.context())));
    EXPECT_TRUE(text.contains(QStringLiteral("Quarterly Business Review")));
    for (const auto &entry : sectionRegistry())
        EXPECT_TRUE(text.contains(sectionTitle(entry.id))) << qPrintable(sectionTitle(entry.id)) << "\n" << qPrintable(text.left(600));
    EXPECT_TRUE(text.contains(analysis.valuation.definition.shortText()));
    EXPECT_TRUE(text.contains(formatHeadlineValue(QStringLiteral("revenue"), 107300.0)));
}

TEST(ReportPdf, EveryPageHasItsNumberAndTheDefinitionFooter)
{
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    const test::HandMadeAnalysis analysis;
    const QString path = writeReport(workspace, buildReport(analysis.context()));
    const int pages = test::pdfPageCount(path);
    ASSERT_GE(pages, 5);
    for (int page = 1; page <= pages; ++page) {
        const QString text = test::pdfText(path, page, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << page;
        EXPECT_TRUE(text.contains(analysis.valuation.definition.shortText())) << page;
    }
}

TEST(ReportPdf, LongTableRepeatsItsHeaderOnEveryPage)
{
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    const QString path = writeReport(workspace, longTableDocument(150));
    const int pages = test::pdfPageCount(path);
    ASSERT_GE(pages, 3);
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(test::pdfText(path, page, page).contains(QStringLiteral("Repeated header"))) << page;
    const QString all = test::pdfText(path);
    for (int row : {0, 57, 149})
        EXPECT_TRUE(all.contains(QStringLiteral("Row %1 ").arg(row))) << "row " << row << " lost at a page break";
}

TEST(ReportPdf, LetterLandscapeHasTheRequestedPageSize)
{
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    const test::HandMadeAnalysis analysis;
    const QString path = writeReport(workspace, buildReport(analysis.context()), PageSize::Letter, true);
    EXPECT_TRUE(test::pdfPageSize(path).startsWith(QStringLiteral("792 x 612"))) << qPrintable(test::pdfPageSize(path));
}

TEST(ReportPdf, UnwritablePathFailsWithoutLeavingAFile)
{
    const test::HandMadeAnalysis analysis;
    const Document document = buildReport(analysis.context());
    const ui::report::ReportRenderer renderer(document, PageSize::A4, false);
    const QString path = QStringLiteral("/nonexistent-folder/report.pdf");
    const Status written = renderer.writePdf(path);
    EXPECT_FALSE(written.ok());
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(ReportPdf, CancelledExportLeavesNoFile)
{
    const test::TempWorkspace workspace;
    const test::HandMadeAnalysis analysis;
    const Document document = buildReport(analysis.context());
    const ui::report::ReportRenderer renderer(document, PageSize::A4, false);
    const QString path = workspace.filePath(QStringLiteral("cancelled.pdf"));
    const Status written = renderer.writePdf(path, [](int done, int) { return done < 2; });
    EXPECT_FALSE(written.ok());
    EXPECT_FALSE(QFileInfo::exists(path));
}
