#include "pdfsession.h"

#include "reportrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lodestar::ui::report {

namespace {

Error writeError(const QString &path, const QString &reason)
{
    return Error{QCoreApplication::translate("report", "Cannot write the report to %1: %2.").arg(QFileInfo(path).absoluteFilePath(), reason), {}};
}

} // namespace

PdfSession::PdfSession(const ReportRenderer &renderer, const QString &path)
    : m_renderer(renderer)
    , m_path(path)
    , m_file(path)
{
}

PdfSession::~PdfSession()
{
    if (m_painter.isActive())
        cancel();
}

Status PdfSession::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return writeError(m_path, m_file.errorString());
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    // 96 units per inch, the layout's own, so nothing is rescaled between layout and PDF.
    m_writer->setResolution(static_cast<int>(PageGeometry::kUnitsPerInch));
    m_writer->setPageLayout(m_renderer.geometry().layout);
    m_writer->setTitle(m_renderer.title());
    m_writer->setCreator(QStringLiteral("Lodestar"));
    if (!m_painter.begin(m_writer.get()))
        return writeError(m_path, QCoreApplication::translate("report", "the PDF could not be started"));
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
    if (!m_file.commit())
        return writeError(m_path, m_file.errorString());
    return {};
}

void PdfSession::cancel()
{
    if (m_painter.isActive())
        m_painter.end();
    m_writer.reset();
    m_file.cancelWriting();
    m_file.commit(); // with writing cancelled this discards the temporary file and leaves path untouched
}

} // namespace lodestar::ui::report
