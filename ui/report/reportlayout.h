#pragma once

#include "models/report/reportdocument.h"
#include "reportstyle.h"

#include <QImage>
#include <QTextDocument>
#include <QTextFormat>

#include <memory>
#include <vector>

class QTextBlock;
class QTextCursor;

namespace lodestar::ui::report {

class ReportObjects;

/// The flowed part of the report (every section after the cover) as one paginated
/// QTextDocument: it breaks pages, moves charts that do not fit to the next page and repeats
/// table header rows on every page a table spans.
class ReportLayout
{
public:
    /// document must outlive the layout: tables are copied in, charts are referenced.
    ReportLayout(const lodestar::report::Document &document, const PageGeometry &geometry);
    ~ReportLayout();

    ReportLayout(const ReportLayout &) = delete;
    ReportLayout &operator=(const ReportLayout &) = delete;

    int pageCount() const;
    /// Draws flowed page index (0-based) with its top-left at the painter's origin.
    void paintPage(QPainter *painter, int index) const;
    QTextDocument *textDocument() const { return m_text.get(); }

private:
    struct KeepTogether
    {
        int headingBlock;   ///< block number of a sub-heading
        int anchorPosition; ///< the first thing under it that must share its page
    };

    /// A table shorter than a page, with the block that leads it (its heading, or the block it follows).
    struct TableSpan
    {
        int leadBlock;
        int firstPosition;
        int lastPosition;
    };

    void addSection(QTextCursor &cursor, const lodestar::report::Section &section, int number);
    void addHeading(QTextCursor &cursor, const QString &text);
    void addParagraph(QTextCursor &cursor, const lodestar::report::Paragraph &paragraph);
    void addTable(QTextCursor &cursor, const lodestar::report::Table &table);
    void addObject(QTextCursor &cursor, const QTextCharFormat &format);
    /// Moves sub-headings left alone at the foot of a page over to the next page, tables shorter than
    /// a page whole onto one page (no one-row orphans), and starts a section low on a page on the next.
    void keepHeadingsWithContent();
    bool keepTablesWhole();
    bool startSectionsHighOnAPage();
    void breakAfter(const QTextBlock &block);
    int pageOf(int position) const;

    QSizeF m_body;
    QImage m_device; ///< a 96 dpi paint device, so text measures the same on PDF and preview
    std::unique_ptr<QTextDocument> m_text;
    ReportObjects *m_objects = nullptr; ///< owned by m_text
    std::vector<KeepTogether> m_keep;
    std::vector<TableSpan> m_tables;
    std::vector<int> m_sectionTitles; ///< block numbers of the section titles after the first
    int m_pendingHeading = -1;
};

} // namespace lodestar::ui::report
