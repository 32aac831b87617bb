#include "analysiscontroller.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lodestar::ui {

namespace {

bool sameFilter(const AnalysisFilter &a, const AnalysisFilter &b)
{
    return a.from == b.from && a.to == b.to && a.channel == b.channel && a.region == b.region && a.plan == b.plan
           && a.tier == b.tier && a.period == b.period;
}

} // namespace

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
{
    connect(&m_heavy, &QFutureWatcher<AnalysisOutcome>::finished, this, &AnalysisController::heavyFinished);
    connect(&m_heavy, &QFutureWatcher<AnalysisOutcome>::progressValueChanged, this,
            [this](int value) { emit progressChanged(value / 1000.0); });
    connect(&m_light, &QFutureWatcher<AnalysisOutcome>::finished, this, &AnalysisController::filterFinished);
}

AnalysisController::~AnalysisController()
{
    m_heavy.cancel();
    waitForIdle();
}

bool AnalysisController::isBusy() const
{
    return m_heavy.isRunning();
}

void AnalysisController::openWorkspace(const QString &path)
{
    // A new workspace starts unfiltered: its channels and dates differ from the last one.
    const Period period = m_filter.period;
    m_filter = AnalysisFilter{};
    m_filter.period = period;
    startHeavy(tr("Loading %1…").arg(path), QtConcurrent::run(loadWorkspaceJob, path, m_filter));
}

void AnalysisController::reload()
{
    if (!m_snapshot.workspacePath.isEmpty())
        startHeavy(tr("Reloading the workspace…"), QtConcurrent::run(loadWorkspaceJob, m_snapshot.workspacePath, m_filter));
}

void AnalysisController::applyDefinition(const ClvDefinition &definition)
{
    if (m_snapshot.workspacePath.isEmpty())
        return;
    startHeavy(tr("Valuing customers under the new definition…"),
               QtConcurrent::run(applyDefinitionJob, m_snapshot, definition, m_filter));
}

void AnalysisController::startHeavy(const QString &task, QFuture<AnalysisOutcome> future)
{
    if (m_heavy.isRunning()) {
        m_heavy.cancel();
        m_heavy.waitForFinished();
    }
    m_heavy.setFuture(future);
    emit busyChanged(true, task);
}

void AnalysisController::heavyFinished()
{
    emit busyChanged(false, {});
    const QFuture<AnalysisOutcome> future = m_heavy.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit failed(tr("Cancelled; the previous analysis is still shown."));
        return;
    }
    AnalysisOutcome outcome = future.result();
    if (!outcome.snapshot.data) {
        emit failed(outcome.error);
        return;
    }
    m_snapshot = std::move(outcome.snapshot);
    m_definition = outcome.definition;
    emit workspaceChanged();
    emit analysisChanged();
    if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    // The filter may have changed while the valuation ran.
    if (m_snapshot.insights && !sameFilter(m_snapshot.insights->filter, m_filter))
        setFilter(m_filter);
}

void AnalysisController::setFilter(const AnalysisFilter &filter)
{
    m_filter = filter;
    if (!m_snapshot.valuation)
        return;
    if (m_light.isRunning()) {
        m_pendingFilter = filter; // computed when the running one ends; intermediate ones are skipped
        return;
    }
    startFilter();
}

void AnalysisController::startFilter()
{
    m_pendingFilter.reset();
    m_light.setFuture(QtConcurrent::run(filterJob, m_snapshot, m_filter));
    emit filteringChanged(true);
}

void AnalysisController::filterFinished()
{
    const QFuture<AnalysisOutcome> future = m_light.future();
    if (m_pendingFilter) {
        startFilter();
        return;
    }
    emit filteringChanged(false);
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    AnalysisOutcome outcome = future.result();
    // A valuation that finished meanwhile wins over insights computed on the old one.
    if (outcome.snapshot.valuation != m_snapshot.valuation || !outcome.snapshot.insights)
        return;
    m_snapshot.insights = outcome.snapshot.insights;
    emit analysisChanged();
}

void AnalysisController::cancel()
{
    m_heavy.cancel();
    m_pendingFilter.reset();
    m_light.cancel();
}

void AnalysisController::waitForIdle()
{
    m_heavy.waitForFinished();
    m_light.waitForFinished();
}

} // namespace lodestar::ui
