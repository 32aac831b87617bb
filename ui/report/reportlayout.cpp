#include "reportlayout.h"

#include "reportobjects.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

#include <cmath>

namespace lodestar::ui::report {

namespace {

using namespace lodestar::report;

// Each pass can push later headings down, so a few passes settle every page.
constexpr int kKeepTogetherPasses = 8;
constexpr double kTableFontPt = 8.5;

QTextCharFormat textFormat(double pointSize, const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setFont(style::font(pointSize, bold, italic), QTextCharFormat::FontPropertiesAll);
    format.setForeground(colour);
    return format;
}

QTextBlockFormat blockFormat(double top, double bottom, Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    format.setAlignment(alignment);
    return format;
}

QTextCharFormat paragraphFormat(Paragraph::Style style)
{
    switch (style) {
    case Paragraph::Style::Lead: return textFormat(11, style::ink());
    case Paragraph::Style::Note: return textFormat(8.5, style::muted(), false, true);
    case Paragraph::Style::Warning: return textFormat(9, style::warning());
    case Paragraph::Style::Body: break;
    }
    return textFormat(9.5, style::ink());
}

QTextTableFormat tableFormat()
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorderCollapse(true);
    format.setBorder(0.75);
    format.setBorderBrush(style::rule());
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(3.5);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(2);
    format.setBottomMargin(8);
    return format;
}

void fillCell(QTextTable *table, int row, int column, const QString &text, bool numeric, bool header)
{
    QTextTableCell cell = table->cellAt(row, column);
    if (header || row % 2 == 0) {
        QTextTableCellFormat cellFormat;
        cellFormat.setBackground(header ? style::accent() : style::stripe());
        cell.setFormat(cellFormat);
    }
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setBlockFormat(blockFormat(0, 0, numeric ? Qt::AlignRight : Qt::AlignLeft));
    cursor.insertText(text, header ? textFormat(kTableFontPt, Qt::white, true) : textFormat(kTableFontPt, style::ink()));
}

} // namespace

ReportLayout::ReportLayout(const Document &document, const PageGeometry &geometry)
    : m_body(geometry.body.size())
    , m_device(1, 1, QImage::Format_ARGB32_Premultiplied)
    , m_text(std::make_unique<QTextDocument>())
{
    const int dotsPerMeter = static_cast<int>(std::lround(PageGeometry::kUnitsPerInch / 0.0254));
    m_device.setDotsPerMeterX(dotsPerMeter);
    m_device.setDotsPerMeterY(dotsPerMeter);
    m_text->documentLayout()->setPaintDevice(&m_device);
    m_text->setUseDesignMetrics(true);
    m_text->setDocumentMargin(0);
    m_text->setDefaultFont(style::font(9.5));
    m_text->setPageSize(m_body);
    m_objects = new ReportObjects(m_body.width(), m_text.get());
    m_text->documentLayout()->registerHandler(ReportObjects::kObjectType, m_objects);

    // One edit block, so the document is laid out once at the end rather than after every cell.
    QTextCursor cursor(m_text.get());
    cursor.beginEditBlock();
    int number = 0;
    for (const auto &section : document.sections)
        addSection(cursor, section, ++number);
    cursor.endEditBlock();
    keepHeadingsWithContent();
}

ReportLayout::~ReportLayout() = default;

void ReportLayout::addSection(QTextCursor &cursor, const Section &section, int number)
{
    // Sections flow on: a short one (the definition, the summary) no longer leaves most of a page
    // blank. startSectionsHighOnAPage() gives a section that would start low its own page.
    if (number > 1) {
        cursor.insertBlock(blockFormat(22, 10));
        m_sectionTitles.push_back(cursor.block().blockNumber());
    } else {
        cursor.setBlockFormat(blockFormat(0, 10));
    }
    cursor.insertText(QStringLiteral("%1. %2").arg(number).arg(section.title), textFormat(17, style::accent(), true));
    m_pendingHeading = cursor.block().blockNumber();
    for (const auto &block : section.blocks) {
        std::visit([&](const auto &content) {
            using T = std::decay_t<decltype(content)>;
            if constexpr (std::is_same_v<T, Heading>)
                addHeading(cursor, content.text);
            else if constexpr (std::is_same_v<T, Paragraph>)
                addParagraph(cursor, content);
            else if constexpr (std::is_same_v<T, Table>)
                addTable(cursor, content);
            else
                addObject(cursor, m_objects->add(content));
        }, block);
    }
}

void ReportLayout::addHeading(QTextCursor &cursor, const QString &text)
{
    cursor.insertBlock(blockFormat(12, 4));
    cursor.insertText(text, textFormat(11.5, style::accent(), true));
    m_pendingHeading = cursor.block().blockNumber();
}

void ReportLayout::addParagraph(QTextCursor &cursor, const Paragraph &paragraph)
{
    cursor.insertBlock(blockFormat(2, 6));
    if (m_pendingHeading >= 0)
        m_keep.push_back({m_pendingHeading, cursor.position()});
    m_pendingHeading = -1;
    cursor.insertText(paragraph.text, paragraphFormat(paragraph.style));
}

