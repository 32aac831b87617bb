#pragma once

class QTableView;
class QWidget;

namespace lodestar::ui {

/// A read-only table view set up the same way everywhere: row selection, sorting, fixed row
/// heights (so 100,000 rows scroll smoothly), no per-row widgets.
QTableView *createTableView(QWidget *parent);

} // namespace lodestar::ui
