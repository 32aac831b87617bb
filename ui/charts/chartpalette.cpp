#include "chartpalette.h"

#include <QApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace lodestar::ui::charts {

namespace {

// Okabe & Ito (2008), "Color Universal Design"; black is left out so series read on dark themes.
// Ordered so the first four (four cohorts, four channels) differ in hue and lightness: orange next to
// vermillion or blue next to sky blue were hard to tell apart as thin lines.
constexpr std::array<QRgb, 7> kOkabeIto{0xff0072B2, 0xffE69F00, 0xff009E73, 0xffCC79A7,
                                        0xffD55E00, 0xff56B4E9, 0xffF0E442};
constexpr QRgb kVermillion = 0xffD55E00;

// Viridis (van der Walt & Smith, matplotlib) sampled at nine stops.
constexpr std::array<QRgb, 9> kViridis{0xff440154, 0xff472D7B, 0xff3B528B, 0xff2C728E, 0xff21918C,
                                       0xff28AE80, 0xff5EC962, 0xffADDC30, 0xffFDE725};

// WCAG 2.1 relative luminance: sRGB channels linearised, then weighted (BT.709).
double relativeLuminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

// What a translucent colour looks like painted over an opaque background.
QColor blendOver(const QColor &foreground, const QColor &background)
{
    const double alpha = foreground.alphaF();
    const auto blend = [alpha](double f, double b) { return static_cast<float>(f * alpha + b * (1.0 - alpha)); };
    return QColor::fromRgbF(blend(foreground.redF(), background.redF()), blend(foreground.greenF(), background.greenF()),
                            blend(foreground.blueF(), background.blueF()));
}

} // namespace

QColor ChartPalette::series(int index, const QPalette &palette)
{
    QColor colour = QColor::fromRgb(kOkabeIto[static_cast<std::size_t>(std::abs(index)) % kOkabeIto.size()]);
    // On a dark background the deep blue loses contrast; lighten it a little.
    if (isDark(palette) && index % static_cast<int>(kOkabeIto.size()) == 0)
        colour = colour.lighter(150);
    return colour;
}

QColor ChartPalette::positive()
{
    return QColor::fromRgb(kOkabeIto[0]).lighter(115);
}

QColor ChartPalette::negative()
{
    return QColor::fromRgb(kVermillion);
}

QColor ChartPalette::sequential(double t)
{
    if (!std::isfinite(t))
        return Qt::transparent;
    const double position = std::clamp(t, 0.0, 1.0) * (kViridis.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(position));
    const auto high = std::min(low + 1, kViridis.size() - 1);
    const double f = position - low;
    const QColor a = QColor::fromRgb(kViridis[low]);
    const QColor b = QColor::fromRgb(kViridis[high]);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * f),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * f),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor ChartPalette::textOn(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}



double ChartPalette::contrastRatio(const QColor &foreground, const QColor &background)
{
    const double la = relativeLuminance(blendOver(foreground, background));
    const double lb = relativeLuminance(background);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ChartPalette::readableOn(const QColor &colour, const QColor &background, double minimumRatio)
{
    // Keep the hue and saturation, move the lightness away from the background's in small steps.
    const bool lighten = contrastRatio(Qt::white, background) > contrastRatio(Qt::black, background);
    QColor adjusted = blendOver(colour, background).toHsl();
    for (int step = 0; step < 100 && contrastRatio(adjusted, background) < minimumRatio; ++step) {
        const float lightness = std::clamp(adjusted.lightnessF() + (lighten ? 0.01f : -0.01f), 0.0f, 1.0f);
        adjusted.setHslF(adjusted.hslHueF(), adjusted.hslSaturationF(), lightness, adjusted.alphaF());
    }
    return adjusted.toRgb();
}

bool ChartPalette::isDark(const QPalette &palette)
{
    const QPalette &effective = palette.resolveMask() ? palette : QApplication::palette();
    return effective.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace lodestar::ui::charts
