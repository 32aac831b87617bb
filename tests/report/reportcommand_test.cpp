#include "reportfixture.h"
#include "testsupport.h"

#include "models/itemmodels/valueformat.h"
#include "models/report/headlinefigures.h"
#include "models/report/sectionregistry.h"
#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace lodestar;

namespace {

// The demo workspace and its report are made once: valuing the demo company takes seconds.
class ReportCommand : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_workspace = std::make_unique<test::TempWorkspace>();
        const auto demo = test::runLodestar({QStringLiteral("demo"), QStringLiteral("--db"), s_workspace->dbPath()});
        s_demoReady = demo.exitCode == 0;
        // Without the demo command, the CDNOW sample from ../shared/data stands in.
        const QString cdnow = test::sharedData(QStringLiteral("cdnow/cdnowElog.csv"));
        if (!s_demoReady && !cdnow.isEmpty()) {
            const auto imported = test::runLodestar({QStringLiteral("import"), QStringLiteral("--db"), s_workspace->dbPath(),
                                                     QStringLiteral("--transactions"), cdnow});
            s_demoReady = imported.exitCode == 0;
        }
        if (!s_demoReady)
            return;
        s_pdf = s_workspace->filePath(QStringLiteral("demo-report.pdf"));
        s_report = test::runLodestar({QStringLiteral("report"), QStringLiteral("--db"), s_workspace->dbPath(),
                                      QStringLiteral("--out"), s_pdf});
    }
    static void TearDownTestSuite() { s_workspace.reset(); }

    void SetUp() override
    {
        if (!s_demoReady)
            GTEST_SKIP() << "neither `lodestar demo` nor the shared CDNOW data is available";
    }

    static inline std::unique_ptr<test::TempWorkspace> s_workspace;
    static inline bool s_demoReady = false;
    static inline QString s_pdf;
    static inline test::ProcessResult s_report;
};

} // namespace

TEST_F(ReportCommand, WritesTheDemoReport)
{
    ASSERT_EQ(s_report.exitCode, 0) << s_report.err.constData();
    EXPECT_TRUE(QFileInfo(s_pdf).size() > 10000);
    LODESTAR_REQUIRE_POPPLER();
    const int pages = test::pdfPageCount(s_pdf);
    // Short sections share pages now (the definition and the summary no longer leave most of one blank).
    EXPECT_GE(pages, 6);
    EXPECT_LE(pages, 20);
}

TEST_F(ReportCommand, ShowsEverySectionHeading)
{
    LODESTAR_REQUIRE_POPPLER();
    ASSERT_EQ(s_report.exitCode, 0) << s_report.err.constData();
    const QString text = test::pdfText(s_pdf);
    for (const auto &entry : report::sectionRegistry())
        EXPECT_TRUE(text.contains(report::sectionTitle(entry.id))) << qPrintable(report::sectionTitle(entry.id));
    EXPECT_TRUE(text.contains(QStringLiteral("Our CLV definition")));
    EXPECT_TRUE(text.contains(QStringLiteral("CLV = expected gross margin")));
}

TEST_F(ReportCommand, HeadlineFiguresEqualKpisJson)
{
    LODESTAR_REQUIRE_POPPLER();
    ASSERT_EQ(s_report.exitCode, 0) << s_report.err.constData();
    const auto kpis = test::runLodestar({QStringLiteral("kpis"), QStringLiteral("--db"), s_workspace->dbPath(), QStringLiteral("--json")});
    if (kpis.exitCode != 0)
        GTEST_SKIP() << "`lodestar kpis` is not available in this build";
    const QJsonObject headline = QJsonDocument::fromJson(kpis.out).object().value(QStringLiteral("headline")).toObject();
    ASSERT_FALSE(headline.isEmpty()) << kpis.out.constData();
    // After the cover: the definition, then the executive summary, which may run onto the next page.
    const QString summary = test::pdfText(s_pdf, 2, 3);
    EXPECT_TRUE(summary.contains(headline.value(QStringLiteral("period")).toString()));
    int compared = 0;
    for (auto it = headline.begin(); it != headline.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject figure = it.value().toObject();
        const double value = figure.value(QStringLiteral("value")).toDouble(kUnknown);
        const double change = figure.value(QStringLiteral("change")).toDouble(kUnknown);
        EXPECT_TRUE(summary.contains(report::formatHeadlineValue(it.key(), value))) << qPrintable(it.key());
        EXPECT_TRUE(summary.contains(format::change(change))) << qPrintable(it.key());
        ++compared;
    }
    EXPECT_EQ(compared, 7);
    const QString definition = QJsonDocument::fromJson(kpis.out).object().value(QStringLiteral("definition")).toString();
    EXPECT_TRUE(test::pdfText(s_pdf).contains(definition)) << qPrintable(definition);
}

TEST_F(ReportCommand, UnwritablePathExitsWithTwo)
{
    const auto result = test::runLodestar({QStringLiteral("report"), QStringLiteral("--db"), s_workspace->dbPath(),
                                           QStringLiteral("--out"), QStringLiteral("/nonexistent-folder/report.pdf")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("cannot write the report")) << result.err.constData();
}

TEST_F(ReportCommand, UnknownSectionExitsWithTwo)
{
    const auto result = test::runLodestar({QStringLiteral("report"), QStringLiteral("--db"), s_workspace->dbPath(),
                                           QStringLiteral("--out"), s_workspace->filePath(QStringLiteral("x.pdf")),
                                           QStringLiteral("--sections"), QStringLiteral("summary,charts")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("charts")) << result.err.constData();
}

TEST(ReportCommandEmpty, EmptyWorkspaceExitsWithTwo)
{
    const test::TempWorkspace workspace;
    ASSERT_TRUE(Store::open(workspace.dbPath()).ok());
    const QString out = workspace.filePath(QStringLiteral("empty.pdf"));
    const auto result = test::runLodestar({QStringLiteral("report"), QStringLiteral("--db"), workspace.dbPath(),
                                           QStringLiteral("--out"), out});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("no transactions")) << result.err.constData();
    EXPECT_FALSE(QFileInfo::exists(out));
}
