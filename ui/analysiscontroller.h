#pragma once

#include "analysisjobs.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace lodestar::ui {

/// Owns the open workspace's analysis and keeps the GUI thread free: loading and re-valuing
/// run as one cancellable background job at a time, filter changes as a cheap second job in
/// which only the latest requested filter is computed.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    const AnalysisSnapshot &snapshot() const { return m_snapshot; }
    const ClvDefinition &definition() const { return m_definition; }
    const AnalysisFilter &filter() const { return m_filter; }
    QString workspacePath() const { return m_snapshot.workspacePath; }
    bool isBusy() const;

    /// Loads a workspace (replacing the current one when it succeeds).
    void openWorkspace(const QString &path);
    /// Re-reads the open workspace, e.g. after an import.
    void reload();
    void setFilter(const AnalysisFilter &filter);
    void applyDefinition(const ClvDefinition &definition);
    /// Stops the running load or valuation; the previous analysis stays.
    void cancel();
    /// Blocks until no job runs; for tests, benchmarks and shutdown only.
    void waitForIdle();

signals:
    void busyChanged(bool busy, const QString &task);
    void progressChanged(double fraction);
    /// A filter change is being computed (the views still show the previous filter's figures).
    void filteringChanged(bool filtering);
    /// A new workspace or valuation is shown (definition, date range and filter choices may have changed).
    void workspaceChanged();
    /// The insights changed (after any job); every view refreshes.
    void analysisChanged();
    void failed(const QString &message);

private:
    void startHeavy(const QString &task, QFuture<AnalysisOutcome> future);
    void heavyFinished();
    void startFilter();
    void filterFinished();

    AnalysisSnapshot m_snapshot;
    ClvDefinition m_definition;
    AnalysisFilter m_filter;
    QFutureWatcher<AnalysisOutcome> m_heavy;
    QFutureWatcher<AnalysisOutcome> m_light;
    std::optional<AnalysisFilter> m_pendingFilter;
};

} // namespace lodestar::ui
