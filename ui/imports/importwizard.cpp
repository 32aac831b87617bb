#include "importwizard.h"

#include "importfilespage.h"
#include "importkindtitle.h"
#include "importmappingpage.h"
#include "importrunpage.h"

#include <algorithm>

namespace lodestar::ui {

namespace {

// Mapping pages come in the order the files are imported.
int pageOf(ImportKind kind)
{
    const auto position = std::find(kImportOrder.begin(), kImportOrder.end(), kind) - kImportOrder.begin();
    return ImportWizard::MappingPage + static_cast<int>(position);
}

} // namespace

ImportWizard::ImportWizard(const QString &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_files(new ImportFilesPage)
    , m_run(new ImportRunPage)
{
    setWindowTitle(tr("Import CSV"));
    setWindowModality(Qt::NonModal);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, m_files);
    for (const ImportKind kind : kImportOrder)
        setPage(pageOf(kind), new ImportMappingPage(kind, [this, kind] { return m_files->path(kind); }));
    setPage(RunPage, m_run);
    resize(900, 620);
    connect(m_run, &ImportRunPage::importFinished, this, [this](bool imported) {
        if (imported)
            emit importFinished();
    });
}

void ImportWizard::setFile(ImportKind kind, const QString &path)
{
    m_files->setPath(kind, path);
}

ImportMappingPage *ImportWizard::mappingPage(ImportKind kind) const
{
    return static_cast<ImportMappingPage *>(page(pageOf(kind)));
}

int ImportWizard::nextPageAfter(int id) const
{
    for (const ImportKind kind : kImportOrder) {
        if (pageOf(kind) > id && !m_files->path(kind).isEmpty())
            return pageOf(kind);
    }
    return RunPage;
}

int ImportWizard::nextId() const
{
    const int id = currentId();
    if (id == RunPage)
        return -1;
    return nextPageAfter(id);
}

QList<ImportOptions> ImportWizard::options() const
{
    QList<ImportOptions> files;
    for (const ImportKind kind : kImportOrder) {
        if (!m_files->path(kind).isEmpty())
            files << mappingPage(kind)->options();
    }
    return files;
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == RunPage)
        m_run->start(m_workspace, options());
}

void ImportWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace lodestar::ui
