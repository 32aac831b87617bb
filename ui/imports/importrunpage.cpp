#include "importrunpage.h"

#include "importkindtitle.h"
#include "models/itemmodels/valueformat.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lodestar::ui {

ImportRunPage::ImportRunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_current(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Import"));
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Import progress"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::progressTextChanged, this,
            [this](const QString &file) { m_current->setText(tr("Importing %1…").arg(file)); });
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportRunPage::finished);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

void ImportRunPage::start(const QString &workspace, const QList<ImportOptions> &files)
{
    m_done = false;
    m_reports.clear();
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->clear();
    m_current->setText(tr("Importing %n file(s)…", nullptr, static_cast<int>(files.size())));
    m_watcher.setFuture(QtConcurrent::run(importJob, workspace, files));
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

int ImportRunPage::progress() const
{
    return m_progress->value();
}

QString ImportRunPage::summary() const
{
    return m_status->text();
}

QString ImportRunPage::fileLine(const ImportReport &report) const
{
    const QString name = QFileInfo(report.file).fileName();
    if (report.alreadyImported)
        return tr("%1 (%2): imported before; nothing was added.").arg(kindTitle(report.kind), name);
    const ImportCounts &counts = report.counts;
    return tr("%1 (%2): %3 rows read, %4 imported, %5 rejected, %6 duplicates.")
        .arg(kindTitle(report.kind), name, format::count(counts.rowsRead), format::count(counts.imported),
             format::count(counts.rejected), format::count(counts.duplicates));
}

void ImportRunPage::finished()
{
    m_done = true;
    m_cancel->setEnabled(false);
    m_current->clear();
    const QFuture<ImportOutcome> future = m_watcher.future();
    // No result: cancelled before the worker started.
    const ImportOutcome outcome = future.resultCount() > 0 ? future.result()
                                                           : ImportOutcome{{}, tr("The import was cancelled."), true};
    m_reports = outcome.reports;
    QStringList lines;
    for (const ImportReport &report : m_reports)
        lines << fileLine(report);
    if (!outcome.error.isEmpty())
        lines << outcome.error;
    if (outcome.cancelled)
        lines << (m_reports.isEmpty() ? tr("Nothing was imported.")
                                      : tr("The files listed above were imported before the cancel and stay imported."));
    else
        m_progress->setValue(1000);
    bool added = false;
    for (const ImportReport &report : m_reports)
        added = added || !report.alreadyImported;
    if (added)
        lines << tr("Rejected rows are listed on the Imports page.");
    m_status->setText(lines.join(QLatin1Char('\n')));
    emit completeChanged();
    emit importFinished(added);
}

} // namespace lodestar::ui