void ReportLayout::addTable(QTextCursor &cursor, const Table &table)
{
    const int columns = static_cast<int>(table.headers.size());
    if (columns == 0)
        return;
    cursor.insertBlock(blockFormat(0, 0));
    const int lead = m_pendingHeading >= 0 ? m_pendingHeading : cursor.block().blockNumber();
    QTextTable *textTable = cursor.insertTable(static_cast<int>(table.rows.size()) + 1, columns, tableFormat());
    for (int column = 0; column < columns; ++column) {
        const bool numeric = column < static_cast<int>(table.numeric.size()) && table.numeric[static_cast<std::size_t>(column)];
        fillCell(textTable, 0, column, table.headers.at(column), numeric, true);
        for (int row = 0; row < static_cast<int>(table.rows.size()); ++row)
            fillCell(textTable, row + 1, column, table.rows[static_cast<std::size_t>(row)].value(column), numeric, false);
    }
    // A heading belongs with the header row and the first data row, not just the header.
    const int anchorRow = table.rows.empty() ? 0 : 1;
    if (m_pendingHeading >= 0)
        m_keep.push_back({m_pendingHeading, textTable->cellAt(anchorRow, 0).firstPosition()});
    m_pendingHeading = -1;
    m_tables.push_back({lead, textTable->firstPosition(), textTable->lastPosition()});
    cursor = textTable->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
}

void ReportLayout::addObject(QTextCursor &cursor, const QTextCharFormat &format)
{
    cursor.insertBlock(blockFormat(4, 8));
    if (m_pendingHeading >= 0)
        m_keep.push_back({m_pendingHeading, cursor.position()});
    m_pendingHeading = -1;
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

// A forced break goes after the block before rather than before the block itself, so the
// block's own format stays plain and one call handles both sections and kept headings.
void ReportLayout::breakAfter(const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
    cursor.mergeBlockFormat(format);
}

int ReportLayout::pageOf(int position) const
{
    const QTextBlock block = m_text->findBlock(position);
    const QRectF rect = m_text->documentLayout()->blockBoundingRect(block);
    return static_cast<int>(std::floor((rect.top() + 0.5) / m_body.height()));
}

void ReportLayout::keepHeadingsWithContent()
{
    for (int pass = 0; pass < kKeepTogetherPasses; ++pass) {
        bool moved = startSectionsHighOnAPage();
        moved = keepTablesWhole() || moved;
        for (const auto &keep : m_keep) {
            const QTextBlock heading = m_text->findBlockByNumber(keep.headingBlock);
            const QTextBlock previous = heading.previous();
            if (!previous.isValid() || (previous.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter))
                continue;
            if (pageOf(heading.position()) == pageOf(keep.anchorPosition))
                continue;
            breakAfter(previous);
            moved = true;
        }
        if (!moved)
            return;
    }
}

bool ReportLayout::startSectionsHighOnAPage()
{
    // Below this share of the page a new section would show only its title and a few lines.
    constexpr double kLatestStart = 0.6;
    bool moved = false;
    for (const int number : m_sectionTitles) {
        const QTextBlock title = m_text->findBlockByNumber(number);
        const QTextBlock previous = title.previous();
        if (!previous.isValid() || (previous.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter))
            continue;
        const double top = m_text->documentLayout()->blockBoundingRect(title).top();
        const double onPage = top - std::floor(top / m_body.height()) * m_body.height();
        if (onPage > m_body.height() * kLatestStart) {
            breakAfter(previous);
            moved = true;
        }
    }
    return moved;
}

bool ReportLayout::keepTablesWhole()
{
    bool moved = false;
    for (const TableSpan &table : m_tables) {
        const QTextBlock lead = m_text->findBlockByNumber(table.leadBlock);
        const QTextBlock previous = lead.previous();
        if (!previous.isValid() || (previous.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter))
            continue;
        const int first = pageOf(lead.position());
        if (first == pageOf(table.lastPosition))
            continue;
        // Only a table that fits on one page from its lead moves; a longer one splits (repeating its header).
        const double top = m_text->documentLayout()->blockBoundingRect(lead).top();
        const double bottom = m_text->documentLayout()->blockBoundingRect(m_text->findBlock(table.lastPosition)).bottom();
        if (bottom - top < m_body.height() * 0.95) {
            breakAfter(previous);
            moved = true;
        }
    }
    return moved;
}

int ReportLayout::pageCount() const
{
    return m_text->pageCount();
}

void ReportLayout::paintPage(QPainter *painter, int index) const
{
    const QRectF view(0, index * m_body.height(), m_body.width(), m_body.height());
    painter->save();
    painter->setClipRect(QRectF(QPointF(0, 0), m_body));
    painter->translate(0, -view.top());
    QAbstractTextDocumentLayout::PaintContext context;
    // Layout positions are 1/64-unit fixed point, so a block at the top of a page can start a hair
    // above the boundary; an inset clip keeps it off the earlier page, where the painter's clip
    // would hide it but its text would still land in the PDF (and in search and copy).
    context.clip = view.adjusted(0, 1, 0, -1);
    context.palette.setColor(QPalette::Text, style::ink());
    m_text->documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace lodestar::ui::report
