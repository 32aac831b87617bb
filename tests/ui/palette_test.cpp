#include "uitestsupport.h"

#include "ui/apppalette.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/culture/culturetables.h"
#include "ui/views/scorecard.h"

#include <QApplication>
#include <QLabel>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>

using namespace lodestar;
using namespace lodestar::ui;
using charts::ChartPalette;

namespace {

constexpr double kWcagAa = 4.5;

/// Runs a test under Lodestar's dark palette and restores the application's palette after it.
class DarkPaletteTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_saved = QApplication::palette();
        QApplication::setPalette(darkPalette());
    }
    void TearDown() override { QApplication::setPalette(m_saved); }

private:
    QPalette m_saved;
};

/// Every text colour a Qt chart uses (title, legend, axis labels and titles) against its background.
void expectReadableChart(const charts::QtChartBase &widget)
{
    const auto *view = widget.findChild<QChartView *>();
    ASSERT_NE(view, nullptr);
    const QChart *chart = view->chart();
    const QColor background = chart->backgroundBrush().color();
    EXPECT_LT(background.lightnessF(), 0.5) << "the chart background follows the dark palette";
    EXPECT_GE(ChartPalette::contrastRatio(chart->titleBrush().color(), background), kWcagAa);
    EXPECT_GE(ChartPalette::contrastRatio(chart->legend()->labelColor(), background), kWcagAa);
    ASSERT_FALSE(chart->axes().isEmpty());
    for (const QAbstractAxis *axis : chart->axes()) {
        EXPECT_GE(ChartPalette::contrastRatio(axis->labelsBrush().color(), background), kWcagAa);
        EXPECT_GE(ChartPalette::contrastRatio(axis->titleBrush().color(), background), kWcagAa);
    }
}

/// Every label on a scorecard (title, value, change) against the card's own background.
void expectReadableCard(const ui::Scorecard &card)
{
    const QColor background = card.palette().color(card.backgroundRole());
    const QList<QLabel *> labels = card.findChildren<QLabel *>();
    ASSERT_EQ(labels.size(), 3);
    for (const QLabel *label : labels) {
        const QColor text = label->palette().color(label->foregroundRole());
        EXPECT_GE(ChartPalette::contrastRatio(text, background), kWcagAa)
            << qPrintable(label->text()) << " in " << qPrintable(text.name()) << " on " << qPrintable(background.name());
    }
}

Figure figureChangingBy(double change)
{
    Figure figure;
    figure.previous = 100.0;
    figure.value = 100.0 * (1.0 + change);
    figure.history = {90.0, 100.0, figure.value};
    return figure;
}

} // namespace

