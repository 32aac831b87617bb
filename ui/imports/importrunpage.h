#pragma once

#include "importjob.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lodestar::ui {

/// The wizard's last page: runs the import off the GUI thread with a progress bar and Cancel,
/// then reports the counts.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(QWidget *parent = nullptr);

    void start(const QString &workspace, const ImportOptions &options);
    bool isComplete() const override;
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();

signals:
    void importFinished(bool imported);

private:
    void finished();

    QFutureWatcher<ImportOutcome> m_watcher;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    bool m_done = false;
};

} // namespace lodestar::ui
