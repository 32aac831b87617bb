#include "pdfsession.h"

#include "reportrenderer.h"

#include <QCoreApplication>

namespace lodestar::ui::report {

PdfSession::PdfSession(const ReportRenderer &renderer, const QString &path, const QStringList &protectedFiles)
    : m_renderer(renderer)
    , m_file(path, protectedFiles)
{
}

PdfSession::~PdfSession()
{
    if (m_painter.isActive())
        cancel();
}

Status PdfSession::open()
{
    if (Status opened = m_file.open(); !opened)
        return opened;
    m_writer = std::make_unique<QPdfWriter>(&m_file.device());
    // 96 units per inch, the layout's own, so nothing is rescaled between layout and PDF.
    m_writer->setResolution(static_cast<int>(PageGeometry::kUnitsPerInch));
    m_writer->setPageLayout(m_renderer.geometry().layout);
    m_writer->setTitle(m_renderer.title());
    m_writer->setCreator(QStringLiteral("Lodestar"));
    if (!m_painter.begin(m_writer.get())) {
        m_file.cancel();
        return Error{QCoreApplication::translate("report", "Cannot write the report: the PDF could not be started."), {}};
    }
    return {};
}

int PdfSession::pageCount() const
{
    return m_renderer.pageCount();
}

bool PdfSession::writeNextPage()
{
    if (!m_painter.isActive() || m_next >= pageCount())
        return false;
    if (m_next > 0)
        m_writer->newPage();
    m_renderer.paintPage(&m_painter, m_next++);
    return m_next < pageCount();
}

Status PdfSession::commit()
{
    if (m_painter.isActive())
        m_painter.end();
    m_writer.reset();
    return m_file.commit();
}

void PdfSession::cancel()
{
    if (m_painter.isActive())
        m_painter.end();
    m_writer.reset();
    m_file.cancel();
}

} // namespace lodestar::ui::report
