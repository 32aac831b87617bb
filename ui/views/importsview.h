#pragma once

#include "view.h"
#include "ui/imports/importwizard.h"

#include <QPointer>

class QLabel;
class QTableView;

namespace lodestar {
class ImportListModel;
class RejectTableModel;
}

namespace lodestar::ui {

/// Past imports with their counts, the rejected rows of the selected one (viewable and
/// exportable as CSV), and the import wizard.
class ImportsView : public View
{
    Q_OBJECT
public:
    explicit ImportsView(QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("imports"); }
    QString title() const override { return tr("Imports"); }
    void showAnalysis(const AnalysisSnapshot &snapshot) override;
    const QAbstractItemModel *exportTable() const override;

    const ImportListModel *imports() const { return m_imports; }
    const RejectTableModel *rejects() const { return m_rejects; }
    void selectImport(int row);
    ImportWizard *wizard() const { return m_wizard; }

    /// Opens the import wizard (File → Import CSV…).
    Q_INVOKABLE void startImport();

signals:
    /// Rows were added: the window reloads the workspace.
    void workspaceImported();

private:
    void refreshImports();
    void showRejects();

    QString m_workspace;
    ImportListModel *m_imports;
    RejectTableModel *m_rejects;
    QTableView *m_importTable;
    QTableView *m_rejectTable;
    QLabel *m_rejectTitle;
    QPointer<ImportWizard> m_wizard;
};

} // namespace lodestar::ui
