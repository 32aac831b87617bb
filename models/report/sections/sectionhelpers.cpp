#include "sections.h"

#include "models/itemmodels/valueformat.h"
#include "models/report/sectionregistry.h"

#include <QCoreApplication>

namespace lodestar::report::detail {

QString tr(const char *source)
{
    return QCoreApplication::translate("report", source);
}

Paragraph note(const QString &text)
{
    return Paragraph{text, Paragraph::Style::Note};
}

Table segmentTable(const std::vector<SegmentSummary> &segments, const QString &keyHeader)
{
    Table table;
    table.headers = QStringList{keyHeader, tr("Customers"), tr("Share"), tr("Revenue"), tr("Average CLV"),
                                tr("Total CLV"), tr("CLV share"), tr("P(alive)")};
    table.numeric = {false, true, true, true, true, true, true, true};
    for (const auto &segment : segments) {
        table.rows.push_back(QStringList{
            segment.key, format::count(segment.customers), format::percent(segment.customerShare),
            format::money(segment.revenue), format::money(segment.averageClv, 2), format::money(segment.totalClv),
            format::percent(segment.clvShare), format::percent(segment.averageProbabilityAlive)});
    }
    return table;
}

Section startSection(SectionId id)
{
    return Section{id, sectionTitle(id), {}};
}

} // namespace lodestar::report::detail
