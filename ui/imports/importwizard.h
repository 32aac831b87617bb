#pragma once

#include "models/import/importreport.h"

#include <QWizard>

namespace lodestar::ui {

class ImportFilesPage;
class ImportMappingPage;
class ImportRunPage;

/// Files (transactions plus optional customers, marketing spend and NPS) → for each file the
/// preview of its first rows, its column mapping (auto-guessed) and date format → one run with
/// progress and Cancel, summed up at the end. Not modal: the window stays usable while files import.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    /// The mapping pages have the ids from MappingPage on, in the import order (kImportOrder).
    enum PageId { FilePage = 0, MappingPage = 1, RunPage = MappingPage + 4 };

    ImportWizard(const QString &workspace, QWidget *parent = nullptr);

    void setFile(ImportKind kind, const QString &path);
    ImportFilesPage *filesPage() const { return m_files; }
    ImportMappingPage *mappingPage(ImportKind kind) const;
    ImportRunPage *runPage() const { return m_run; }
    /// The options of every chosen file, in the order they are imported.
    QList<ImportOptions> options() const;

    int nextId() const override;
    void initializePage(int id) override;
    void reject() override;

signals:
    void importFinished();

private:
    /// The first mapping page after id whose kind has a file, else RunPage.
    int nextPageAfter(int id) const;

    QString m_workspace;
    ImportFilesPage *m_files;
    ImportRunPage *m_run;
};

} // namespace lodestar::ui
