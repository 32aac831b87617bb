#include "chartpalette.h"

#include <QApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace lodestar::ui::charts {

namespace {

// Okabe & Ito (2008), "Color Universal Design"; black is left out so series read on dark themes.
constexpr std::array<QRgb, 7> kOkabeIto{0xff0072B2, 0xffE69F00, 0xff009E73, 0xffD55E00,
                                        0xff56B4E9, 0xffCC79A7, 0xffF0E442};

// Viridis (van der Walt & Smith, matplotlib) sampled at nine stops.
constexpr std::array<QRgb, 9> kViridis{0xff440154, 0xff472D7B, 0xff3B528B, 0xff2C728E, 0xff21918C,
                                       0xff28AE80, 0xff5EC962, 0xffADDC30, 0xffFDE725};

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
    return QColor::fromRgb(kOkabeIto[3]);
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
    // Relative luminance, ITU-R BT.709 weights.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45 ? Qt::black : Qt::white;
}

bool ChartPalette::isDark(const QPalette &palette)
{
    const QPalette &effective = palette.resolveMask() ? palette : QApplication::palette();
    return effective.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace lodestar::ui::charts
