#pragma once

#include "models/report/reportdocument.h"
#include "models/report/reportoptions.h"
#include "models/result.h"
#include "reportstyle.h"

#include <QImage>

#include <functional>
#include <memory>

class QPainter;

namespace lodestar::ui::report {

class ReportLayout;

/// Called after each page with (pages done, pages in all); returns false to cancel.
using PageProgress = std::function<bool(int done, int total)>;

/// Paginates a report and paints its pages: the cover, then the flowed sections, each page
/// with a running header and a footer carrying "Page n of m" and the CLV definition.
/// Uses widgets for charts, so it runs on the GUI thread.
class ReportRenderer
{
public:
    ReportRenderer(const lodestar::report::Document &document, lodestar::report::PageSize pageSize, bool landscape);
    ~ReportRenderer();

    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    int pageCount() const;
    const PageGeometry &geometry() const { return m_geometry; }
    /// The PDF's title metadata: report title and quarter.
    QString title() const;

    /// Paints page index (0-based) in layout units (96 per inch) at the painter's origin.
    void paintPage(QPainter *painter, int index) const;
    /// One page as an image of the given width in pixels, for the export dialog's preview.
    QImage pageImage(int index, int widthPixels) const;
    /// Writes the PDF atomically: on failure or cancel nothing is left at path. Never over one of
    /// protectedFiles (the workspace's, see OutputFile).
    Status writePdf(const QString &path, const PageProgress &progress = {}, const QStringList &protectedFiles = {}) const;

private:
    void paintHeader(QPainter *painter) const;
    void paintFooter(QPainter *painter, int index) const;

    const lodestar::report::Document &m_document;
    PageGeometry m_geometry;
    std::unique_ptr<ReportLayout> m_layout;
};

} // namespace lodestar::ui::report