TEST(Palette, ContrastRatioFollowsWcag)
{
    EXPECT_NEAR(ChartPalette::contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(ChartPalette::contrastRatio(Qt::white, Qt::white), 1.0, 1e-9);
    // WCAG's own example: #777777 on white is just below AA (4.48).
    EXPECT_NEAR(ChartPalette::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
}

TEST(Palette, ReadableOnReachesAaOnLightAndDarkBackgrounds)
{
    for (const QColor &background : {QColor(Qt::white), darkPalette().color(QPalette::Base), darkPalette().color(QPalette::Window)}) {
        for (int i = 0; i < 7; ++i)
            EXPECT_GE(ChartPalette::contrastRatio(ChartPalette::readableOn(ChartPalette::series(i), background), background), kWcagAa)
                << i << " on " << qPrintable(background.name());
        EXPECT_GE(ChartPalette::contrastRatio(ChartPalette::readableOn(ChartPalette::negative(), background), background), kWcagAa);
    }
}

TEST(Palette, HeatmapCellTextReadsOnEveryCellColour)
{
    for (int step = 0; step <= 40; ++step) {
        const QColor cell = ChartPalette::sequential(step / 40.0);
        EXPECT_GE(ChartPalette::contrastRatio(ChartPalette::textOn(cell), cell), kWcagAa) << qPrintable(cell.name());
    }
}

TEST(Palette, DarkPaletteTextMeetsAaOnItsBackgrounds)
{
    const QPalette dark = darkPalette();
    for (const auto &[text, background] : {std::pair{QPalette::Text, QPalette::Base}, std::pair{QPalette::WindowText, QPalette::Window},
                                           std::pair{QPalette::ButtonText, QPalette::Button},
                                           std::pair{QPalette::HighlightedText, QPalette::Highlight},
                                           std::pair{QPalette::PlaceholderText, QPalette::Base},
                                           std::pair{QPalette::ToolTipText, QPalette::ToolTipBase}})
        EXPECT_GE(ChartPalette::contrastRatio(dark.color(text), dark.color(background)), kWcagAa) << text << " on " << background;
}

TEST(Palette, PaletteChoiceNamesAreCaseInsensitiveAndStrict)
{
    EXPECT_EQ(paletteChoiceFromName(QStringLiteral("Dark")), PaletteChoice::Dark);
    EXPECT_EQ(paletteChoiceFromName(QStringLiteral("light")), PaletteChoice::Light);
    EXPECT_EQ(paletteChoiceFromName(QStringLiteral("system")), PaletteChoice::System);
    EXPECT_FALSE(paletteChoiceFromName(QStringLiteral("sepia")).has_value());
}

TEST_F(DarkPaletteTest, Palette_LineChartLabelsReadOnADarkBackground)
{
    charts::LineChart chart(charts::LineChart::XAxis::Dates);
    chart.setTitle(QStringLiteral("Revenue"));
    chart.setAxisTitles(QStringLiteral("Month"), QStringLiteral("Revenue"));
    chart.setSeries({charts::LineSeries::fromDates(QStringLiteral("A"), {QDate(2024, 1, 1), QDate(2024, 4, 1)}, {10.0, 30.0})});
    expectReadableChart(chart);
}

TEST_F(DarkPaletteTest, Palette_BarChartLabelsReadOnADarkBackground)
{
    charts::BarChart chart;
    chart.setTitle(QStringLiteral("Share"));
    chart.setValueAxisTitle(QStringLiteral("Share"));
    chart.setData({QStringLiteral("High"), QStringLiteral("Low")}, {{QStringLiteral("Share"), {0.2, 0.8}}});
    expectReadableChart(chart);
}

TEST(Palette, ChartFollowsAPaletteChangeAfterItWasBuilt)
{
    const QPalette saved = QApplication::palette();
    // Inside a window, as in a view: Qt sends application palette changes to child widgets.
    QWidget window;
    auto *chart = new charts::BarChart(&window);
    chart->setData({QStringLiteral("High"), QStringLiteral("Low")}, {{QStringLiteral("Share"), {0.2, 0.8}}});
    window.show();
    QApplication::setPalette(darkPalette());
    lodestar::test::settle(); // Qt hands the new palette to the widgets from the event loop
    expectReadableChart(*chart);
    QApplication::setPalette(saved);
}

TEST_F(DarkPaletteTest, Palette_ScorecardTextReadsOnADarkCard)
{
    for (const double change : {0.12, -0.12, 0.0}) {
        ui::Scorecard card(lodestar::metric(u"average_clv"));
        card.setFigure(figureChangingBy(change), QStringLiteral("Q2"));
        expectReadableCard(card);
    }
}

TEST(Palette, ScorecardTextReadsOnALightCard)
{
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(lightPalette());
    for (const double change : {0.12, -0.12}) {
        ui::Scorecard card(lodestar::metric(u"first-period-churn"));
        card.setFigure(figureChangingBy(change), QStringLiteral("Q2"));
        expectReadableCard(card);
    }
    QApplication::setPalette(saved);
}

TEST(Palette, ScorecardColoursTheChangeByWhetherItIsGood)
{
    // The colour the change label is actually painted in (its foreground role on the card).
    const auto changeColour = [](double change) {
        ui::Scorecard card(lodestar::metric(u"average_clv"));
        card.setFigure(figureChangingBy(change), QStringLiteral("Q2"));
        for (const QLabel *label : card.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("vs prev")))
                return label->palette().color(label->foregroundRole());
        }
        return QColor();
    };
    const QColor good = changeColour(0.12);
    const QColor bad = changeColour(-0.12);
    ASSERT_TRUE(good.isValid() && bad.isValid());
    EXPECT_NE(good, bad);
    EXPECT_GT(good.hsvSaturationF(), 0.4) << qPrintable(good.name());
    EXPECT_GT(bad.hsvSaturationF(), 0.4) << qPrintable(bad.name());
}

TEST(Palette, VerdictColoursReadOnLightAndDarkTables)
{
    const QPalette saved = QApplication::palette();
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        QApplication::setPalette(palette);
        for (const Verdict verdict : {Verdict::OnTrack, Verdict::Watch, Verdict::OffTrack, Verdict::NoData})
            EXPECT_GE(ChartPalette::contrastRatio(verdictColour(verdict), palette.color(QPalette::Base)), kWcagAa)
                << static_cast<int>(verdict) << " on " << qPrintable(palette.color(QPalette::Base).name());
    }
    QApplication::setPalette(saved);
}
