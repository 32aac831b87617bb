#pragma once

#include "models/import/importreport.h"

#include <QWizardPage>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QStandardItemModel;

namespace lodestar::ui {

/// One file's page: the first rows, which column holds which field (guessed from the header) and
/// the order of d/M dates. The next button waits until every required field has a column.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    /// pathOf gives the file chosen for this kind when the page is shown.
    ImportMappingPage(ImportKind kind, std::function<QString()> pathOf, QWidget *parent = nullptr);

    ImportKind kind() const { return m_kind; }
    void initializePage() override;
    bool isComplete() const override;
    /// The options this page describes, for the importer.
    ImportOptions options() const;

    const QStandardItemModel *preview() const { return m_preview; }
    QString previewInfo() const;
    /// The chooser of one field's column (by its stable name, "amount"), or null.
    QComboBox *columnChooser(const QString &field) const;
    QComboBox *dateFormatChooser() const { return m_dateOrder; }

private:
    void loadPreview();
    void clearMapping();

    ImportKind m_kind;
    std::function<QString()> m_pathOf;
    QString m_path;
    QLabel *m_previewInfo;
    QStandardItemModel *m_preview;
    QWidget *m_mappingBox;
    std::vector<QComboBox *> m_fieldColumns;
    QStringList m_header;
    QComboBox *m_dateOrder;
};

} // namespace lodestar::ui
