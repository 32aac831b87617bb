#pragma once

#include "models/itemmodels/analysissnapshot.h"

#include <QFutureSynchronizer>
#include <QObject>
#include <QSet>

namespace lodestar::ui {

class View;

/// Counts a use of the CLV definition when a view that presents CLV is on screen with a
/// valuation under it: at the moment it is shown, once per view and valuation, not when a hidden
/// view is refreshed. The analysis service writes it, off the GUI thread; a read-only workspace records nothing.
class DefinitionAdoption : public QObject
{
    Q_OBJECT
public:
    explicit DefinitionAdoption(QObject *parent = nullptr);
    /// Waits for the records still being written: a write must not outlive the window (and the
    /// application's SQL drivers) that started it.
    ~DefinitionAdoption() override;

    /// Call when the current view or the analysis changes.
    void viewPresented(const View *view, const AnalysisSnapshot &snapshot);

    /// The views whose figures are CLV under the definition.
    static bool presentsClv(const QString &viewId);

private:
    const Valuation *m_valuation = nullptr;
    QSet<QString> m_recorded;
    QFutureSynchronizer<void> m_writes;
};

} // namespace lodestar::ui
