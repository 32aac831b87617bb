#include "importmappingpage.h"

#include "importkindtitle.h"
#include "models/itemmodels/importpreview.h"
#include "ui/views/tableviews.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lodestar::ui {

ImportMappingPage::ImportMappingPage(ImportKind kind, std::function<QString()> pathOf, QWidget *parent)
    : QWizardPage(parent)
    , m_kind(kind)
    , m_pathOf(std::move(pathOf))
    , m_previewInfo(new QLabel(this))
    , m_preview(new QStandardItemModel(this))
    , m_mappingBox(new QWidget(this))
    , m_dateOrder(new QComboBox(this))
{
    setTitle(tr("%1: preview and columns").arg(kindTitle(kind)));
    setSubTitle(tr("Check the first rows and which column holds which field. Lodestar guessed from the header."));
    auto *table = createTableView(this);
    table->setModel(m_preview);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setAccessibleName(tr("First rows of the file"));
    m_previewInfo->setWordWrap(true);
    m_dateOrder->addItem(tr("Detect from the data"));
    m_dateOrder->addItem(tr("Day first (d/M/yyyy)"), QStringLiteral("d/M/yyyy"));
    m_dateOrder->addItem(tr("Month first (M/d/yyyy)"), QStringLiteral("M/d/yyyy"));
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_mappingBox, 1);
    auto *dates = new QFormLayout;
    dates->addRow(tr("&Date format:"), m_dateOrder);
    columns->addLayout(dates);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_previewInfo);
    layout->addWidget(table, 1);
    layout->addLayout(columns);
}

void ImportMappingPage::initializePage()
{
    // Coming back to the page keeps the user's choices unless the file changed.
    const QString path = m_pathOf();
    if (path == m_path && !m_fieldColumns.empty())
        return;
    m_path = path;
    loadPreview();
}

void ImportMappingPage::clearMapping()
{
    m_preview->clear();
    m_header.clear();
    m_fieldColumns.clear();
    delete m_mappingBox->layout();
    qDeleteAll(m_mappingBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
}

void ImportMappingPage::loadPreview()
{
    clearMapping();
    const auto preview = previewCsv(m_path, m_kind);
    if (!preview) {
        m_previewInfo->setText(tr("%1 cannot be read: %2").arg(QFileInfo(m_path).fileName(), preview.errorString()));
        emit completeChanged();
        return;
    }
    m_header = preview->header;
    m_previewInfo->setText(tr("%1 · format: %2 · first %n row(s) shown", nullptr, static_cast<int>(preview->rows.size()))
                               .arg(QFileInfo(m_path).fileName(), preview->format));
    m_preview->setHorizontalHeaderLabels(preview->header);
    for (const QStringList &cells : preview->rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : cells)
            items << new QStandardItem(cell);
        m_preview->appendRow(items);
    }
    auto *form = new QFormLayout(m_mappingBox);
    const QList<FieldSpec> &fields = fieldsOf(m_kind);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        auto *combo = new QComboBox(m_mappingBox);
        combo->setObjectName(fields[i].name);
        combo->addItem(fields[i].required ? tr("(choose a column)") : tr("(not in this file)"), -1);
        for (qsizetype c = 0; c < m_header.size(); ++c)
            combo->addItem(m_header[c], static_cast<int>(c));
        combo->setCurrentIndex(std::max(0, combo->findData(preview->guessedColumns.value(i, -1))));
        form->addRow(fields[i].required ? tr("%1 (required):").arg(fields[i].name) : fields[i].name + QLatin1Char(':'), combo);
        m_fieldColumns.push_back(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::completeChanged);
    }
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    const QList<FieldSpec> &fields = fieldsOf(m_kind);
    if (m_fieldColumns.size() != static_cast<std::size_t>(fields.size()))
        return false;
    for (std::size_t i = 0; i < m_fieldColumns.size(); ++i) {
        if (fields[static_cast<qsizetype>(i)].required && m_fieldColumns[i]->currentData().toInt() < 0)
            return false;
    }
    return true;
}

ImportOptions ImportMappingPage::options() const
{
    ImportOptions options;
    options.kind = m_kind;
    options.path = m_path;
    const QList<FieldSpec> &fields = fieldsOf(m_kind);
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

QString ImportMappingPage::previewInfo() const
{
    return m_previewInfo->text();
}

QComboBox *ImportMappingPage::columnChooser(const QString &field) const
{
    for (QComboBox *combo : m_fieldColumns) {
        if (combo->objectName() == field)
            return combo;
    }
    return nullptr;
}

} // namespace lodestar::ui
