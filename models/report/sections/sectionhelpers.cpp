#include "sections.h"

#include "models/engine/segmentlabel.h"
#include "models/itemmodels/valueformat.h"
#include "models/report/sectionregistry.h"

#include <QCoreApplication>

namespace lodestar::report::detail {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

Paragraph note(const QString &text)
{
    return Paragraph{text, Paragraph::Style::Note};
}

Table segmentTable(const std::vector<SegmentSummary> &segments, const QString &keyHeader)
{
    Table table;
    table.headers = QStringList{keyHeader, Text::tr("Customers"), Text::tr("Share"), Text::tr("Revenue"), Text::tr("Average CLV"),
                                Text::tr("Total CLV"), Text::tr("CLV share"), Text::tr("P(alive)")};
    table.numeric = {false, true, true, true, true, true, true, true};
    for (const auto &segment : segments) {
        table.rows.push_back(QStringList{
            segmentLabel(segment.key), format::count(segment.customers), format::percent(segment.customerShare),
            format::money(segment.revenue), format::money(segment.averageClv, 2), format::money(segment.totalClv),
            format::percent(segment.clvShare), format::percent(segment.averageProbabilityAlive)});
    }
    return table;
}

bool recorded(const std::vector<SegmentSummary> &segments)
{
    // The engine files customers without the attribute under "(none)"; one such row is not a breakdown.
    return !(segments.empty() || (segments.size() == 1 && segments.front().key == QStringLiteral("(none)")));
}

Section startSection(SectionId id)
{
    return Section{id, sectionTitle(id), {}};
}

} // namespace lodestar::report::detail
