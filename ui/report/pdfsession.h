#pragma once

#include "models/output/outputfile.h"
#include "models/result.h"

#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace lodestar::ui::report {

class ReportRenderer;

/// One PDF being written page by page, so the export dialog can show progress between pages
/// without blocking the event loop. Nothing appears at the path unless commit() succeeds.
class PdfSession
{
public:
    PdfSession(const ReportRenderer &renderer, const QString &path, const QStringList &protectedFiles = {});
    ~PdfSession();

    PdfSession(const PdfSession &) = delete;
    PdfSession &operator=(const PdfSession &) = delete;

    /// Opens the file and starts the PDF; the error names the path.
    Status open();
    int pagesWritten() const { return m_next; }
    int pageCount() const;
    /// Writes the next page; false when every page is written.
    bool writeNextPage();
    Status commit();
    void cancel();

private:
    const ReportRenderer &m_renderer;
    OutputFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    int m_next = 0;
};

} // namespace lodestar::ui::report
