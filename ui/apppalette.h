#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace lodestar::ui {

/// Which colours the window uses: the desktop's (the default), or Lodestar's own light or dark
/// palette on the Fusion style, which looks the same everywhere (screenshots, tests, `--palette`).
enum class PaletteChoice { System, Light, Dark };

/// "system", "light" or "dark"; nullopt for anything else.
std::optional<PaletteChoice> paletteChoiceFromName(const QString &name);

/// A dark palette with enough contrast for text (WCAG AA) in every colour group.
QPalette darkPalette();
QPalette lightPalette();

/// Applies the choice to the running application; System leaves the platform's style and palette.
void applyPaletteChoice(PaletteChoice choice);

} // namespace lodestar::ui
