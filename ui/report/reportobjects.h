#pragma once

#include "models/report/reportdocument.h"

#include <QObject>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

namespace lodestar::ui::report {

class ReportChartPainter;

/// Charts and scorecard grids as inline objects of the report's QTextDocument: the document
/// lays them out and moves them to the next page like text, and draws them through the
/// painter it is given, so they stay vectors in the PDF.
class ReportObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    /// width: the body width every object spans, in layout units.
    explicit ReportObjects(double width, QObject *parent = nullptr);
    ~ReportObjects() override;

    /// The character format that stands for the object in the document. The report content
    /// must outlive this object: it is referenced, not copied.
    QTextCharFormat add(const lodestar::report::Chart &chart);
    QTextCharFormat add(const lodestar::report::ScorecardGrid &grid);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    struct Item;
    QTextCharFormat formatFor(std::size_t index) const;
    Item *itemFor(const QTextFormat &format) const;

    double m_width;
    std::vector<std::unique_ptr<Item>> m_items;
};

} // namespace lodestar::ui::report
