#pragma once

#include "messagebar.h"

#include <QString>

#include <optional>

class QWidget;

namespace lodestar::ui {

class View;

/// File → Export of the view on screen: asks where, writes, and says what happened.
namespace viewexport {

struct Outcome
{
    QString message;
    MessageBar::Kind kind = MessageBar::Kind::Information;
};

/// The view's table as CSV (refusing the workspace's own files); nullopt when the user cancels.
std::optional<Outcome> exportTable(View *view, const QString &workspacePath, QWidget *parent);
/// The view's chart as PNG; nullopt when the user cancels.
std::optional<Outcome> exportChart(View *view, QWidget *parent);

} // namespace viewexport

} // namespace lodestar::ui
