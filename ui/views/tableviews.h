#pragma once

class QHeaderView;
class QTableView;
class QWidget;

namespace lodestar::ui {

/// A read-only table view set up the same way everywhere: row selection, sorting, fixed row
/// heights (so 100,000 rows scroll smoothly), no per-row widgets.
QTableView *createTableView(QWidget *parent);

/// Widens every section that is narrower than its header text (interactive sections only).
void fitSectionsToHeaders(QHeaderView *header);

} // namespace lodestar::ui
