#pragma once

#include "models/engine/analysis.h"
#include "models/itemmodels/analysissnapshot.h"
#include "models/report/reportdocument.h"
#include "models/report/reportoptions.h"
#include "models/report/reportsource.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;

namespace lodestar::ui::report {

class PdfSession;
class ReportRenderer;

/// File → Export → QBR Report: choose sections, quarter and page size, see the first page,
/// then write the PDF page by page with a progress bar. The app's global filters apply and
/// the report names them.
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportReportDialog(const AnalysisSnapshot &snapshot, const AnalysisFilter &filter, QWidget *parent = nullptr);
    ~ExportReportDialog() override;

    /// The options as chosen, for tests.
    lodestar::report::ReportOptions options() const;
    /// Rebuilds the report for the current choices; false (with the message shown) when it cannot be made.
    bool prepare();
    /// Writes the prepared report to path, page by page through the event loop.
    void exportTo(const QString &path);

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void buildUi();
    void choicesChanged();
    void chooseFileAndExport();
    void writeNextPage();
    void finishExport();
    void setBusy(bool busy);

    AnalysisSnapshot m_snapshot;
    AnalysisFilter m_filter;
    lodestar::report::ReportOptions m_options;
    lodestar::report::ReportInputs m_inputs;
    std::unique_ptr<lodestar::report::Document> m_document;
    std::unique_ptr<ReportRenderer> m_renderer;
    std::unique_ptr<PdfSession> m_session;
    QString m_path;

    QListWidget *m_sections = nullptr;
    QComboBox *m_quarter = nullptr;
    QComboBox *m_pageSize = nullptr;
    QCheckBox *m_landscape = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// Adds File → Export → "QBR Report (PDF)…" to a window's export menu, opening the dialog on
/// the analysis the window shows.
void addReportExportAction(QMenu *exportMenu, const std::function<AnalysisSnapshot()> &snapshot,
                           const std::function<AnalysisFilter()> &filter, QWidget *parent);

} // namespace lodestar::ui::report
