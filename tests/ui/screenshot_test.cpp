#include "testsupport.h"

#include <gtest/gtest.h>

#include <QColor>
#include <QImage>

using namespace lodestar::test;

namespace {

class ScreenshotTest : public ::testing::Test
{
public:
    static void SetUpTestSuite()
    {
        s_workspace = new TempWorkspace;
        const ProcessResult demo = runLodestar({QStringLiteral("demo"), QStringLiteral("--db"), s_workspace->dbPath()});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.constData();
    }
    static void TearDownTestSuite()
    {
        delete s_workspace;
        s_workspace = nullptr;
    }

protected:
    static inline TempWorkspace *s_workspace = nullptr;
};

} // namespace

TEST_F(ScreenshotTest, Screenshot_WritesTheOverviewAsANonUniformPng)
{
    const QString out = s_workspace->filePath(QStringLiteral("overview.png"));
    const ProcessResult result = runLodestar({QStringLiteral("screenshot"), QStringLiteral("--db"), s_workspace->dbPath(),
                                              QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--out"), out,
                                              QStringLiteral("--size"), QStringLiteral("1280x800")});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QImage image(out);
    // Above the window's minimum size (about 1,070 x 730 pixels), so --size is honoured exactly.
    ASSERT_EQ(image.size(), QSize(1280, 800));
    EXPECT_NE(image.pixel(10, 10), image.pixel(500, 300));
}

TEST_F(ScreenshotTest, Screenshot_RejectsAnUnknownView)
{
    const ProcessResult result = runLodestar({QStringLiteral("screenshot"), QStringLiteral("--db"), s_workspace->dbPath(),
                                              QStringLiteral("--view"), QStringLiteral("nonsense"), QStringLiteral("--out"),
                                              s_workspace->filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("unknown view"));
}

TEST_F(ScreenshotTest, Screenshot_RejectsAMissingWorkspace)
{
    const ProcessResult result = runLodestar({QStringLiteral("screenshot"), QStringLiteral("--db"),
                                              s_workspace->filePath(QStringLiteral("missing.lodestar")), QStringLiteral("--view"),
                                              QStringLiteral("overview"), QStringLiteral("--out"),
                                              s_workspace->filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("no workspace"));
}

TEST_F(ScreenshotTest, Screenshot_RejectsAnUnwritableOutput)
{
    const ProcessResult result = runLodestar({QStringLiteral("screenshot"), QStringLiteral("--db"), s_workspace->dbPath(),
                                              QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--out"),
                                              s_workspace->filePath(QStringLiteral("no/such/folder/x.png"))});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("cannot write"));
}

TEST_F(ScreenshotTest, Screenshot_RendersWithADarkPalette)
{
    const QString out = s_workspace->filePath(QStringLiteral("segments-dark.png"));
    const ProcessResult result = runLodestar({QStringLiteral("screenshot"), QStringLiteral("--db"), s_workspace->dbPath(),
                                              QStringLiteral("--view"), QStringLiteral("segments"), QStringLiteral("--out"), out,
                                              QStringLiteral("--size"), QStringLiteral("1280x800"), QStringLiteral("--palette"),
                                              QStringLiteral("dark")});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QImage image(out);
    ASSERT_FALSE(image.isNull());
    // Most of the window is background: with the dark palette, most pixels are dark.
    qint64 dark = 0, all = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7, ++all)
            dark += QColor(image.pixel(x, y)).lightnessF() < 0.35 ? 1 : 0;
    }
    EXPECT_GT(dark * 10, all * 7) << dark << " of " << all;
}

TEST_F(ScreenshotTest, Screenshot_RejectsAnUnknownPalette)
{
    const ProcessResult result = runLodestar({QStringLiteral("screenshot"), QStringLiteral("--db"), s_workspace->dbPath(),
                                              QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--out"),
                                              s_workspace->filePath(QStringLiteral("x.png")), QStringLiteral("--palette"),
                                              QStringLiteral("sepia")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("--palette"));
}

TEST(WindowOptions, Window_RejectsAnUnknownPaletteBeforeOpening)
{
    // Without the check the window would open with the desktop's colours and never exit.
    const ProcessResult result = runLodestar({QStringLiteral("--palette"), QStringLiteral("sepia")}, 20000);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("--palette")) << result.err.constData();
}
