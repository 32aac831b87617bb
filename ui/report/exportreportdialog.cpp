#include "exportreportdialog.h"

#include "pdfsession.h"
#include "reportrenderer.h"

#include "models/culture/quarter.h"
#include "models/report/reportbuilder.h"
#include "models/report/sectionregistry.h"
#include "models/store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace lodestar::ui::report {

namespace {

using namespace lodestar::report;

constexpr int kPreviewWidth = 320;

QStringList quartersOf(const Valuation &valuation)
{
    QStringList quarters;
    if (!valuation.dataStart.isValid() || !valuation.dataEnd.isValid())
        return quarters;
    for (Quarter q = Quarter::containing(valuation.dataStart); q <= Quarter::containing(valuation.dataEnd); q = q.next())
        quarters.prepend(q.toString()); // newest first: the usual choice is at the top
    return quarters;
}

} // namespace

ExportReportDialog::ExportReportDialog(const AnalysisSnapshot &snapshot, const AnalysisFilter &filter, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_filter(filter)
{
    setWindowTitle(tr("Export QBR Report"));
    buildUi();
    prepare();
}

ExportReportDialog::~ExportReportDialog() = default;

void ExportReportDialog::buildUi()
{
    m_sections = new QListWidget(this);
    for (SectionId id : allSections()) {
        auto *item = new QListWidgetItem(sectionTitle(id), m_sections);
        item->setData(Qt::UserRole, static_cast<int>(id));
        item->setCheckState(Qt::Checked);
    }
    m_quarter = new QComboBox(this);
    m_quarter->addItem(tr("Latest complete quarter"), QString());
    for (const QString &quarter : m_snapshot.valuation ? quartersOf(*m_snapshot.valuation) : QStringList())
        m_quarter->addItem(quarter, quarter);
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), static_cast<int>(PageSize::A4));
    m_pageSize->addItem(tr("US Letter"), static_cast<int>(PageSize::Letter));
    m_landscape = new QCheckBox(tr("Landscape"), this);
    m_preview = new QLabel(this);
    m_preview->setFixedWidth(kPreviewWidth);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = m_buttons->addButton(tr("Export PDF…"), QDialogButtonBox::AcceptRole);

    auto *form = new QFormLayout;
    form->addRow(tr("Sections:"), m_sections);
    form->addRow(tr("Quarter:"), m_quarter);
    form->addRow(tr("Page size:"), m_pageSize);
    form->addRow(QString(), m_landscape);
    form->addRow(m_summary);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_sections, &QListWidget::itemChanged, this, &ExportReportDialog::choicesChanged);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ExportReportDialog::choicesChanged);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportReportDialog::choicesChanged);
    connect(m_landscape, &QCheckBox::toggled, this, &ExportReportDialog::choicesChanged);
    connect(exportButton, &QPushButton::clicked, this, &ExportReportDialog::chooseFileAndExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_session)
            m_session->cancel();
        m_session.reset();
        reject();
    });
}

ReportOptions ExportReportDialog::options() const
{
    ReportOptions options;
    for (int row = 0; row < m_sections->count(); ++row)
        if (m_sections->item(row)->checkState() == Qt::Checked)
            options.sections.push_back(static_cast<SectionId>(m_sections->item(row)->data(Qt::UserRole).toInt()));
    options.quarter = m_quarter->currentData().toString();
    options.pageSize = static_cast<PageSize>(m_pageSize->currentData().toInt());
    options.landscape = m_landscape->isChecked();
    options.language = QLocale().name().left(2);
    options.logoPath = QSettings().value(QStringLiteral("report/logoPath")).toString();
    options.company = QSettings().value(QStringLiteral("report/company")).toString();
    return options;
}

void ExportReportDialog::choicesChanged()
{
    if (!m_session)
        prepare();
}

bool ExportReportDialog::prepare()
{
    m_options = options();
    m_renderer.reset();
    m_document.reset();
    const bool any = !m_options.sections.empty();
    std::unique_ptr<Store> store;
    if (auto opened = Store::open(m_snapshot.workspacePath, Store::Mode::ReadOnly))
        store = std::move(opened).value();
    auto inputs = any ? inputsFromAnalysis(m_snapshot.data, m_snapshot.valuation, m_filter, m_options, store.get())
                      : Result<ReportInputs>(Error{tr("Choose at least one section."), {}});
    if (!inputs) {
        m_summary->setText(inputs.errorString());
        m_preview->clear();
        return false;
    }
    m_inputs = std::move(inputs).value();
    m_document = std::make_unique<Document>(buildReport(m_inputs.context(m_options, QDate::currentDate())));
    m_renderer = std::make_unique<ReportRenderer>(*m_document, m_options.pageSize, m_options.landscape);
    m_preview->setPixmap(QPixmap::fromImage(m_renderer->pageImage(0, kPreviewWidth)));
    m_summary->setText(m_options.filters.isEmpty()
                           ? tr("%n page(s), all customers.", nullptr, m_renderer->pageCount())
                           : tr("%n page(s); filters applied: %1.", nullptr, m_renderer->pageCount()).arg(m_options.filters));
    return true;
}

void ExportReportDialog::chooseFileAndExport()
{
    if (!m_renderer)
        return;
    const QString suggested = QDir::home().filePath(tr("QBR %1.pdf").arg(m_document->cover.quarter));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export QBR Report"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ExportReportDialog::exportTo(const QString &path)
{
    if (!m_renderer && !prepare())
        return;
    m_path = path;
    m_session = std::make_unique<PdfSession>(*m_renderer, path);
    if (const Status opened = m_session->open(); !opened) {
        m_session.reset();
        m_summary->setText(opened.errorString());
        emit exportFailed(opened.errorString());
        return;
    }
    setBusy(true);
    m_progress->setRange(0, m_renderer->pageCount());
    m_progress->setValue(0);
    QTimer::singleShot(0, this, &ExportReportDialog::writeNextPage);
}

// One page per event-loop turn: the bar moves and Cancel stays clickable without processEvents().
void ExportReportDialog::writeNextPage()
{
    if (!m_session)
        return;
    const bool more = m_session->writeNextPage();
    m_progress->setValue(m_session->pagesWritten());
    if (more)
        QTimer::singleShot(0, this, &ExportReportDialog::writeNextPage);
    else
        finishExport();
}

void ExportReportDialog::finishExport()
{
    const Status committed = m_session->commit();
    m_session.reset();
    setBusy(false);
    if (!committed) {
        m_summary->setText(committed.errorString());
        emit exportFailed(committed.errorString());
        return;
    }
    emit exported(m_path);
    accept();
}

void ExportReportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    for (QWidget *widget : {static_cast<QWidget *>(m_sections), static_cast<QWidget *>(m_quarter),
                            static_cast<QWidget *>(m_pageSize), static_cast<QWidget *>(m_landscape)})
        widget->setEnabled(!busy);
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
}

void addReportExportAction(QMenu *exportMenu, const std::function<AnalysisSnapshot()> &snapshot,
                           const std::function<AnalysisFilter()> &filter, QWidget *parent)
{
    if (!exportMenu)
        return;
    QAction *action = exportMenu->addAction(ExportReportDialog::tr("QBR Report (PDF)…"));
    // The report is what gets printed and handed out: the print shortcut finds it.
    action->setShortcut(QKeySequence::Print);
    QObject::connect(action, &QAction::triggered, parent, [snapshot, filter, parent] {
        auto *dialog = new ExportReportDialog(snapshot(), filter(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace lodestar::ui::report
