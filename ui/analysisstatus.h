#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace lodestar {
struct AnalysisSnapshot;
struct ClvDefinition;
}

namespace lodestar::ui {

/// The window's status bar: which workspace, which dates and which CLV definition the figures are
/// of, and the progress of the work under way.
class AnalysisStatus : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisStatus(QStatusBar *bar);

    /// "workspace.lodestar · 01/01/2023 – 31/12/2023 · CLV over 36 months …"; the range is the
    /// filter's where it narrows the data, so the status bar matches the figures.
    static QString describe(const AnalysisSnapshot &snapshot, const ClvDefinition &definition);
    void showAnalysis(const AnalysisSnapshot &snapshot, const ClvDefinition &definition);
    QString text() const;

    /// Shows or hides the progress bar and the task; an indeterminate bar where no fraction comes.
    void showWork(bool working, const QString &task, bool indeterminate = false);
    void setProgress(double fraction);

private:
    QStatusBar *m_bar;
    QLabel *m_text;
    QProgressBar *m_progress;
};

} // namespace lodestar::ui
