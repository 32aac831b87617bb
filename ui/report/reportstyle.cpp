#include "reportstyle.h"

#include <QPageSize>

namespace lodestar::ui::report {

PageGeometry PageGeometry::forPage(lodestar::report::PageSize size, bool landscape)
{
    const QPageSize pageSize(size == lodestar::report::PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
    PageGeometry geometry;
    geometry.layout = QPageLayout(pageSize, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    const QSizeF mm = geometry.layout.fullRect(QPageLayout::Millimeter).size();
    geometry.page = mm * kUnitsPerMm;
    // Margins suit both A4 and Letter; the bottom one holds the footer with the definition.
    const double side = 16.0 * kUnitsPerMm;
    const double top = 18.0 * kUnitsPerMm;
    const double bottom = 20.0 * kUnitsPerMm;
    geometry.body = QRectF(side, top, geometry.page.width() - 2 * side, geometry.page.height() - top - bottom);
    geometry.header = QRectF(side, 7.0 * kUnitsPerMm, geometry.body.width(), 7.0 * kUnitsPerMm);
    geometry.footer = QRectF(side, geometry.body.bottom() + 6.0 * kUnitsPerMm, geometry.body.width(), 9.0 * kUnitsPerMm);
    return geometry;
}

namespace style {

QFont font(double pointSize, bool bold, bool italic)
{
    // A fixed family list so the PDF looks the same on every machine that has one of them.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    // No ligatures: "ﬁ" would reach pdftotext, search and copy-paste as one odd character.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QColor ink() { return QColor(0x22, 0x2b, 0x36); }
QColor muted() { return QColor(0x5f, 0x6b, 0x7a); }
QColor accent() { return QColor(0x1f, 0x4e, 0x79); }
QColor rule() { return QColor(0xc8, 0xd0, 0xda); }
QColor stripe() { return QColor(0xf2, 0xf5, 0xf8); }
QColor warning() { return QColor(0xa0, 0x4a, 0x00); }

} // namespace style

} // namespace lodestar::ui::report
