#pragma once

#include "importjob.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lodestar::ui {

/// The wizard's last page: runs the import of all chosen files off the GUI thread with a
/// progress bar and Cancel, then sums up what each file did.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(QWidget *parent = nullptr);

    void start(const QString &workspace, const QList<ImportOptions> &files);
    bool isComplete() const override;
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();

    /// The reports of the files imported by the last run, in the order they ran.
    const QList<ImportReport> &reports() const { return m_reports; }
    /// The summary shown after the run.
    QString summary() const;
    int progress() const;

signals:
    /// The run ended; imported is true when at least one file added something to the store.
    void importFinished(bool imported);

private:
    void finished();
    QString fileLine(const ImportReport &report) const;

    QFutureWatcher<ImportOutcome> m_watcher;
    QLabel *m_current;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QList<ImportReport> m_reports;
    bool m_done = false;
};

} // namespace lodestar::ui
