#include "importsview.h"

#include "tableviews.h"
#include "models/itemmodels/importtablemodels.h"
#include "models/store/store.h"
#include "ui/imports/importwizard.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace lodestar::ui {

ImportsView::ImportsView(QWidget *parent)
    : View(parent)
    , m_imports(new ImportListModel(this))
    , m_rejects(new RejectTableModel(this))
    , m_importTable(createTableView(this))
    , m_rejectTable(createTableView(this))
    , m_rejectTitle(new QLabel(this))
{
    m_importTable->setModel(m_imports);
    m_importTable->setAccessibleName(tr("Past imports"));
    m_rejectTable->setModel(m_rejects);
    m_rejectTable->setAccessibleName(tr("Rejected rows"));
    auto *import = new QPushButton(tr("&Import CSV…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Past imports, newest first. Select one to see the rows it rejected; "
                                     "File → Export (Ctrl+E) saves them as CSV."), this), 1);
    buttons->addWidget(import);
    auto *rejects = new QWidget(this);
    auto *rejectsLayout = new QVBoxLayout(rejects);
    rejectsLayout->setContentsMargins(0, 0, 0, 0);
    rejectsLayout->addWidget(m_rejectTitle);
    m_rejectTitle->setTextFormat(Qt::PlainText); // it quotes the imported file's name
    rejectsLayout->addWidget(m_rejectTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_importTable);
    splitter->addWidget(rejects);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    connect(import, &QPushButton::clicked, this, &ImportsView::startImport);
    connect(m_importTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportsView::showRejects);
}

void ImportsView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    if (snapshot.workspacePath == m_workspace && m_imports->rowCount() > 0)
        return;
    m_workspace = snapshot.workspacePath;
    refreshImports();
}

void ImportsView::refreshImports()
{
    m_imports->setImports({});
    m_rejects->setRejects({});
    m_rejectTitle->setText(tr("Select an import to see its rejected rows."));
    if (m_workspace.isEmpty())
        return;
    // A short read of a few rows, on the GUI thread: the list is small by nature.
    auto store = Store::open(m_workspace, Store::Mode::ReadOnly);
    auto imports = store ? listImports(**store) : Result<QList<ImportEntry>>(store.error());
    if (!imports)
        return emit messageRequested(imports.errorString());
    m_imports->setImports(*imports);
    m_importTable->resizeColumnsToContents();
    if (m_imports->rowCount() > 0)
        selectImport(0);
}

void ImportsView::selectImport(int row)
{
    m_importTable->setCurrentIndex(m_imports->index(row, 0));
    showRejects();
}

void ImportsView::showRejects()
{
    const ImportEntry *entry = m_imports->importAt(m_importTable->currentIndex().row());
    if (!entry)
        return;
    auto store = Store::open(m_workspace, Store::Mode::ReadOnly);
    auto rejects = store ? rejectsOfImport(**store, entry->id) : Result<QList<RejectedRow>>(store.error());
    if (!rejects)
        return emit messageRequested(rejects.errorString());
    m_rejects->setRejects(*rejects);
    m_rejectTitle->setText(tr("%1: %n rejected row(s)", nullptr, static_cast<int>(entry->counts.rejected)).arg(entry->fileName));
    m_rejectTable->resizeColumnsToContents();
}

void ImportsView::startImport()
{
    if (m_workspace.isEmpty())
        return emit messageRequested(tr("Open or create a workspace before importing."));
    if (!m_wizard) {
        m_wizard = new ImportWizard(m_workspace, this);
        m_wizard->setWindowFlag(Qt::Window);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wizard, &ImportWizard::importFinished, this, [this] {
            refreshImports();
            emit workspaceImported();
        });
    }
    m_wizard->show();
    m_wizard->raise();
}

const QAbstractItemModel *ImportsView::exportTable() const
{
    return m_rejects;
}

} // namespace lodestar::ui
