#include "importrunpage.h"

#include "models/itemmodels/valueformat.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lodestar::ui {

ImportRunPage::ImportRunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
{
    setTitle(tr("Import"));
    m_progress->setRange(0, 1000);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportRunPage::finished);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

void ImportRunPage::start(const QString &workspace, const ImportOptions &options)
{
    m_done = false;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Importing %1…").arg(options.path));
    m_watcher.setFuture(QtConcurrent::run(importJob, workspace, options));
    emit completeChanged();
}

void ImportRunPage::cancel()
{
    m_watcher.cancel();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::finished()
{
    m_done = true;
    m_cancel->setEnabled(false);
    const QFuture<ImportOutcome> future = m_watcher.future();
    if (future.resultCount() == 0) {
        m_status->setText(tr("The import was cancelled; nothing was imported."));
        emit completeChanged();
        emit importFinished(false);
        return;
    }
    const ImportOutcome outcome = future.result();
    if (!outcome.report) {
        m_status->setText(outcome.error);
    } else {
        const ImportCounts &counts = outcome.report->counts;
        m_progress->setValue(1000);
        m_status->setText(outcome.report->alreadyImported
                              ? tr("This file was imported before; nothing was added.")
                              : tr("%1 rows read, %2 imported, %3 rejected, %4 duplicates. "
                                   "Rejected rows are listed on the Imports page.")
                                    .arg(format::count(counts.rowsRead), format::count(counts.imported),
                                         format::count(counts.rejected), format::count(counts.duplicates)));
    }
    emit completeChanged();
    emit importFinished(outcome.report.has_value());
}

} // namespace lodestar::ui
