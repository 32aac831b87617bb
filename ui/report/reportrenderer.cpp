#include "reportrenderer.h"

#include "coverpainter.h"
#include "pdfsession.h"
#include "reportlayout.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace lodestar::ui::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

} // namespace

ReportRenderer::ReportRenderer(const lodestar::report::Document &document, lodestar::report::PageSize pageSize, bool landscape)
    : m_document(document)
    , m_geometry(PageGeometry::forPage(pageSize, landscape))
    , m_layout(std::make_unique<ReportLayout>(document, m_geometry))
{
}

ReportRenderer::~ReportRenderer() = default;

int ReportRenderer::pageCount() const
{
    const int flowed = m_document.sections.empty() ? 0 : m_layout->pageCount();
    return flowed + (m_document.hasCover ? 1 : 0);
}

void ReportRenderer::paintPage(QPainter *painter, int index) const
{
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), m_geometry.page), Qt::white);
    if (m_document.hasCover && index == 0) {
        paintCover(painter, m_geometry.body, m_document.cover);
    } else {
        paintHeader(painter);
        painter->save();
        painter->translate(m_geometry.body.topLeft());
        m_layout->paintPage(painter, index - (m_document.hasCover ? 1 : 0));
        painter->restore();
    }
    paintFooter(painter, index);
    painter->restore();
}

void ReportRenderer::paintHeader(QPainter *painter) const
{
    const QRectF band = m_geometry.header;
    painter->setFont(style::font(8));
    painter->setPen(style::muted());
    const QString left = m_document.cover.company;
    const QString right = Text::tr("Quarterly Business Review %1").arg(m_document.cover.quarter);
    painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter->drawText(band, Qt::AlignRight | Qt::AlignVCenter, right);
    painter->setPen(QPen(style::rule(), 0.75));
    painter->drawLine(band.bottomLeft(), band.bottomRight());
}

void ReportRenderer::paintFooter(QPainter *painter, int index) const
{
    const QRectF band = m_geometry.footer;
    painter->setPen(QPen(style::rule(), 0.75));
    painter->drawLine(band.topLeft(), band.topRight());
    painter->setFont(style::font(7.5));
    painter->setPen(style::muted());
    const QFontMetricsF metrics(painter->font(), painter->device());
    const QString page = Text::tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    const double pageWidth = metrics.horizontalAdvance(page) + 12.0;
    const QRectF text = band.adjusted(0, 2, 0, 0);
    painter->drawText(text.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(m_document.footer, Qt::ElideRight, text.width() - pageWidth));
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, page);
}

QImage ReportRenderer::pageImage(int index, int widthPixels) const
{
    const double scale = widthPixels / m_geometry.page.width();
    QImage image(QSize(widthPixels, static_cast<int>(std::ceil(m_geometry.page.height() * scale))), QImage::Format_ARGB32_Premultiplied);
    // Same 96 dpi as the layout, so fonts set in points come out the size they were measured at.
    const int dotsPerMeter = static_cast<int>(std::lround(PageGeometry::kUnitsPerInch / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paintPage(&painter, index);
    return image;
}

QString ReportRenderer::title() const
{
    return m_document.cover.title + QStringLiteral(" — ") + m_document.cover.period;
}

Status ReportRenderer::writePdf(const QString &path, const PageProgress &progress, const QStringList &protectedFiles) const
{
    PdfSession session(*this, path, protectedFiles);
    if (const Status opened = session.open(); !opened)
        return opened;
    const int pages = pageCount();
    while (session.pagesWritten() < pages) {
        session.writeNextPage();
        if (progress && !progress(session.pagesWritten(), pages)) {
            session.cancel();
            return Error{Text::tr("The export was cancelled."), {}};
        }
    }
    return session.commit();
}

} // namespace lodestar::ui::report
