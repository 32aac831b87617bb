#pragma once

#include "models/import/importreport.h"

#include <QWizard>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace lodestar::ui {

class ImportRunPage;

/// File → preview of the first rows → column mapping (auto-guessed) and date format → import
/// with progress and Cancel. Not modal: the window stays usable while a file imports.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, RunPage };

    ImportWizard(const QString &workspace, QWidget *parent = nullptr);

    void setFile(const QString &path, ImportKind kind);
    /// The options the mapping page describes.
    ImportOptions options() const;
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

signals:
    void importFinished();

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    void loadPreview();
    ImportKind kind() const;

    QString m_workspace;
    QLineEdit *m_path;
    QComboBox *m_kind;
    QLabel *m_previewInfo;
    QStandardItemModel *m_preview;
    QWidget *m_mappingBox;
    std::vector<QComboBox *> m_fieldColumns;
    QStringList m_header;
    QComboBox *m_dateOrder;
    ImportRunPage *m_run;
};

} // namespace lodestar::ui
