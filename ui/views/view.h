#pragma once

#include "models/itemmodels/analysissnapshot.h"
#include "ui/themedicon.h"

#include <QIcon>
#include <QWidget>

class QAbstractItemModel;

namespace lodestar::ui {

namespace charts {
class ChartWidget;
}

/// One page of the main window. A new page is one more View subclass registered with the
/// window: it gets a sidebar entry, a Ctrl+<n> shortcut and the analysis updates.
class View : public QWidget
{
    Q_OBJECT
public:
    explicit View(QWidget *parent = nullptr) : QWidget(parent) {}

    /// Stable name for settings and `lodestar screenshot --view` ("overview", "segments" …).
    virtual QString id() const = 0;
    /// Translated name for the sidebar.
    virtual QString title() const = 0;
    /// The sidebar icon; Lodestar's own views have one per id in resources/icons/ui.
    virtual QIcon icon() const { return viewIcon(id()); }
    /// Shows a new analysis (a filter change, a new valuation or workspace); the snapshot may be
    /// incomplete (no valuation yet), then the view shows itself empty.
    virtual void showAnalysis(const AnalysisSnapshot &snapshot) = 0;
    /// The table File → Export CSV writes, as shown (sorted, filtered), or null.
    virtual const QAbstractItemModel *exportTable() const { return nullptr; }
    /// The chart File → Export PNG writes, or null.
    virtual charts::ChartWidget *exportChart() const { return nullptr; }

signals:
    /// The view wants the window to show a message (an error in the message bar).
    void messageRequested(const QString &message);
};

} // namespace lodestar::ui
