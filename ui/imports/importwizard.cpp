#include "importwizard.h"

#include "importrunpage.h"
#include "models/itemmodels/importpreview.h"
#include "ui/views/tableviews.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lodestar::ui {

ImportWizard::ImportWizard(const QString &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_path(new QLineEdit)
    , m_kind(new QComboBox)
    , m_previewInfo(new QLabel)
    , m_preview(new QStandardItemModel(this))
    , m_mappingBox(new QWidget)
    , m_dateOrder(new QComboBox)
    , m_run(new ImportRunPage)
{
    setWindowTitle(tr("Import CSV"));
    setWindowModality(Qt::NonModal);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(RunPage, m_run);
    resize(900, 620);
    connect(m_run, &ImportRunPage::importFinished, this, [this](bool imported) {
        if (imported)
            emit importFinished();
    });
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Choose a file"));
    page->setSubTitle(tr("Transactions need a customer id, a date and an amount; customers, marketing spend and NPS files add detail."));
    for (const ImportKind kind : {ImportKind::Transactions, ImportKind::Customers, ImportKind::Spend, ImportKind::Nps})
        m_kind->addItem(kindName(kind), static_cast<int>(kind));
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&File:"), row);
    form->addRow(tr("&Kind of data:"), m_kind);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), m_path->text(),
                                                          tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Preview and columns"));
    page->setSubTitle(tr("Check the first rows and which column holds which field. Lodestar guessed from the header."));
    auto *table = createTableView(page);
    table->setModel(m_preview);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    m_dateOrder->addItem(tr("Detect from the data"));
    m_dateOrder->addItem(tr("Day first (d/M/yyyy)"), QStringLiteral("d/M/yyyy"));
    m_dateOrder->addItem(tr("Month first (M/d/yyyy)"), QStringLiteral("M/d/yyyy"));
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_mappingBox, 1);
    auto *dates = new QFormLayout;
    dates->addRow(tr("&Date format:"), m_dateOrder);
    columns->addLayout(dates);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewInfo);
    layout->addWidget(table, 1);
    layout->addLayout(columns);
    return page;
}

void ImportWizard::setFile(const QString &path, ImportKind kind)
{
    m_path->setText(path);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

ImportKind ImportWizard::kind() const
{
    return static_cast<ImportKind>(m_kind->currentData().toInt());
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        loadPreview();
    else if (id == RunPage)
        m_run->start(m_workspace, options());
    QWizard::initializePage(id);
}

void ImportWizard::loadPreview()
{
    const auto preview = previewCsv(m_path->text(), kind());
    m_preview->clear();
    m_fieldColumns.clear();
    delete m_mappingBox->layout();
    qDeleteAll(m_mappingBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    if (!preview) {
        m_previewInfo->setText(preview.errorString());
        return;
    }
    m_header = preview->header;
    m_previewInfo->setText(tr("Format: %1 · first %n row(s) shown", nullptr, static_cast<int>(preview->rows.size())).arg(preview->format));
    m_preview->setHorizontalHeaderLabels(preview->header);
    for (const QStringList &cells : preview->rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : cells)
            items << new QStandardItem(cell);
        m_preview->appendRow(items);
    }
    auto *form = new QFormLayout(m_mappingBox);
    const QList<FieldSpec> &fields = fieldsOf(kind());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        auto *combo = new QComboBox(m_mappingBox);
        combo->addItem(fields[i].required ? tr("(choose a column)") : tr("(not in this file)"), -1);
        for (qsizetype c = 0; c < m_header.size(); ++c)
            combo->addItem(m_header[c], static_cast<int>(c));
        combo->setCurrentIndex(std::max(0, combo->findData(preview->guessedColumns.value(i, -1))));
        form->addRow(fields[i].required ? tr("%1 (required):").arg(fields[i].name) : fields[i].name + QLatin1Char(':'), combo);
        m_fieldColumns.push_back(combo);
    }
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.kind = kind();
    options.path = m_path->text();
    const QList<FieldSpec> &fields = fieldsOf(kind());
    for (std::size_t i = 0; i < m_fieldColumns.size() && i < static_cast<std::size_t>(fields.size()); ++i) {
        const int column = m_fieldColumns[i]->currentData().toInt();
        if (column >= 0)
            options.mapping << ColumnOverride(fields[static_cast<qsizetype>(i)].name, m_header.value(column));
    }
    std::optional<DayMonthOrder> order;
    if (m_dateOrder->currentIndex() > 0 && parseDateFormatOption(m_dateOrder->currentData().toString(), order))
        options.dateOrder = order;
    return options;
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && !QFileInfo(m_path->text()).isFile()) {
        m_path->setPlaceholderText(tr("Choose an existing CSV file"));
        m_path->setFocus();
        return false;
    }
    return QWizard::validateCurrentPage();
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
