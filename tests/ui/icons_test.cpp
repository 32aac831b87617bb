#include "uitestsupport.h"

#include "ui/apppalette.h"
#include "ui/mainwindow.h"
#include "ui/themedicon.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QToolBar>

using namespace lodestar;
using namespace lodestar::ui;

namespace {

const QStringList kViewIds{QStringLiteral("overview"), QStringLiteral("segments"), QStringLiteral("cohorts"),
                           QStringLiteral("customers"), QStringLiteral("model"), QStringLiteral("matrix"),
                           QStringLiteral("goals"), QStringLiteral("definition"), QStringLiteral("imports")};

/// The average colour of the icon's visible pixels, and how many there are.
std::pair<QColor, int> inkOf(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(QSize(48, 48), mode).toImage().convertToFormat(QImage::Format_ARGB32);
    double red = 0, green = 0, blue = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 200)
                continue;
            red += pixel.redF();
            green += pixel.greenF();
            blue += pixel.blueF();
            ++count;
        }
    }
    if (count == 0)
        return {QColor(), 0};
    return {QColor::fromRgbF(float(red / count), float(green / count), float(blue / count)), count};
}

} // namespace

TEST(Icons, EveryViewHasAnIconThatDraws)
{
    for (const QString &id : kViewIds) {
        const QIcon icon = viewIcon(id);
        ASSERT_FALSE(icon.isNull()) << qPrintable(id);
        // A line icon covers a fair part of its square, never all of it.
        const int ink = inkOf(icon).second;
        EXPECT_GT(ink, 48 * 48 / 20) << qPrintable(id);
        EXPECT_LT(ink, 48 * 48 / 2) << qPrintable(id);
    }
    EXPECT_TRUE(viewIcon(QStringLiteral("nonsense")).isNull());
}

TEST(Icons, IconsAreDrawnInThePalettesTextColour)
{
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(lightPalette());
    const QColor onLight = inkOf(viewIcon(QStringLiteral("segments"))).first;
    QApplication::setPalette(darkPalette());
    const QColor onDark = inkOf(viewIcon(QStringLiteral("segments"))).first;
    const QColor selected = inkOf(viewIcon(QStringLiteral("segments")), QIcon::Selected).first;
    QApplication::setPalette(saved);
    EXPECT_LT(onLight.lightnessF(), 0.3);
    EXPECT_GT(onDark.lightnessF(), 0.7);
    EXPECT_NEAR(selected.lightnessF(), darkPalette().color(QPalette::HighlightedText).lightnessF(), 0.05);
}

TEST(Icons, TheSidebarAndTheToolbarShowIcons)
{
    MainWindow window(MainWindow::Options{.persistent = false});
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    ASSERT_NE(sidebar, nullptr);
    ASSERT_EQ(sidebar->count(), kViewIds.size());
    for (int row = 0; row < sidebar->count(); ++row)
        EXPECT_FALSE(sidebar->item(row)->icon().isNull()) << qPrintable(sidebar->item(row)->text());
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_NE(toolBar, nullptr);
    ASSERT_FALSE(toolBar->actions().isEmpty());
    for (QAction *action : toolBar->actions()) {
        if (!action->isSeparator()) {
            EXPECT_GT(inkOf(action->icon()).second, 0) << qPrintable(action->text());
        }
    }
}
