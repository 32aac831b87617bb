#include "reportobjects.h"

#include "reportchartpainter.h"
#include "reportstyle.h"
#include "scorecardpainter.h"

#include <QPainter>

namespace lodestar::ui::report {

namespace {

constexpr int kIndexProperty = QTextFormat::UserProperty + 1;
// The layout puts the font's descent under an inline object; a little less than the full width
// keeps the line from wrapping on rounding.
constexpr double kWidthSlack = 2.0;

} // namespace

struct ReportObjects::Item
{
    const lodestar::report::Chart *chart = nullptr;
    std::unique_ptr<ReportChartPainter> chartPainter;
    std::unique_ptr<ScorecardPainter> scorecards;
};

ReportObjects::ReportObjects(double width, QObject *parent)
    : QObject(parent)
    , m_width(width)
{
}

ReportObjects::~ReportObjects() = default;

QTextCharFormat ReportObjects::add(const lodestar::report::Chart &chart)
{
    auto item = std::make_unique<Item>();
    item->chart = &chart;
    item->chartPainter = std::make_unique<ReportChartPainter>(chart);
    m_items.push_back(std::move(item));
    return formatFor(m_items.size() - 1);
}

QTextCharFormat ReportObjects::add(const lodestar::report::ScorecardGrid &grid)
{
    auto item = std::make_unique<Item>();
    item->scorecards = std::make_unique<ScorecardPainter>(grid);
    m_items.push_back(std::move(item));
    return formatFor(m_items.size() - 1);
}

QTextCharFormat ReportObjects::formatFor(std::size_t index) const
{
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(kIndexProperty, static_cast<int>(index));
    return format;
}

ReportObjects::Item *ReportObjects::itemFor(const QTextFormat &format) const
{
    const int index = format.property(kIndexProperty).toInt();
    return index >= 0 && index < static_cast<int>(m_items.size()) ? m_items[static_cast<std::size_t>(index)].get() : nullptr;
}

QSizeF ReportObjects::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const Item *item = itemFor(format);
    const double width = m_width - kWidthSlack;
    if (!item)
        return QSizeF(width, 1);
    if (item->scorecards)
        return QSizeF(width, item->scorecards->heightFor(width));
    return QSizeF(width, item->chart->heightMm * PageGeometry::kUnitsPerMm);
}

void ReportObjects::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    Item *item = itemFor(format);
    if (!item)
        return;
    painter->save();
    if (item->scorecards)
        item->scorecards->paint(painter, rect);
    else
        item->chartPainter->paint(painter, rect);
    painter->restore();
}

} // namespace lodestar::ui::report
