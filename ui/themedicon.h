#pragma once

#include <QIcon>
#include <QString>

namespace lodestar::ui {

/// One of Lodestar's monochrome icons (resources/icons/ui/<name>.svg), drawn in the colour of the
/// application palette's text at paint time, so it follows a light, dark or changed palette;
/// selected items use the highlighted-text colour, disabled ones the disabled text colour.
QIcon themedIcon(const QString &name);

/// The sidebar icon of a view by its id ("overview", "segments" …); null for an unknown id.
QIcon viewIcon(const QString &viewId);

} // namespace lodestar::ui
